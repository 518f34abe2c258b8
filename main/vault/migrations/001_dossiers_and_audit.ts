import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  name: 'dossiers en audittrail',
  up(db) {
    db.exec(`
      CREATE TABLE dossier (
        id TEXT PRIMARY KEY,
        zaaknummer TEXT NOT NULL UNIQUE,
        toepassingsgebied TEXT NOT NULL CHECK (toepassingsgebied IN ('wabo', 'horeca', 'vastgoed')),
        aanvrager_naam TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dossier_created_at ON dossier (created_at);

      -- Append-only: every record carries the hash of its predecessor.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
