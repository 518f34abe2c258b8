import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openEncryptedDatabase, type VaultDatabase } from '../../main/vault/database';
import { applyMigrations, latestVersion, migrations } from '../../main/vault/migrations';
import { removeTempFolders, tempFolder } from '../support/tempFolders';

afterEach(removeTempFolders);

/** A vault database at version `version - 1`, ready for migration `version` alone. */
function databaseBefore(version: number): VaultDatabase {
  const db = openEncryptedDatabase(path.join(tempFolder('migration'), 'vault.db'), Buffer.alloc(32, 9), { mustExist: false });
  applyMigrations(db, migrations.filter((migration) => migration.version < version));
  return db;
}

function tableNames(db: VaultDatabase): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migration 001: dossiers and audit trail', () => {
  it('creates the dossier table with a unique zaaknummer and a closed list of toepassingsgebieden', () => {
    const db = databaseBefore(1);
    applyMigrations(db, migrations.slice(0, 1));
    expect(tableNames(db)).toEqual(['audit_log', 'dossier']);
    const insert = db.prepare("INSERT INTO dossier VALUES (?, ?, ?, 'Naam', 'x', 'x')");
    insert.run('a', 'Z-1', 'wabo');
    expect(() => insert.run('b', 'Z-1', 'horeca')).toThrow(/UNIQUE/);
    expect(() => insert.run('c', 'Z-2', 'subsidie')).toThrow(/CHECK/);
    db.close();
  });

  it('makes the audit log append-only', () => {
    const db = databaseBefore(1);
    applyMigrations(db, migrations.slice(0, 1));
    db.prepare("INSERT INTO audit_log (at, actor, action, entity_type, entity_id, details, prev_hash, hash) VALUES ('t', 'a', 'x', 'dossier', NULL, '{}', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});

describe('migration 002: settings', () => {
  it('adds a key/value settings table to a version-1 vault without touching its dossiers', () => {
    const db = databaseBefore(2);
    db.prepare("INSERT INTO dossier VALUES ('a', 'Z-1', 'vastgoed', 'Naam', 'x', 'x')").run();
    applyMigrations(db, migrations.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tableNames(db)).toContain('setting');
    expect(db.prepare('SELECT count(*) AS n FROM dossier').get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('migration 003: dossier data, betrokkenen, timeline, term events, search index', () => {
  it('keeps existing dossiers, puts them in phase intake and makes them findable', () => {
    const db = databaseBefore(3);
    db.prepare("INSERT INTO dossier VALUES ('a', 'BIBOB-2025-009', 'horeca', 'Café Čović', 'x', 'x')").run();
    applyMigrations(db, migrations.slice(0, 3));
    expect(db.prepare("SELECT fase, coordinator, uiterste_beslisdatum FROM dossier WHERE id = 'a'").get()).toEqual({ fase: 'intake', coordinator: '', uiterste_beslisdatum: null });
    expect(tableNames(db)).toEqual(expect.arrayContaining(['betrokkene', 'dossier_betrokkene', 'betrokkene_relatie', 'dossier_gebeurtenis', 'termijn_gebeurtenis', 'zoekindex']));
    expect(db.prepare("SELECT r.ref_id FROM zoekindex JOIN zoek_ref r ON r.rowid = zoekindex.rowid WHERE zoekindex MATCH 'covic'").all()).toEqual([{ ref_id: 'a' }]);
    db.close();
  });

  it('refuses a share percentage outside (0, 100] and a relation of a betrokkene with itself', () => {
    const db = databaseBefore(3);
    applyMigrations(db, migrations.slice(0, 3));
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z', 'wabo', 'N', 'x', 'x')").run();
    db.prepare("INSERT INTO betrokkene (id, soort, naam, match_key, created_at, updated_at) VALUES ('b', 'persoon', 'P', 'p', 'x', 'x')").run();
    expect(() => db.prepare("INSERT INTO dossier_betrokkene (dossier_id, betrokkene_id, rol, aandeel_percentage) VALUES ('d', 'b', 'aandeelhouder', 120)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO betrokkene_relatie VALUES ('r', 'b', 'b', 'bestuurder-van', NULL, 'x')").run()).toThrow(/CHECK/);
    db.close();
  });
});

/** Applies the migrations up to and including `version`. */
function migrateTo(db: VaultDatabase, version: number): void {
  applyMigrations(db, migrations.filter((migration) => migration.version <= version));
}

const DOSSIER = "INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES (?, ?, 'horeca', 'Eetcafé De Brug B.V.', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')";
const SHA = 'a'.repeat(64);

/** A dossier with one bijlage, as a version-4 (or later) vault holds them. */
function dossierWithBijlage(db: VaultDatabase): void {
  db.prepare(DOSSIER).run('d', 'BIBOB-2026-001');
  db.prepare("INSERT INTO bestand_inhoud (id, sha256, grootte, type, mime, chunks, chunk_grootte, created_at) VALUES (1, ?, 3, 'pdf', 'application/pdf', 1, 1024, 'x')").run(SHA);
  db.prepare("INSERT INTO bestand_chunk (inhoud_id, volgnummer, data) VALUES (1, 0, x'255044')").run();
  db.prepare("INSERT INTO bijlage (id, dossier_id, sha256, bestandsnaam, type, grootte, geimporteerd_door, geimporteerd_op) VALUES ('b', 'd', ?, 'kvk.pdf', 'pdf', 3, 'c', '2026-01-06T10:00:00Z')").run(SHA);
}

describe('migration 005: herstelverzoeken', () => {
  it('adds herstelverzoeken to a version-4 vault without touching its dossiers, with a term after sending and a completion with its kind', () => {
    const db = databaseBefore(5);
    db.prepare(DOSSIER).run('d', 'BIBOB-2026-001');
    migrateTo(db, 5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare("SELECT zaaknummer, fase FROM dossier WHERE id = 'd'").get()).toEqual({ zaaknummer: 'BIBOB-2026-001', fase: 'intake' });
    const insert = db.prepare("INSERT INTO herstelverzoek (id, dossier_id, verzonden_op, termijn_tot, ontbrekend, aangevuld_op, aanvulling, created_at) VALUES (?, ?, '2026-01-12', ?, '[]', ?, ?, 'x')");
    insert.run('h1', 'd', '2026-01-26', null, null);
    insert.run('h2', 'd', '2026-01-26', '2026-01-20', 'volledig');
    expect(db.prepare("SELECT id, aanvulling FROM herstelverzoek WHERE dossier_id = 'd' ORDER BY id").all()).toEqual([{ id: 'h1', aanvulling: null }, { id: 'h2', aanvulling: 'volledig' }]);
    // The hersteltermijn (Awb 4:5 lid 1) ends after the day the request was sent.
    expect(() => insert.run('h3', 'd', '2026-01-12', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('h4', 'd', '2026-01-26', '2026-01-20', null)).toThrow(/CHECK/);
    expect(() => insert.run('h5', 'd', '2026-01-26', '2026-01-20', 'half')).toThrow(/CHECK/);
    expect(() => insert.run('h6', 'onbekend', '2026-01-26', null, null)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('migration 006: vragensets and vragenformulieren', () => {
  it('adds the vragenformulier to a version-5 vault, links its items to the bijlagen already there and drops a link with its bijlage', () => {
    const db = databaseBefore(6);
    dossierWithBijlage(db);
    migrateTo(db, 6);
    expect(db.prepare("SELECT bestandsnaam FROM bijlage WHERE dossier_id = 'd'").all()).toEqual([{ bestandsnaam: 'kvk.pdf' }]);
    db.prepare("INSERT INTO dossier_vragenformulier (dossier_id, set_id, versie, selectie, verzonden_op) VALUES ('d', 'bibob-horeca', '2024', '[]', '2026-01-07')").run();
    expect(db.prepare("SELECT antwoorden, ontvangen_op, weigering_op FROM dossier_vragenformulier WHERE dossier_id = 'd'").get()).toEqual({ antwoorden: '{"algemeen":{},"perPersoon":{}}', ontvangen_op: null, weigering_op: null });
    db.prepare("INSERT INTO vragenformulier_item (dossier_id, sleutel, status, bijgewerkt_op) VALUES ('d', 'bijlage:kvk', 'ontvangen', 'x')").run();
    db.prepare("INSERT INTO vragenformulier_item_bijlage (dossier_id, sleutel, bijlage_id) VALUES ('d', 'bijlage:kvk', 'b')").run();
    // An item marked incomplete or not applicable says why; a form is received after it was sent.
    expect(() => db.prepare("INSERT INTO vragenformulier_item (dossier_id, sleutel, status, bijgewerkt_op) VALUES ('d', 'vraag:1', 'onvolledig', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE dossier_vragenformulier SET ontvangen_op = '2026-01-06' WHERE dossier_id = 'd'").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM bijlage WHERE id = 'b'").run();
    expect(db.prepare('SELECT count(*) AS n FROM vragenformulier_item_bijlage').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT status FROM vragenformulier_item WHERE sleutel = 'bijlage:kvk'").get()).toEqual({ status: 'ontvangen' });
    db.close();
  });
});

describe('migration 007: notes on bijlagen', () => {
  it('lets a version-6 vault keep notes on the bijlagen it holds, optionally on one page, and refuses one on a page 0 or without text', () => {
    const db = databaseBefore(7);
    dossierWithBijlage(db);
    migrateTo(db, 7);
    expect(db.prepare("SELECT id, sha256 FROM bijlage WHERE dossier_id = 'd'").all()).toEqual([{ id: 'b', sha256: SHA }]);
    const insert = db.prepare("INSERT INTO bijlage_notitie (id, bijlage_id, pagina, tekst, gemaakt_op, gemaakt_door) VALUES (?, ?, ?, ?, 'x', 'c')");
    insert.run('n1', 'b', 4, 'p. 4: lening zonder aflossingsschema');
    insert.run('n2', 'b', null, 'Uittreksel ouder dan zes maanden.');
    expect(db.prepare("SELECT id, pagina FROM bijlage_notitie WHERE bijlage_id = 'b' ORDER BY id").all()).toEqual([{ id: 'n1', pagina: 4 }, { id: 'n2', pagina: null }]);
    expect(() => insert.run('n3', 'b', 0, 'x')).toThrow(/CHECK/);
    expect(() => insert.run('n4', 'b', null, '')).toThrow(/CHECK/);
    expect(() => insert.run('n5', 'b', null, 'x'.repeat(2001))).toThrow(/CHECK/);
    expect(() => insert.run('n6', 'onbekend', null, 'x')).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('migration 013: brieven', () => {
  it('adds the letters of a dossier to a version-12 vault without touching its dossiers, each with no restricted findings until chosen', () => {
    const db = databaseBefore(13);
    db.prepare(DOSSIER).run('d', 'BIBOB-2026-001');
    db.prepare(DOSSIER).run('e', 'BIBOB-2026-002');
    migrateTo(db, 13);
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(db.prepare('SELECT id, zaaknummer FROM dossier ORDER BY id').all()).toEqual([{ id: 'd', zaaknummer: 'BIBOB-2026-001' }, { id: 'e', zaaknummer: 'BIBOB-2026-002' }]);
    const insert = db.prepare("INSERT INTO brief (id, dossier_id, soort, titel, sha256, inhoud, gemaakt_op, gemaakt_door) VALUES (?, ?, 'voornemen', 'Voornemen tot weigering', 'h', x'504b0304', 'x', 'c')");
    insert.run('b1', 'd');
    expect(db.prepare("SELECT dossier_id, doorbrekingen, hex(inhoud) AS inhoud FROM brief WHERE id = 'b1'").get()).toEqual({ dossier_id: 'd', doorbrekingen: '[]', inhoud: '504B0304' });
    expect(() => insert.run('b2', 'onbekend')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('b1', 'e')).toThrow(/UNIQUE|PRIMARY KEY/);
    db.close();
  });
});

describe('migrations 008–012: requests, eigen onderzoek, assessment, zienswijze, disclosure register', () => {
  it('add their tables to a version-7 vault without touching its dossiers', () => {
    const db = databaseBefore(8);
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z-1', 'horeca', 'N', 'x', 'x')").run();
    applyMigrations(db, migrations);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['informatieverzoek', 'informatieverzoek_betrokkene', 'lbb_gegevensverzoek', 'onderzoeksnotitie', 'financiering_investering', 'financiering_herkomst', 'ander_bestuursorgaan_gegevens', 'eigen_onderzoek', 'beoordeling', 'melding_lbb', 'zienswijze', 'besluit', 'verstrekking']),
    );
    expect(db.prepare('SELECT zaaknummer FROM dossier').all()).toEqual([{ zaaknummer: 'Z-1' }]);
    db.close();
  });

  it('keep the disclosure register append-only and refuse a recipient category outside art. 28 lid 2', () => {
    const db = databaseBefore(13);
    db.prepare("INSERT INTO verstrekking (id, dossier_id, wat, categorie, ontvanger, verstrekt_op, verstrekt_door) VALUES ('v', NULL, 'Audittrail', 'i', 'AP', 'x', 'c')").run();
    expect(() => db.prepare("UPDATE verstrekking SET ontvanger = 'iemand anders'").run()).toThrow(/alleen aan te vullen/);
    expect(() => db.prepare('DELETE FROM verstrekking').run()).toThrow(/alleen aan te vullen/);
    expect(() => db.prepare("INSERT INTO verstrekking (id, dossier_id, wat, categorie, ontvanger, verstrekt_op, verstrekt_door) VALUES ('w', NULL, 'x', 'p', 'x', 'x', 'c')").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 014: letter templates', () => {
  it('adds versioned templates that cannot be changed once saved, and the template version and layout of each letter', () => {
    const db = databaseBefore(14);
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z-1', 'horeca', 'A', 'x', 'x')").run();
    db.prepare("INSERT INTO brief (id, dossier_id, soort, titel, sha256, inhoud, gemaakt_op, gemaakt_door) VALUES ('b', 'd', 'intern-advies', 't', 'h', x'00', 'x', 'c')").run();
    applyMigrations(db, migrations);
    expect(db.prepare("SELECT sjabloon_versie, opmaak FROM brief WHERE id = 'b'").get()).toEqual({ sjabloon_versie: 0, opmaak: null });
    db.prepare("INSERT INTO sjabloon (soort, versie, onderwerp, tekst, opgeslagen_op, opgeslagen_door) VALUES ('besluit', 1, 'o', 't', 'x', 'c')").run();
    expect(() => db.prepare("UPDATE sjabloon SET tekst = 'anders'").run()).toThrow(/nieuwe versie/);
    expect(() => db.prepare("INSERT INTO sjabloon (soort, versie, onderwerp, tekst, opgeslagen_op, opgeslagen_door) VALUES ('besluit', 0, 'o', 't', 'x', 'c')").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 015: reporting', () => {
  it('fills the closings and reopenings from the timeline, keeps them with a trigger, and indexes only what is open', () => {
    const db = databaseBefore(15);
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z-1', 'horeca', 'A', 'x', 'x')").run();
    db.prepare("INSERT INTO dossier_gebeurtenis (dossier_id, at, soort, omschrijving, gegevens) VALUES ('d', '2026-01-01T10:00:00Z', 'aangemaakt', 'x', '{}')").run();
    db.prepare("INSERT INTO dossier_gebeurtenis (dossier_id, at, soort, omschrijving, gegevens) VALUES ('d', '2026-02-01T10:00:00Z', 'fase.vooruit', 'x', '{\"van\":\"intake\",\"naar\":\"beoordeling\"}')").run();
    applyMigrations(db, migrations);
    db.prepare("INSERT INTO dossier_gebeurtenis (dossier_id, at, soort, omschrijving, gegevens) VALUES ('d', '2026-03-01T10:00:00Z', 'fase.afsluiting', 'x', '{\"van\":\"beoordeling\",\"naar\":\"afgerond\"}')").run();
    db.prepare("INSERT INTO dossier_gebeurtenis (dossier_id, at, soort, omschrijving, gegevens) VALUES ('d', '2026-03-02T10:00:00Z', 'brief.gemaakt', 'x', '{}')").run();
    db.prepare("INSERT INTO dossier_gebeurtenis (dossier_id, at, soort, omschrijving, gegevens) VALUES ('d', '2026-04-01T10:00:00Z', 'fase.heropend', 'x', '{\"van\":\"afgerond\",\"naar\":\"beoordeling\"}')").run();
    // Only closings and reopenings: the step from intake to beoordeling changes no figure of the report.
    expect(db.prepare('SELECT at, naar FROM afsluiting ORDER BY seq').all()).toEqual([
      { at: '2026-03-01T10:00:00Z', naar: 'afgerond' },
      { at: '2026-04-01T10:00:00Z', naar: 'beoordeling' },
    ]);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM dossier WHERE fase NOT IN ('afgerond', 'buiten-behandeling', 'ingetrokken') AND uiterste_beslisdatum < '2026-11-23'").all() as { detail: string }[];
    // Migration 15's index on the open dossiers, or migration 33's that also leaves out the removed ones.
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/dossier_open_(beslisdatum|termijn)/);
    db.close();
  });
});

describe('migration 018: removals', () => {
  it('marks a dossier removed and a research note withdrawn, each with its reason, and the open-dossier index still serves', () => {
    const db = openEncryptedDatabase(path.join(tempFolder('migration'), 'vault.db'), Buffer.alloc(32, 9), { mustExist: false });
    applyMigrations(db, migrations.filter((migration) => migration.version < 18));
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z-1', 'horeca', 'A', 'x', 'x')").run();
    applyMigrations(db, migrations);
    expect(db.prepare("SELECT verwijderd_op, verwijderd_reden FROM dossier WHERE id = 'd'").get()).toEqual({ verwijderd_op: null, verwijderd_reden: null });
    // A removal without its reason, or a reason without the removal, cannot be stored.
    expect(() => db.prepare("UPDATE dossier SET verwijderd_op = '2026-11-23T10:00:00Z' WHERE id = 'd'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE dossier SET verwijderd_reden = 'Dubbel' WHERE id = 'd'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE dossier SET verwijderd_op = '2026-11-23T10:00:00Z', verwijderd_reden = 'Dubbel' WHERE id = 'd'").run();
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM dossier WHERE fase NOT IN ('afgerond', 'buiten-behandeling', 'ingetrokken') AND verwijderd_op IS NULL AND uiterste_beslisdatum < '2026-11-23'")
      .all() as { detail: string }[];
    // Migration 15's index on the open dossiers, or migration 33's that also leaves out the removed ones.
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/dossier_open_(beslisdatum|termijn)/);
    db.close();
  });
});

describe('migration 025: folded search text', () => {
  it('folds the text indexed before, so that "yilmaz" finds an existing "Yılmaz"', () => {
    const db = databaseBefore(25);
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('y', 'BIBOB-2026-018', 'horeca', 'Yılmaz Horeca B.V.', 'x', 'x')").run();
    db.prepare("INSERT INTO zoek_ref (soort, ref_id) VALUES ('dossier', 'y')").run();
    db.prepare("INSERT INTO zoekindex (rowid, tekst) SELECT rowid, 'BIBOB-2026-018 Yılmaz Horeca B.V.' FROM zoek_ref WHERE ref_id = 'y'").run();
    const find = (word: string) => db.prepare('SELECT r.ref_id FROM zoekindex JOIN zoek_ref r ON r.rowid = zoekindex.rowid WHERE zoekindex MATCH ?').all(`"${word}"*`);
    expect(find('yilmaz')).toEqual([]);
    applyMigrations(db, migrations.filter((migration) => migration.version <= 25));
    expect(find('yilmaz')).toEqual([{ ref_id: 'y' }]);
    expect(find('horeca')).toEqual([{ ref_id: 'y' }]);
    db.close();
  });
});

describe('migration 020: zienswijze rounds', () => {
  it('gives every earlier invitation the outcome its dossier has now and keeps one Awb 4:11 onder b reason per outcome', () => {
    const db = openEncryptedDatabase(path.join(tempFolder('migration'), 'vault.db'), Buffer.alloc(32, 9), { mustExist: false });
    applyMigrations(db, migrations.filter((migration) => migration.version < 20));
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z-1', 'horeca', 'A', 'x', 'x')").run();
    db.prepare("UPDATE dossier SET uitkomst = 'weigeren' WHERE id = 'd'").run();
    db.prepare("INSERT INTO betrokkene (id, soort, naam, match_key, created_at, updated_at) VALUES ('p', 'persoon', 'P', 'p', 'x', 'x')").run();
    db.prepare("INSERT INTO zienswijze (id, dossier_id, betrokkene_id, rol, uitgenodigd_op, termijn_tot, afschrift_advies, geheimhouding_gewezen, created_at) VALUES ('z', 'd', 'p', 'betrokkene', '2027-03-01', '2027-03-15', 0, 0, 'x')").run();
    applyMigrations(db, migrations);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(db.prepare("SELECT uitkomst FROM zienswijze WHERE id = 'z'").get()).toEqual({ uitkomst: 'weigeren' });
    const insert = db.prepare("INSERT INTO zienswijze_geen_nieuwe_ronde (dossier_id, uitkomst, eerdere_uitkomst, reden, created_at) VALUES ('d', ?, ?, ?, 'x')");
    insert.run('weigeren', 'verlenen-met-voorschriften', 'Dezelfde feiten.');
    expect(() => insert.run('weigeren', 'verlenen-met-voorschriften', 'Nog eens.')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('intrekken', 'intrekken', 'Zelfde uitkomst.')).toThrow(/CHECK/);
    expect(() => insert.run('intrekken', 'weigeren', '  ')).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 030: backup records', () => {
  it('adds the backup record table, whose rows cannot be changed, to a version-25 vault without touching its dossiers', () => {
    const db = databaseBefore(30);
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'BIBOB-2026-030', 'horeca', 'X', 'x', 'x')").run();
    applyMigrations(db, migrations.filter((migration) => migration.version <= 30));
    expect(tableNames(db)).toContain('reservekopie');
    db.prepare("INSERT INTO reservekopie (id, gemaakt_op, snapshot, aanleiding, geslaagd, grootte, bijlagen_gekopieerd, melding) VALUES ('r', '2026-12-02T08:00:00.000Z', 's', 'handmatig', 1, 10, 0, 'ok')").run();
    expect(() => db.prepare("UPDATE reservekopie SET geslaagd = 0 WHERE id = 'r'").run()).toThrow(/never changed/);
    expect(() => db.prepare("INSERT INTO reservekopie (id, gemaakt_op, aanleiding, geslaagd, melding) VALUES ('q', 'x', 'elders', 1, 'x')").run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM dossier').get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('migration 026: further decisions in one dossier', () => {
  it('keeps an existing dossier as it was and holds a further decision with its own receipt, outcome and withdrawal', () => {
    const db = databaseBefore(26);
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z-26', 'horeca', 'A', 'x', 'x')").run();
    applyMigrations(db, migrations.filter((migration) => migration.version <= 26));
    expect(db.pragma('user_version', { simple: true })).toBe(26);
    expect(tableNames(db)).toContain('verder_besluit');
    // An existing dossier gets no further decision by the migration: its own besluitsoort stays the only one.
    expect(db.prepare("SELECT count(*) AS n FROM verder_besluit WHERE dossier_id = 'd'").get()).toEqual({ n: 0 });
    const insert = db.prepare(
      'INSERT INTO verder_besluit (id, dossier_id, besluitsoort, ontvangen_op, lbb_advies, herstel, verdaging_weken, verdaging_op, uitkomst, besluit_op, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \'x\', \'x\')',
    );
    insert.run('b1', 'd', 'alcoholwetvergunning', '2027-01-11', 1, 0, null, null, 'weigeren', '2027-05-03');
    // A besluitdatum without an outcome cannot be stored: the outcome is what the besluit decided.
    expect(() => insert.run('b2', 'd', 'exploitatievergunning', null, 1, 0, null, null, null, '2027-05-03')).toThrow(/CHECK/);
    // A verdaging is its weeks and the day it was decided, together.
    expect(() => insert.run('b3', 'd', 'exploitatievergunning', null, 1, 0, 8, null, null, null)).toThrow(/CHECK/);
    expect(() => insert.run('b4', 'onbekend', 'exploitatievergunning', null, 1, 0, null, null, null, null)).toThrow(/FOREIGN KEY/);
    // A withdrawal needs its reason.
    expect(() => db.prepare("UPDATE verder_besluit SET ingetrokken_op = 'x' WHERE id = 'b1'").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 031: beleidstoets', () => {
  it('adds one beleidstoets per dossier to an existing vault, and refuses a departure without a reason or a reason without a departure', () => {
    const db = databaseBefore(31);
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'BIBOB-2026-031', 'horeca', 'A', 'x', 'x')").run();
    applyMigrations(db, migrations.filter((migration) => migration.version <= 31));
    expect(db.prepare("SELECT zaaknummer FROM dossier WHERE id = 'd'").get()).toEqual({ zaaknummer: 'BIBOB-2026-031' });
    const insert = db.prepare(
      "INSERT INTO beleidstoets (dossier_id, beleid_naam, beleid_versie, beleid_vastgesteld_op, beleid_voorbeeld, criteria, antwoorden, advies_toepassen, redenen, toepassen, afwijking_reden, vastgelegd_op, vastgelegd_door) VALUES (?, 'B', '1', '2026-01-01', 0, 'null', '{}', ?, '[]', ?, ?, 'x', 'c')",
    );
    // Advice "apply", decision "do not apply", no reason: a departure without its reason (Awb 4:84).
    expect(() => insert.run('d', 1, 0, null)).toThrow(/CHECK/);
    // Advice followed, yet a departure reason: refused too.
    expect(() => insert.run('d', 1, 1, 'waarom')).toThrow(/CHECK/);
    expect(() => insert.run('geen-dossier', 1, 1, null)).toThrow(/FOREIGN KEY/);
    insert.run('d', 1, 0, 'Bijzondere omstandigheden.');
    expect(() => insert.run('d', 1, 1, null)).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});

describe('migration 028: a letter\'s enclosure and the register\'s own legal bases', () => {
  it('keeps every register row in its order, takes the LBB and Belastingdienst bases, stays append-only, and gives letters room for an enclosure', () => {
    const db = databaseBefore(28);
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z-1', 'horeca', 'A', 'x', 'x')").run();
    const insert = db.prepare("INSERT INTO verstrekking (id, dossier_id, wat, categorie, ontvanger, verstrekt_op, verstrekt_door) VALUES (?, 'd', 'Brief', ?, 'Ontvanger', ?, 'c')");
    insert.run('v1', 'a', '2027-01-02');
    insert.run('v2', 'd', '2027-01-01');
    // Before: the register took only the categories of art. 28 lid 2.
    expect(() => insert.run('v0', 'lbb-melding', '2027-01-03')).toThrow(/CHECK/);
    applyMigrations(db, migrations.filter((migration) => migration.version <= 28));
    expect(db.prepare('SELECT id, categorie FROM verstrekking ORDER BY rowid').all()).toEqual([
      { id: 'v1', categorie: 'a' },
      { id: 'v2', categorie: 'd' },
    ]);
    for (const [id, categorie] of [['v3', 'lbb-adviesaanvraag'], ['v4', 'lbb-melding'], ['v5', 'belastingdienst']] as const) insert.run(id, categorie, '2027-01-04');
    expect(() => insert.run('v6', 'p', '2027-01-04')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE verstrekking SET ontvanger = 'x'").run()).toThrow(/alleen aan te vullen/);
    expect(() => db.prepare('DELETE FROM verstrekking').run()).toThrow(/alleen aan te vullen/);
    const kolommen = (db.prepare('PRAGMA table_info(brief)').all() as { name: string }[]).map((row) => row.name);
    expect(kolommen).toEqual(expect.arrayContaining(['bijlage', 'bijlage_naam', 'verstrekking']));
    db.close();
  });
});

describe('migration 027: the answer to each zienswijze', () => {
  it('gives every zienswijze recorded before it an empty answer, so that the besluit waits for one, and keeps the answer written', () => {
    const db = openEncryptedDatabase(path.join(tempFolder('migration'), 'vault.db'), Buffer.alloc(32, 9), { mustExist: false });
    applyMigrations(db, migrations.filter((migration) => migration.version < 27));
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z-1', 'horeca', 'A', 'x', 'x')").run();
    db.prepare("INSERT INTO betrokkene (id, soort, naam, match_key, created_at, updated_at) VALUES ('p', 'persoon', 'P', 'p', 'x', 'x')").run();
    db.prepare(
      "INSERT INTO zienswijze (id, dossier_id, betrokkene_id, rol, uitgenodigd_op, termijn_tot, afschrift_advies, geheimhouding_gewezen, ontvangen_op, samenvatting, uitkomst, created_at) VALUES ('z', 'd', 'p', 'betrokkene', '2027-03-01', '2027-03-15', 0, 0, '2027-03-05', 'Niet eens.', 'weigeren', 'x')",
    ).run();
    applyMigrations(db, migrations);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    // The zienswijze kept its content and has no answer yet.
    expect(db.prepare("SELECT samenvatting, reactie FROM zienswijze WHERE id = 'z'").get()).toEqual({ samenvatting: 'Niet eens.', reactie: '' });
    db.prepare("UPDATE zienswijze SET reactie = 'Het voornemen blijft staan.' WHERE id = 'z'").run();
    expect(db.prepare("SELECT reactie FROM zienswijze WHERE id = 'z'").get()).toEqual({ reactie: 'Het voornemen blijft staan.' });
    expect(() => db.prepare("UPDATE zienswijze SET reactie = NULL WHERE id = 'z'").run()).toThrow(/NOT NULL/);
    db.close();
  });
});

describe('migration 029: attachments as separately encrypted files', () => {
  it('adds file id, key and keyed hash to each content, a vault-held HMAC key, and deletes only what an interrupted import staged', () => {
    const db = databaseBefore(29);
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z-1', 'horeca', 'A', 'x', 'x')").run();
    const sha = 'a'.repeat(64);
    db.prepare("INSERT INTO bestand_inhoud (id, sha256, grootte, type, mime, chunks, chunk_grootte, created_at) VALUES (1, ?, 3, 'txt', 'text/plain', 1, 1048576, 'x')").run(sha);
    db.prepare("INSERT INTO bestand_chunk (inhoud_id, volgnummer, data) VALUES (1, 0, X'616263')").run();
    db.prepare("INSERT INTO bijlage (id, dossier_id, sha256, bestandsnaam, type, grootte, geimporteerd_door, geimporteerd_op) VALUES ('b', 'd', ?, 'a.txt', 'txt', 3, 'c', 'x')").run(sha);
    db.prepare("INSERT INTO bestand_inhoud (id, sha256, grootte, chunks, chunk_grootte, created_at) VALUES (2, NULL, 0, 0, 1048576, 'x')").run();
    db.prepare("INSERT INTO bestand_chunk (inhoud_id, volgnummer, data) VALUES (2, 0, X'00')").run();
    applyMigrations(db, migrations.filter((migration) => migration.version <= 29));
    expect(db.pragma('user_version', { simple: true })).toBe(29);

    // The attachment and its chunks stay until the step at unlock moves them into a file.
    expect(db.prepare('SELECT id, bestand_id, sleutel, hmac FROM bestand_inhoud').all()).toEqual([{ id: 1, bestand_id: null, sleutel: null, hmac: null }]);
    expect(db.prepare('SELECT inhoud_id FROM bestand_chunk').all()).toEqual([{ inhoud_id: 1 }]);
    expect(db.prepare('SELECT count(*) AS n FROM bijlage').get()).toEqual({ n: 1 });
    const keys = db.prepare('SELECT length(hmac_sleutel) AS lengte FROM bestand_sleutel').all();
    expect(keys).toEqual([{ lengte: 32 }]);
    expect(() => db.prepare('INSERT INTO bestand_sleutel (id, hmac_sleutel) VALUES (2, randomblob(32))').run()).toThrow(/CHECK/);

    const give = db.prepare('UPDATE bestand_inhoud SET bestand_id = ?, sleutel = ?, hmac = ? WHERE id = 1');
    expect(() => give.run('G'.repeat(32), Buffer.alloc(32), 'b'.repeat(64))).toThrow(/CHECK/);
    expect(() => give.run('c'.repeat(32), Buffer.alloc(16), 'b'.repeat(64))).toThrow(/CHECK/);
    expect(() => give.run('c'.repeat(32), Buffer.alloc(32), 'B'.repeat(64))).toThrow(/CHECK/);
    give.run('c'.repeat(32), Buffer.alloc(32), 'b'.repeat(64));
    // A second content can have neither the same file nor the same keyed hash.
    const other = db.prepare("INSERT INTO bestand_inhoud (sha256, grootte, type, mime, chunks, chunk_grootte, created_at, bestand_id, sleutel, hmac) VALUES (?, 1, 'txt', 'text/plain', 1, 1048576, 'x', ?, zeroblob(32), ?)");
    expect(() => other.run('d'.repeat(64), 'c'.repeat(32), 'e'.repeat(64))).toThrow(/UNIQUE/);
    expect(() => other.run('d'.repeat(64), 'f'.repeat(32), 'b'.repeat(64))).toThrow(/UNIQUE/);
    db.close();
  });

  it('gives every vault its own HMAC key', () => {
    const key = () => {
      const db = databaseBefore(29);
      applyMigrations(db, migrations.filter((migration) => migration.version <= 29));
      const { hmac_sleutel } = db.prepare('SELECT hmac_sleutel FROM bestand_sleutel').get() as { hmac_sleutel: Buffer };
      db.close();
      return hmac_sleutel.toString('hex');
    };
    expect(key()).not.toBe(key());
  });
});

describe('migration 037: the intended outcomes of the further decisions with each invitation', () => {
  it('gives every invitation made before it no further outcomes (it concerned the dossier\'s own decision) and refuses anything but a JSON object', () => {
    const db = openEncryptedDatabase(path.join(tempFolder('migration'), 'vault.db'), Buffer.alloc(32, 9), { mustExist: false });
    applyMigrations(db, migrations.filter((migration) => migration.version < 37));
    db.prepare("INSERT INTO dossier (id, zaaknummer, toepassingsgebied, aanvrager_naam, created_at, updated_at) VALUES ('d', 'Z-37', 'horeca', 'A', 'x', 'x')").run();
    db.prepare("INSERT INTO betrokkene (id, soort, naam, match_key, created_at, updated_at) VALUES ('p', 'persoon', 'P', 'p', 'x', 'x')").run();
    db.prepare(
      "INSERT INTO zienswijze (id, dossier_id, betrokkene_id, rol, uitgenodigd_op, termijn_tot, afschrift_advies, geheimhouding_gewezen, uitkomst, created_at) VALUES ('z', 'd', 'p', 'betrokkene', '2027-03-01', '2027-03-15', 0, 0, 'weigeren', 'x')",
    ).run();
    applyMigrations(db, migrations);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(db.prepare("SELECT uitkomst, verdere_uitkomsten FROM zienswijze WHERE id = 'z'").get()).toEqual({ uitkomst: 'weigeren', verdere_uitkomsten: '{}' });
    db.prepare(`UPDATE zienswijze SET verdere_uitkomsten = '{"b": "weigeren"}' WHERE id = 'z'`).run();
    expect(() => db.prepare("UPDATE zienswijze SET verdere_uitkomsten = '[]' WHERE id = 'z'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE zienswijze SET verdere_uitkomsten = 'weigeren' WHERE id = 'z'").run()).toThrow(/CHECK|JSON/);
    db.close();
  });
});
