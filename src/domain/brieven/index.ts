export type { Blok, Brief, Doorbreking } from './types';
export { internAdviesBrief, internAdviesProblemen, type InternAdviesInput, type InternAdviesResult } from './internAdvies';
