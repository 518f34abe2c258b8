export * from './beleidsregel';
export * from './toets';
export { VOORBEELD_BELEID, VOORBEELD_NAAM } from './voorbeeld';
