export type { Blok, Brief, Doorbreking } from './types';
export { internAdviesBrief, internAdviesProblemen, type InternAdviesInput, type InternAdviesResult } from './internAdvies';
export { parseSjabloon, vulSjabloon, type SjabloonDeel, type SjabloonFout, type SjabloonResultaat } from './sjabloon';
export { briefhoofdSchema, type Briefhoofd, type BriefOmslag } from './briefhoofd';
export { herstelBrief, herstelBriefProblemen, mededelingAdviesBrief, type HerstelBriefInput, type MededelingAdviesInput } from './aanvragerBrieven';
