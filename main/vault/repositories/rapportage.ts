import type { RapportDossier, RapportMelding, RapportVerzoek } from '../../../src/domain/rapportage';
import type { Outcome, Phase } from '../../../src/domain/workflow';
import type { Toepassingsgebied } from '../../../src/domain/toepassingsgebied';
import type { VaultDatabase } from '../database';
import { closedPhaseList, openDossierSql, presentDossierSql, removedDossierIdsSql } from './dossiers';

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

interface InvoerRow {
  id: string;
  toepassingsgebied: Toepassingsgebied;
  created_at: string;
  ontvangen_op: string | null;
  uitkomst: Outcome | null;
  uiterste_beslisdatum: string | null;
  besluit_op: string | null;
  seq: number | null;
  at: string | null;
  naar: Phase | null;
}

/**
 * The input of the annual reports from `vanafJaar` on. A dossier that stood closed before that year and was not
 * opened again cannot change any figure of those years, so only the open dossiers and those with a closing or
 * reopening since the day before `vanafJaar` (UTC; the Dutch day is decided later) are read — with their whole
 * history. The work grows with the years asked for, not with the vault.
 *
 * One pass (migration 33's covering indexes): the relevant ids once, then per dossier its row, its besluitdatum and
 * its closings and reopenings in order, each from an index that holds every column read.
 */
export function rapportInvoer(db: VaultDatabase, vanafJaar: number): { dossiers: (RapportDossier & { readonly id: string })[]; verzoeken: RapportVerzoek[]; meldingen: RapportMelding[] } {
  const day = dutchDay();
  const grens = `${vanafJaar - 1}-12-31`;
  const vanaf = `${vanafJaar}-01-01`;
  type Gelezen = Omit<RapportDossier, 'faseWissels'> & { readonly id: string; faseWissels: { op: string; naar: Phase; seq: number }[] };
  const byId = new Map<string, Gelezen>();
  // No ORDER BY (it would sort every row in a temporary b-tree): the rows are grouped by dossier here and each
  // dossier's changes put in the order they were recorded.
  for (const row of db
    .prepare(
      `WITH relevant (id) AS MATERIALIZED (
         SELECT id FROM dossier WHERE ${openDossierSql}
         UNION SELECT dossier_id FROM afsluiting WHERE at >= @grens AND dossier_id NOT IN ${removedDossierIdsSql})
       SELECT d.id, d.toepassingsgebied, d.created_at, d.ontvangen_op, d.uitkomst, d.uiterste_beslisdatum, json_extract(b.gegevens, '$.besluitOp') AS besluit_op, a.seq, a.at, a.naar
       FROM relevant r JOIN dossier d ON d.id = r.id LEFT JOIN besluit b ON b.dossier_id = d.id LEFT JOIN afsluiting a INDEXED BY afsluiting_wissels ON a.dossier_id = d.id`,
    )
    .iterate({ grens }) as Iterable<InvoerRow>) {
    let dossier = byId.get(row.id);
    if (!dossier) {
      dossier = {
        id: row.id,
        toepassingsgebied: row.toepassingsgebied,
        gestartOp: day(row.created_at),
        ontvangenOp: row.ontvangen_op,
        faseWissels: [],
        uitkomst: row.uitkomst,
        besluitOp: row.besluit_op,
        uitersteBeslisdatum: row.uiterste_beslisdatum,
      };
      byId.set(row.id, dossier);
    }
    if (row.at !== null && row.naar !== null && row.seq !== null) dossier.faseWissels.push({ op: day(row.at), naar: row.naar, seq: row.seq });
  }
  const dossiers = [...byId.values()].map((dossier) => {
    const wissels = dossier.faseWissels;
    if (wissels.some((wissel, index) => index > 0 && wissels[index - 1]!.seq > wissel.seq)) wissels.sort((a, b) => a.seq - b.seq);
    return { ...dossier, faseWissels: wissels.map(({ op, naar }) => ({ op, naar })) };
  });
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

/** The years in which the vault has dossiers, oldest first: the first and the last present dossier by the index on created_at. */
export function rapportJaren(db: VaultDatabase): number[] {
  const end = (richting: 'ASC' | 'DESC') =>
    (db.prepare(`SELECT created_at AS at FROM dossier INDEXED BY dossier_created_at WHERE ${presentDossierSql} ORDER BY created_at ${richting} LIMIT 1`).get() as { at: string } | undefined)?.at ?? null;
  const eerste = end('ASC');
  const laatste = end('DESC');
  if (!eerste || !laatste) return [];
  const van = Number(eerste.slice(0, 4));
  const tot = Number(laatste.slice(0, 4));
  return Array.from({ length: tot - van + 1 }, (_, index) => van + index);
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

/**
 * The dashboard's figures. The counts come from the tables that migration 33's triggers keep current: per phase and
 * toepassingsgebied a stored count, and what depends on today (overdue, within the week, requests past their date) as
 * a sum over a range of days of the day histogram. The lists of the first `lijst` read the open dossiers and the
 * waiting requests in date order through their partial indexes.
 */
export function dashboardCijfers(db: VaultDatabase, vandaag: string, eindeWeek: string, lijst: number): DashboardCijfers {
  const perFase = db.prepare('SELECT fase, sum(aantal) AS aantal FROM dashboard_telling GROUP BY fase').all() as { fase: string; aantal: number }[];
  const perGebied = db
    .prepare(`SELECT toepassingsgebied, sum(aantal) AS aantal FROM dashboard_telling WHERE fase NOT IN (${closedPhaseList}) GROUP BY toepassingsgebied`)
    .all() as { toepassingsgebied: string; aantal: number }[];
  const som = (soort: 'beslisdatum' | 'verzoek', where: string, params: Record<string, string>) =>
    (db.prepare(`SELECT coalesce(sum(aantal), 0) AS n FROM dashboard_dag WHERE soort = '${soort}' AND ${where}`).get(params) as { n: number }).n;
  const termijnen = (where: string, params: Record<string, string>) =>
    db.prepare(`SELECT id, zaaknummer, aanvrager_naam AS aanvragerNaam, uiterste_beslisdatum AS datum FROM dossier WHERE ${openDossierSql} AND ${where} ORDER BY uiterste_beslisdatum, zaaknummer LIMIT ${lijst}`).all(params) as DashboardCijfers['verlopen'];
  const verlopen = termijnen('uiterste_beslisdatum < @vandaag', { vandaag });
  const dezeWeek = termijnen('uiterste_beslisdatum BETWEEN @vandaag AND @eindeWeek', { vandaag, eindeWeek });
  // The requests past their date, first `lijst` by date: the histogram names the first days that hold enough of them,
  // and only the waiting requests of those days are read (status and day through the index of migration 8), not
  // every waiting request of the closed dossiers before them.
  const dagen: string[] = [];
  let gevonden = 0;
  for (const row of db.prepare("SELECT datum, aantal FROM dashboard_dag WHERE soort = 'verzoek' AND datum < @vandaag ORDER BY datum").iterate({ vandaag }) as Iterable<{ datum: string; aantal: number }>) {
    dagen.push(row.datum);
    gevonden += row.aantal;
    if (gevonden >= lijst) break;
  }
  const verzoekenVerlopen =
    dagen.length === 0
      ? []
      : (db
          .prepare(
            `SELECT v.dossier_id AS dossierId, d.zaaknummer, v.geadresseerde, v.geadresseerde_naam AS geadresseerdeNaam, v.uiterlijk_op AS datum
             FROM informatieverzoek v JOIN dossier d ON d.id = v.dossier_id
             WHERE v.status IN ('verzonden', 'verlengd') AND v.uiterlijk_op IN (SELECT value FROM json_each(@dagen)) AND d.${openDossierSql}
             ORDER BY v.uiterlijk_op, d.zaaknummer LIMIT ${lijst}`,
          )
          .all({ dagen: JSON.stringify(dagen) }) as DashboardCijfers['verzoekenVerlopen']);
  return {
    perFase,
    perGebied,
    verlopen,
    dezeWeek,
    verlopenTotaal: som('beslisdatum', 'datum < @vandaag', { vandaag }),
    dezeWeekTotaal: som('beslisdatum', 'datum BETWEEN @vandaag AND @eindeWeek', { vandaag, eindeWeek }),
    verzoekenVerlopen,
    verzoekenVerlopenTotaal: som('verzoek', 'datum < @vandaag', { vandaag }),
  };
}
