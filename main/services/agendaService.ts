import type { CallOutput, ParsedInput } from '../../src/contract';
import { BibobError } from '../../src/contract/errors';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { addDays } from '../../src/domain/termijnen';
import { beslistermijnItem, lopendeTermijnen, type AgendaSoort } from '../../src/domain/termijnen/agenda';
import { agendaIcs } from '../../src/domain/termijnen/ics';
import { isClosed, type Phase } from '../../src/domain/workflow';
import { addressees, addresseeName } from '../../src/domain/informatieverzoeken';
import type { VaultDatabase } from '../vault/database';
import { coordinators, dossiersWithRunningTerms } from '../vault/repositories/dossiers';
import { herstelverzoekenOfDossier } from '../vault/repositories/herstelverzoeken';
import { requestsForAgenda } from '../vault/repositories/informatieverzoeken';
import { termijnGebeurtenissen } from '../vault/repositories/termijnGebeurtenissen';
import { partijenOfDossier } from '../vault/repositories/zienswijzen';
import { besluitOf } from './besluitService';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { deadlineResultOf, readTermSettings } from './deadlineService';
import { verdereBesluitTermijnen, type VerderBesluitTermijn } from './verdereBesluitenService';

const MAX_ITEMS = 500;

type AgendaItem = CallOutput<'agenda.list'>['items'][number];
type AgendaFilter = ParsedInput<'agenda.exportIcs'>;

/**
 * Every running term across the dossiers, earliest (so overdue) first: the beslistermijn or, for a redelijke
 * termijn, the notice of art. 4:14 lid 3 Awb by the last day the deadline engine computes for it (the Atw and the
 * suspensions of Awb 4:15; the municipality's choice on art. 31 Wet Bibob; with the default the safe, earlier date
 * its warning names) and, once that notice is recorded in time, the decision by the term it named; the information
 * requests, the LBB's advice and the art. 32 notice; and the terms of lopendeTermijnen (herstel, Awb 4:5 lid 4,
 * zienswijze, bezwaar), which for a closed dossier leaves only the bezwaartermijn.
 */
function agendaItems(db: VaultDatabase, now: string): AgendaItem[] {
  const holidays = { decreedDays: readTermSettings(db).decreedDays };
  const dossiers = dossiersWithRunningTerms(db, MAX_ITEMS);
  const coordinatorOf = new Map(dossiers.map((dossier) => [dossier.id, dossier.coordinator]));
  const items: AgendaItem[] = [];
  for (const dossier of dossiers) {
    const soort = dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : undefined;
    const gesloten = isClosed(dossier.fase as Phase);
    const base = { dossierId: dossier.id, zaaknummer: dossier.zaaknummer, aanvragerNaam: dossier.aanvragerNaam, coordinator: dossier.coordinator };
    const besluitOp = besluitOf(db, dossier.id).besluitOp;
    // Once the besluit is recorded the beslistermijn no longer runs; its bezwaartermijn does.
    const verdere = gesloten ? [] : verdereBesluitTermijnen(db, dossier, now);
    const naam = verdere.length > 0 && soort ? soort.label : null;
    if (!gesloten && besluitOp === null && dossier.uitersteBeslisdatum !== null) items.push(decisionItem(db, dossier, now, soort, base, naam));
    items.push(...furtherDecisionItems(verdere, now, base));
    const terms = lopendeTermijnen(
      {
        dossierId: dossier.id,
        zaaknummer: dossier.zaaknummer,
        // A recorded besluit decided the matter as a closing does: only its bezwaartermijn still runs.
        gesloten: gesloten || besluitOp !== null,
        ambtshalve: soort?.ambtshalve === true,
        herstelverzoeken: herstelverzoekenOfDossier(db, dossier.id),
        zienswijzen: partijenOfDossier(db, dossier.id),
        besluitBekendgemaaktOp: besluitOp,
      },
      now,
      holidays,
    );
    for (const term of terms) {
      items.push({ ...base, soort: term.soort, datum: term.datum, wat: term.omschrijving, grondslag: term.artikel, voorlopig: false, verlopen: term.datum < now });
    }
  }
  for (const row of requestsForAgenda(db, MAX_ITEMS)) {
    const base = { dossierId: row.dossierId, zaaknummer: row.zaaknummer, aanvragerNaam: row.aanvragerNaam, coordinator: coordinatorOf.get(row.dossierId) ?? '' };
    const lbb = row.geadresseerde === 'lbb';
    // An answered LBB request appears only for its notice; its advice is in.
    if (!(lbb && !row.open)) {
      items.push({
        ...base,
        soort: lbb ? 'lbb-advies' : 'informatieverzoek',
        datum: row.uiterlijkOp,
        wat: lbb ? 'Advies van het Landelijk Bureau Bibob verwacht' : `Antwoord verwacht van ${addresseeName(row)}`,
        grondslag: lbb ? 'art. 15 Wet Bibob' : addressees[row.geadresseerde].legalBasis,
        voorlopig: false,
        verlopen: row.uiterlijkOp < now,
      });
    }
    if (row.mededelingOpen) {
      // Art. 32 sets no term: the notice is due from the day of the request until it is recorded.
      items.push({ ...base, soort: 'mededeling-art-32', datum: row.verzondenOp, wat: 'Betrokkene informeren dat het LBB om advies is gevraagd', grondslag: 'art. 32 Wet Bibob', voorlopig: false, verlopen: false });
    }
  }
  return items.sort((a, b) => a.datum.localeCompare(b.datum) || a.zaaknummer.localeCompare(b.zaaknummer));
}

function decisionItem(
  db: VaultDatabase,
  dossier: ReturnType<typeof dossiersWithRunningTerms>[number],
  now: string,
  soort: ReturnType<typeof besluitsoort> | undefined,
  base: Pick<AgendaItem, 'dossierId' | 'zaaknummer' | 'aanvragerNaam' | 'coordinator'>,
  naam: string | null,
): AgendaItem {
  const result = soort?.beslistermijn.kind === 'redelijk' ? deadlineResultOf(db, dossier, now) : null;
  const mededeling = termijnGebeurtenissen(db, dossier.id).find((event) => event.soort === 'mededeling-4-14-lid-3');
  const item = beslistermijnItem({
    naam,
    redelijk: result?.mededelingUiterlijk != null,
    deadline: dossier.uitersteBeslisdatum!,
    provisional: result ? result.provisional : dossier.beslisdatumVoorlopig,
    legalBasis: soort?.beslistermijn.legalBasis ?? '',
    mededelingUiterlijk: result?.mededelingUiterlijk ?? null,
    mededeling: mededeling?.soort === 'mededeling-4-14-lid-3' ? { verzondenOp: mededeling.verzondenOp, tegemoetTeZienOp: mededeling.tegemoetTeZienOp } : null,
  });
  return { ...base, soort: item.soort, datum: item.datum, wat: item.omschrijving, grondslag: item.artikel, voorlopig: item.voorlopig, verlopen: item.datum < now };
}

/** The term of each further decision without its besluit yet (issue 19 item 12), named by the decision. */
function furtherDecisionItems(termijnen: readonly VerderBesluitTermijn[], now: string, base: Pick<AgendaItem, 'dossierId' | 'zaaknummer' | 'aanvragerNaam' | 'coordinator'>): AgendaItem[] {
  return termijnen.flatMap(({ besluit, label, result }) => {
    if (besluit.besluitOp !== null || besluit.uitkomst !== null || !result || result.deadline === null) return [];
    const item = beslistermijnItem({
      naam: label,
      redelijk: result.mededelingUiterlijk !== null,
      deadline: result.deadline,
      provisional: result.provisional,
      legalBasis: besluitsoort(besluit.besluitsoort)?.beslistermijn.legalBasis ?? '',
      mededelingUiterlijk: result.mededelingUiterlijk,
      mededeling: besluit.mededeling,
    });
    return [{ ...base, soort: item.soort, datum: item.datum, wat: item.omschrijving, grondslag: item.artikel, voorlopig: item.voorlopig, verlopen: item.datum < now }];
  });
}

function matches(filter: AgendaFilter): (item: AgendaItem) => boolean {
  return (item) => (filter.soort === undefined || item.soort === filter.soort) && (filter.coordinator === undefined || item.coordinator === filter.coordinator);
}

export function agenda(ctx: ServiceContext, input: ParsedInput<'agenda.list'>): CallOutput<'agenda.list'> {
  return inTransactionWithAudit(ctx, (db) => {
    const now = today(ctx);
    const until = input.binnenDagen === undefined ? null : addDays(now, input.binnenDagen);
    const items = agendaItems(db, now)
      .filter((item) => until === null || item.datum <= until)
      .filter(matches(input))
      .slice(0, MAX_ITEMS);
    return {
      result: { vandaag: now, coordinatoren: coordinators(db), items },
      audit: { action: 'agenda.bekeken', entityType: 'dossier', entityId: null, details: { aantal: items.length } },
    };
  });
}

/**
 * The filtered agenda as a calendar file, only to where the coordinator chooses. Per term only the zaaknummer and
 * the kind of term leave the vault. It is the coordinator's own calendar, no provision to a recipient (art. 28
 * lid 2 Wet Bibob), so the export is audited but not entered in the disclosure register (README).
 */
export async function exportIcs(ctx: ServiceContext, filter: AgendaFilter): Promise<CallOutput<'agenda.exportIcs'>> {
  if (!ctx.exportTarget) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  const db = ctx.vault.database();
  const items = agendaItems(db, today(ctx)).filter(matches(filter));
  const ics = agendaIcs(
    items.map((item) => ({ dossierId: item.dossierId, zaaknummer: item.zaaknummer, soort: item.soort as AgendaSoort, datum: item.datum, artikel: item.grondslag, omschrijving: item.wat })),
    ctx.now(),
  );
  const saved = await ctx.exportTarget.saveText('bibob-agenda.ics', ics);
  if (saved) {
    inTransactionWithAudit(ctx, () => ({
      result: undefined,
      audit: { action: 'agenda.geexporteerd', entityType: 'kluis', entityId: null, details: { aantal: items.length, soort: filter.soort ?? 'alle', coordinator: filter.coordinator ?? 'alle' } },
    }));
  }
  return { exported: saved !== null, aantal: items.length };
}
