export * from './types';
export { addressees, type AddresseeInfo } from './addressees';
export * from './rules';
