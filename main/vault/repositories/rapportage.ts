import type { RapportDossier, RapportMelding, RapportVerzoek } from '../../../src/domain/rapportage';
import type { Outcome, Phase } from '../../../src/domain/workflow';
import type { Toepassingsgebied } from '../../../src/domain/toepassingsgebied';
import type { VaultDatabase } from '../database';
import { openDossierSql, presentDossierSql, removedDossierIdsSql } from './dossiers';

/*
 * What the annual report and the dashboard read: every dossier with its closings and reopenings (the table of
 * migration 15; the steps between them do not change any figure), the requests and the meldingen, in a few
 * queries over the whole vault. Timestamps are UTC; the report counts by the Dutch calendar
 * day, so each is converted (cached per hour: the offset changes only on the hour).
 */

const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

function dutchDay(): (timestamp: string) => string {
  const cache = new Map<string, string>();
  return (timestamp) => {
    if (timestamp.length <= 10) return timestamp;
    const hour = timestamp.slice(0, 13);
    let day = cache.get(hour);
    if (day === undefined) {
      day = amsterdam.format(new Date(`${hour}:00:00Z`));
      cache.set(hour, day);
    }
    return day;
  };
}

/**
 * The input of the annual reports from `vanafJaar` on. A dossier that stood closed before that year and was not
 * opened again cannot change any figure of those years, so only the open dossiers and those with a closing or
 * reopening since the day before `vanafJaar` (UTC; the Dutch day is decided later) are read — with their whole
 * history. The work grows with the years asked for, not with the vault.
 */
export function rapportInvoer(db: VaultDatabase, vanafJaar: number): { dossiers: (RapportDossier & { readonly id: string })[]; verzoeken: RapportVerzoek[]; meldingen: RapportMelding[] } {
  const day = dutchDay();
  const grens = `${vanafJaar - 1}-12-31`;
  const vanaf = `${vanafJaar}-01-01`;
  // A list for IN, not a joined CTE: the planner then searches the dossiers by id instead of walking all of them.
  const relevant = `(SELECT id FROM dossier WHERE ${openDossierSql} UNION ALL SELECT dossier_id FROM afsluiting WHERE at >= @grens AND dossier_id NOT IN ${removedDossierIdsSql})`;
  const wissels = new Map<string, { op: string; naar: Phase }[]>();
  for (const row of db
    .prepare(`SELECT dossier_id, at, naar FROM afsluiting WHERE dossier_id IN ${relevant} ORDER BY dossier_id, seq`)
    .iterate({ grens }) as Iterable<{ dossier_id: string; at: string; naar: Phase }>) {
    const lijst = wissels.get(row.dossier_id) ?? [];
    lijst.push({ op: day(row.at), naar: row.naar });
    wissels.set(row.dossier_id, lijst);
  }
  const dossiers = (
    db
      .prepare(
        `SELECT d.id, d.toepassingsgebied, d.created_at, d.ontvangen_op, d.uitkomst, d.uiterste_beslisdatum, json_extract(b.gegevens, '$.besluitOp') AS besluit_op
         FROM dossier d LEFT JOIN besluit b ON b.dossier_id = d.id WHERE d.id IN ${relevant}`,
      )
      .all({ grens }) as {
      id: string;
      toepassingsgebied: Toepassingsgebied;
      created_at: string;
      ontvangen_op: string | null;
      uitkomst: Outcome | null;
      uiterste_beslisdatum: string | null;
      besluit_op: string | null;
    }[]
  ).map((row) => ({
    id: row.id,
    toepassingsgebied: row.toepassingsgebied,
    gestartOp: day(row.created_at),
    ontvangenOp: row.ontvangen_op,
    faseWissels: wissels.get(row.id) ?? [],
    uitkomst: row.uitkomst,
    besluitOp: row.besluit_op,
    uitersteBeslisdatum: row.uiterste_beslisdatum,
  }));
  const verzoeken = (
    db
      .prepare(
        `SELECT geadresseerde = 'lbb' AS lbb, verzonden_op, antwoord_ontvangen_op FROM informatieverzoek
         WHERE (verzonden_op >= @vanaf OR antwoord_ontvangen_op >= @vanaf) AND dossier_id NOT IN ${removedDossierIdsSql}`,
      )
      .all({ vanaf }) as { lbb: number; verzonden_op: string | null; antwoord_ontvangen_op: string | null }[]
  ).map((row) => ({ lbb: row.lbb === 1, verzondenOp: row.verzonden_op, beantwoordOp: row.antwoord_ontvangen_op }));
  const meldingen = (db.prepare(`SELECT grondslag, gemeld_op FROM melding_lbb WHERE gemeld_op >= @vanaf AND dossier_id NOT IN ${removedDossierIdsSql}`).all({ vanaf }) as { grondslag: string; gemeld_op: string }[]).map((row) => ({
    grondslag: row.grondslag,
    gemeldOp: row.gemeld_op,
  }));
  return { dossiers, verzoeken, meldingen };
}

/** The dossiers that hold further decisions not withdrawn (issue 19 item 12): only those need the engine per decision. */
export function dossiersMetVerdereBesluiten(db: VaultDatabase): Set<string> {
  return new Set((db.prepare('SELECT DISTINCT dossier_id FROM verder_besluit WHERE ingetrokken_op IS NULL').all() as { dossier_id: string }[]).map((row) => row.dossier_id));
}

/** The years in which the vault has dossiers, oldest first. */
export function rapportJaren(db: VaultDatabase): number[] {
  const row = db.prepare(`SELECT min(created_at) AS eerste, max(created_at) AS laatste FROM dossier WHERE ${presentDossierSql}`).get() as { eerste: string | null; laatste: string | null };
  if (!row.eerste || !row.laatste) return [];
  const eerste = Number(row.eerste.slice(0, 4));
  const laatste = Number(row.laatste.slice(0, 4));
  return Array.from({ length: laatste - eerste + 1 }, (_, index) => eerste + index);
}


export interface DashboardCijfers {
  perFase: { fase: string; aantal: number }[];
  perGebied: { toepassingsgebied: string; aantal: number }[];
  verlopen: { id: string; zaaknummer: string; aanvragerNaam: string; datum: string }[];
  dezeWeek: { id: string; zaaknummer: string; aanvragerNaam: string; datum: string }[];
  verlopenTotaal: number;
  dezeWeekTotaal: number;
  verzoekenVerlopen: { dossierId: string; zaaknummer: string; geadresseerde: string; geadresseerdeNaam: string; datum: string }[];
  verzoekenVerlopenTotaal: number;
}

export function dashboardCijfers(db: VaultDatabase, vandaag: string, eindeWeek: string, lijst: number): DashboardCijfers {
  const perFase = db.prepare(`SELECT fase, count(*) AS aantal FROM dossier WHERE ${presentDossierSql} GROUP BY fase`).all() as { fase: string; aantal: number }[];
  const perGebied = db.prepare(`SELECT toepassingsgebied, count(*) AS aantal FROM dossier WHERE ${openDossierSql} GROUP BY toepassingsgebied`).all() as { toepassingsgebied: string; aantal: number }[];
  const termijnen = (where: string, params: Record<string, string>) => ({
    items: db.prepare(`SELECT id, zaaknummer, aanvrager_naam AS aanvragerNaam, uiterste_beslisdatum AS datum FROM dossier WHERE ${openDossierSql} AND ${where} ORDER BY uiterste_beslisdatum, zaaknummer LIMIT ${lijst}`).all(params) as DashboardCijfers['verlopen'],
    totaal: (db.prepare(`SELECT count(*) AS n FROM dossier WHERE ${openDossierSql} AND ${where}`).get(params) as { n: number }).n,
  });
  const verlopen = termijnen('uiterste_beslisdatum < @vandaag', { vandaag });
  const dezeWeek = termijnen('uiterste_beslisdatum BETWEEN @vandaag AND @eindeWeek', { vandaag, eindeWeek });
  // The same terms as the partial indexes of migration 15, so that the planner uses them.
  const verzoekWhere = `v.status IN ('verzonden', 'verlengd') AND v.uiterlijk_op < @vandaag AND d.${openDossierSql}`;
  const verzoekenVerlopen = db
    .prepare(
      `SELECT v.dossier_id AS dossierId, d.zaaknummer, v.geadresseerde, v.geadresseerde_naam AS geadresseerdeNaam, v.uiterlijk_op AS datum
       FROM informatieverzoek v JOIN dossier d ON d.id = v.dossier_id WHERE ${verzoekWhere} ORDER BY v.uiterlijk_op, d.zaaknummer LIMIT ${lijst}`,
    )
    .all({ vandaag }) as DashboardCijfers['verzoekenVerlopen'];
  const verzoekenVerlopenTotaal = (db.prepare(`SELECT count(*) AS n FROM informatieverzoek v JOIN dossier d ON d.id = v.dossier_id WHERE ${verzoekWhere}`).get({ vandaag }) as { n: number }).n;
  return { perFase, perGebied, verlopen: verlopen.items, dezeWeek: dezeWeek.items, verlopenTotaal: verlopen.totaal, dezeWeekTotaal: dezeWeek.totaal, verzoekenVerlopen, verzoekenVerlopenTotaal };
}
