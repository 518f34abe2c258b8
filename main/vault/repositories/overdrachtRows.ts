import type { VaultDatabase } from '../database';

/*
 * The rows of a dossier, table by table, as an overdrachtspakket carries them (issue 24 §3). Every table that holds
 * a dossier's data is named here with how its rows are found from the dossier ids; a test checks that no table with
 * a dossier_id is left out. Rows travel as plain column → value objects (BLOBs as base64), and are inserted in this
 * order (parents first). Left out on purpose: the sender's verstrekkingsregister and afsluiting (made by a trigger
 * on dossier_gebeurtenis), the search index (rebuilt), the attachments' content rows (written anew with new keys).
 */

export type Row = Record<string, unknown>;

interface TableSpec {
  readonly table: string;
  /** WHERE clause with one parameter: the JSON array of the dossier ids. */
  readonly where: string;
  /** Columns not carried over: an autoincrement number the receiving vault assigns itself. */
  readonly skip?: readonly string[];
  readonly orderBy?: string;
}

const IDS = '(SELECT value FROM json_each(?))';

export const dossierTables: readonly TableSpec[] = [
  { table: 'dossier', where: `id IN ${IDS}` },
  ...[
    'dossier_betrokkene',
    'termijn_gebeurtenis',
    'bijlage',
    'herstelverzoek',
    'dossier_vragenformulier',
    'vragenformulier_item',
    'vragenformulier_item_bijlage',
    'vragenformulier_bevestiging',
    'informatieverzoek',
    'onderzoeksnotitie',
    'financiering_investering',
    'financiering_herkomst',
    'ander_bestuursorgaan_gegevens',
    'eigen_onderzoek',
    'beoordeling',
    'melding_lbb',
    'zienswijze',
    'besluit',
    'brief',
    'zienswijze_geen_nieuwe_ronde',
    'verder_besluit',
    'beleidstoets',
  ].map((table) => ({ table, where: `dossier_id IN ${IDS}` })),
  { table: 'dossier_gebeurtenis', where: `dossier_id IN ${IDS}`, skip: ['seq'], orderBy: 'seq' },
  { table: 'bijlage_notitie', where: `bijlage_id IN (SELECT id FROM bijlage WHERE dossier_id IN ${IDS})` },
  { table: 'informatieverzoek_betrokkene', where: `verzoek_id IN (SELECT id FROM informatieverzoek WHERE dossier_id IN ${IDS})` },
  { table: 'lbb_gegevensverzoek', where: `verzoek_id IN (SELECT id FROM informatieverzoek WHERE dossier_id IN ${IDS})` },
];

/** Tables with a dossier_id that stay behind (see above) or are this feature's own bookkeeping. */
export const tablesNotCarried = ['verstrekking', 'afsluiting', 'overdracht_ontvangst', 'overdracht_geschiedenis', 'reactie_notitie'] as const;

/** The betrokkenen a dossier's rows refer to, in any table. */
const betrokkeneIdsSql = `
  SELECT betrokkene_id AS id FROM dossier_betrokkene WHERE dossier_id IN ${IDS}
  UNION SELECT betrokkene_id FROM onderzoeksnotitie WHERE dossier_id IN ${IDS}
  UNION SELECT betrokkene_id FROM ander_bestuursorgaan_gegevens WHERE dossier_id IN ${IDS}
  UNION SELECT betrokkene_id FROM zienswijze WHERE dossier_id IN ${IDS}
  UNION SELECT verstrekker_betrokkene_id FROM financiering_herkomst WHERE dossier_id IN ${IDS} AND verstrekker_betrokkene_id IS NOT NULL
  UNION SELECT ib.betrokkene_id FROM informatieverzoek_betrokkene ib JOIN informatieverzoek i ON i.id = ib.verzoek_id WHERE i.dossier_id IN ${IDS}`;

function encodeRow(row: Row): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) out[column] = Buffer.isBuffer(value) ? { $b64: value.toString('base64') } : value;
  return out;
}

function decodeValue(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && '$b64' in value && typeof (value as { $b64: unknown }).$b64 === 'string') {
    return Buffer.from((value as { $b64: string }).$b64, 'base64');
  }
  return value;
}

export interface DossierRows {
  /** Per table, its rows, in insert order. */
  readonly tables: Record<string, Row[]>;
  readonly betrokkenen: Row[];
  readonly relaties: Row[];
}

export function collectDossierRows(db: VaultDatabase, dossierIds: readonly string[]): DossierRows {
  const ids = JSON.stringify(dossierIds);
  const tables: Record<string, Row[]> = {};
  for (const spec of dossierTables) {
    const params = Array.from({ length: spec.where.split('json_each(?)').length - 1 }, () => ids);
    const rows = db.prepare(`SELECT * FROM ${spec.table} WHERE ${spec.where}${spec.orderBy ? ` ORDER BY ${spec.orderBy}` : ' ORDER BY rowid'}`).all(...params) as Row[];
    tables[spec.table] = rows.map((row) => {
      const copy = { ...row };
      for (const column of spec.skip ?? []) delete copy[column];
      return encodeRow(copy);
    });
  }
  const betrokkeneIds = (db.prepare(betrokkeneIdsSql).all(ids, ids, ids, ids, ids, ids) as { id: string }[]).map((row) => row.id);
  const bIds = JSON.stringify(betrokkeneIds);
  const betrokkenen = (db.prepare(`SELECT * FROM betrokkene WHERE id IN ${IDS} ORDER BY rowid`).all(bIds) as Row[]).map(encodeRow);
  const relaties = (db.prepare(`SELECT * FROM betrokkene_relatie WHERE van_id IN ${IDS} AND naar_id IN ${IDS} ORDER BY rowid`).all(bIds, bIds) as Row[]).map(encodeRow);
  return { tables, betrokkenen, relaties };
}

/** Inserts one carried row into `table`, with the columns it has (the package's schema version equals this vault's). */
export function insertRow(db: VaultDatabase, table: string, row: Row): void {
  const columns = Object.keys(row);
  if (!columns.every((column) => /^[a-z][a-z0-9_]*$/.test(column))) throw new Error(`unexpected column in ${table}`);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((column) => decodeValue(row[column]) as never));
}

/** The tables of this vault that have a dossier_id column (for the test that none is forgotten). */
export function tablesWithDossierId(db: VaultDatabase): string[] {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'zoekindex%'").all() as { name: string }[]).map((row) => row.name);
  return tables.filter((table) => (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).some((column) => column.name === 'dossier_id'));
}
