import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  name: 'instellingen van de kluis',
  up(db) {
    db.exec(`
      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
