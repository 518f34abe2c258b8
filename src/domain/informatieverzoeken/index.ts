export * from './types';
export { addressees, addresseeName, type AddresseeInfo } from './addressees';
export * from './rules';
