export * from './jaarverslag';
export * from './regels';
