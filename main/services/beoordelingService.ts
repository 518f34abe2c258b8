import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import type { BeoordelingView } from '../../src/contract/beoordelingCalls';
import {
  art4KaderVan,
  assessmentProblems,
  bevindingCorrigeren,
  bevindingIntrekken,
  bevindingSoorten,
  DEFAULT_VOORSCHRIFTEN,
  gevaarMaten,
  maatregelen,
  nieuwVoorschrift,
  overallConclusion,
  voorschriftenLibrary,
  voorschriftSchema,
  type Art4Kader,
  type Beoordeling,
  type BevindingWijziging,
  type ProposedMeasure,
  type Voorschrift,
} from '../../src/domain/beoordeling';
import { wijzigingen } from '../../src/domain/correctie';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { decisionOutcomes, meldingLbbRequired, outcomeLabel, type WorkflowFacts } from '../../src/domain/workflow';
import { formatDutchDate } from '../../src/domain/termijnen';
import type { Dossier } from '../../src/contract/schemas';
import type { VaultDatabase } from '../vault/database';
import { betrokkenenOfDossier } from '../vault/repositories/betrokkenen';
import { insertMelding, meldingenOfDossier, readBeoordeling, writeBeoordeling, type StoredBeoordeling, type StoredMelding } from '../vault/repositories/beoordeling';
import { requireDossier, updateDossierFields } from '../vault/repositories/dossiers';
import { informatieverzoekenOfDossier } from '../vault/repositories/informatieverzoeken';
import { readSetting, writeSetting } from '../vault/repositories/settings';
import { appendTimelineEvent, timelineHasEntry } from '../vault/repositories/timeline';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { movePhaseForStep } from './dossierService';
import { problemsError } from './problems';
import { lbbAdviceReceived } from '../../src/domain/informatieverzoeken';

const OWN_VOORSCHRIFTEN_KEY = 'voorschriften.eigen';

function lbbAdviceIn(db: VaultDatabase, dossierId: string): boolean {
  return lbbAdviceReceived(informatieverzoekenOfDossier(db, dossierId));
}

/**
 * A melding counts for the conclusion it reported: when a reopened assessment changes the conclusion, the LBB
 * needs a correction (art. 7a lid 7, second sentence). A suspected withdrawal (lid 8) is reported once.
 */
function meldingRecorded(meldingen: readonly StoredMelding[], conclusie: string, withdrawalSuspected: boolean): boolean {
  const concluded = conclusie === 'ernstig' || conclusie === 'mindere-mate';
  const lid7Done = !concluded || meldingen.some((melding) => melding.grondslag.includes('lid 7') && melding.conclusie === conclusie);
  const lid8Done = !withdrawalSuspected || meldingen.some((melding) => melding.grondslag.includes('lid 8'));
  return lid7Done && lid8Done;
}

/** Alcoholwet art. 32 lid 1: only a kind of decision that carries the power to suspend (the Alcoholwet licence's revocation case). */
function schorsingMogelijk(dossier: Dossier): boolean {
  return dossier.besluitsoort !== null && besluitsoort(dossier.besluitsoort)?.schorsing !== undefined;
}

/** Wet Bibob art. 3 lid 7 (fourth sentence), Ow 5.40 lid 1 onder b: a permit already given, investigated ambtshalve. */
function wijzigenMogelijk(dossier: Dossier): boolean {
  return dossier.besluitsoort !== null && besluitsoort(dossier.besluitsoort)?.voorschriftenWijzigen !== undefined;
}

type AssessmentFacts = Pick<WorkflowFacts, 'dangerConclusion' | 'withdrawalSuspected' | 'meldingLbbRecorded'>;

/**
 * Whether a refusal of art. 4 counts as ernstig gevaar in this dossier: lid 1 only in a revocation investigation
 * (art. 7a lid 3) and only for the holder; lid 2 for the aanvrager or holder. `maatregel` decides while no kind of
 * decision is recorded.
 */
export function art4Kader(db: VaultDatabase, dossier: Dossier, maatregel: ProposedMeasure | string | null = dossier.uitkomst): Art4Kader {
  const soort = dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : undefined;
  return art4KaderVan(
    { intrekkingsbesluit: soort ? soort.ambtshalve && soort.beschikking : null, maatregel },
    betrokkenenOfDossier(db, dossier.id).map((link) => ({ id: link.betrokkene.id, rollen: link.rollen.map((rol) => rol.rol) })),
  );
}

/** The conclusion of the stored assessment in this dossier's setting. */
export function conclusieVan(db: VaultDatabase, dossier: Dossier, beoordeling: Beoordeling = readBeoordeling(db, dossier.id).beoordeling): ReturnType<typeof overallConclusion> {
  return overallConclusion(beoordeling, art4Kader(db, dossier, dossier.uitkomst ?? readBeoordeling(db, dossier.id).voorgesteldeMaatregel));
}

function factsOf(stored: StoredBeoordeling, meldingen: readonly StoredMelding[], kader: Art4Kader): AssessmentFacts {
  const conclusie = overallConclusion(stored.beoordeling, kader);
  return {
    dangerConclusion: stored.vastgelegd ? conclusie : null,
    withdrawalSuspected: stored.terugtrekkingVermoed,
    meldingLbbRecorded: meldingRecorded(meldingen, conclusie, stored.terugtrekkingVermoed),
  };
}

/** The parts of the workflow's facts that the assessment and the meldingen decide. */
export function assessmentFacts(db: VaultDatabase, dossierId: string): AssessmentFacts {
  const dossier = requireDossier(db, dossierId);
  const stored = readBeoordeling(db, dossierId);
  return factsOf(stored, meldingenOfDossier(db, dossierId), art4Kader(db, dossier, dossier.uitkomst ?? stored.voorgesteldeMaatregel));
}

function statusOf(dossier: Dossier, facts: AssessmentFacts, lbbAdvies: boolean): { vereist: boolean; grondslag: string | null } {
  const required = meldingLbbRequired({
    toepassingsgebied: dossier.toepassingsgebied,
    outcome: (dossier.uitkomst as WorkflowFacts['outcome']) ?? null,
    openInformationRequests: 0,
    lbbAdviceReceived: lbbAdvies,
    zienswijzeStepDone: false,
    buitenBehandelingBeletsel: null,
    ...facts,
  });
  return { vereist: required.required && !facts.meldingLbbRecorded, grondslag: required.legalBasis ?? null };
}

export function meldingStatus(db: VaultDatabase, dossier: Dossier): { vereist: boolean; grondslag: string | null } {
  return statusOf(dossier, assessmentFacts(db, dossier.id), lbbAdviceIn(db, dossier.id));
}

export function beoordelingView(db: VaultDatabase, dossierId: string): BeoordelingView {
  const dossier = requireDossier(db, dossierId);
  const stored = readBeoordeling(db, dossierId);
  const meldingen = meldingenOfDossier(db, dossierId);
  const lbbAdvies = lbbAdviceIn(db, dossierId);
  const kader = art4Kader(db, dossier, dossier.uitkomst ?? stored.voorgesteldeMaatregel);
  return {
    beoordeling: stored.beoordeling,
    voorgesteldeMaatregel: stored.voorgesteldeMaatregel,
    maatregelen: maatregelen.filter(
      (maatregel) => decisionOutcomes[dossier.toepassingsgebied].includes(maatregel) && (maatregel !== 'schorsen' || schorsingMogelijk(dossier)) && (maatregel !== 'voorschriften-wijzigen' || wijzigenMogelijk(dossier)),
    ),
    conclusie: overallConclusion(stored.beoordeling, kader),
    vastgelegd: stored.vastgelegd,
    terugtrekking: { vermoed: stored.terugtrekkingVermoed, toelichting: stored.terugtrekkingToelichting },
    melding: {
      ...statusOf(dossier, factsOf(stored, meldingen, kader), lbbAdvies),
      meldingen: meldingen.map(({ id, grondslag, conclusie, gemeldOp, kenmerk }) => ({ id, grondslag, conclusie, gemeldOp, kenmerk })),
    },
    lbbAdviesOntvangen: lbbAdvies,
  };
}

export function getBeoordeling(ctx: ServiceContext, input: ParsedInput<'beoordeling.get'>): BeoordelingView {
  return inTransactionWithAudit(ctx, (db) => ({ result: beoordelingView(db, input.dossierId), audit: { action: 'beoordeling.bekeken', entityType: 'dossier', entityId: input.dossierId, details: {} } }));
}

/** Every betrokkene the assessment names must be one of the dossier's. */
function foreignBetrokkenen(beoordeling: Beoordeling, onDossier: ReadonlySet<string>): { pad: string; melding: string }[] {
  const problems: { pad: string; melding: string }[] = [];
  const check = (id: string, pad: string) => {
    if (!onDossier.has(id)) problems.push({ pad, melding: 'Kies een betrokkene van dit dossier.' });
  };
  beoordeling.bevindingen.forEach((bevinding, index) => check(bevinding.betrokkeneId, `bevindingen[${index}].betrokkeneId`));
  beoordeling.relaties.forEach((relatie, index) => {
    check(relatie.betrokkeneId, `relaties[${index}].betrokkeneId`);
    if (relatie.via) check(relatie.via.betrokkeneId, `relaties[${index}].via`);
  });
  return problems;
}

/**
 * Saves the assessment with its proposed measure. Refused, with every problem at its place, when the rules of
 * art. 3, 3a and 4 are not met: no ernstig or mindere mate van gevaar without a usable finding, a relation and a
 * motivation; no refusal or revocation without proportionality; no voorschriften without the danger they remove.
 */
export function saveBeoordeling(ctx: ServiceContext, input: ParsedInput<'beoordeling.save'>): BeoordelingView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const onDossier = new Set(betrokkenenOfDossier(db, dossier.id).map((link) => link.betrokkene.id));
    const problems = [...foreignBetrokkenen(input.beoordeling, onDossier)];
    const maatregel = input.voorgesteldeMaatregel;
    if (maatregel !== null && !decisionOutcomes[dossier.toepassingsgebied].includes(maatregel)) {
      problems.push({ pad: 'maatregel', melding: `"${outcomeLabel(maatregel, dossier.toepassingsgebied)}" past niet bij dit toepassingsgebied.` });
    } else if (maatregel === 'voorschriften-wijzigen' && !wijzigenMogelijk(dossier)) {
      problems.push({ pad: 'maatregel', melding: 'Bibob-voorschriften wijzigen kan alleen bij een vergunning die al is verleend (art. 3 lid 7 Wet Bibob; art. 5.40 lid 1 onder b Omgevingswet): kies als soort besluit de intrekking van die vergunning, het onderzoek naar een verleende vergunning.' });
    } else if (maatregel === 'schorsen' && !schorsingMogelijk(dossier)) {
      problems.push({ pad: 'maatregel', melding: 'Schorsen kan alleen bij een Alcoholwetvergunning, in de gevallen van art. 31 lid 2 en 3 Alcoholwet (art. 32 lid 1 Alcoholwet): kies als soort besluit de intrekking van een Alcoholwetvergunning.' });
    }
    const kader = art4Kader(db, dossier, maatregel ?? dossier.uitkomst);
    problems.push(...assessmentProblems(input.beoordeling, maatregel, kader));
    if (problems.length > 0) {
      throw problemsError(`De beoordeling is niet opgeslagen: ${problems.length} punten kloppen nog niet.`, problems);
    }
    const before = readBeoordeling(db, dossier.id);
    const conclusieVoor = overallConclusion(before.beoordeling, art4Kader(db, dossier, dossier.uitkomst ?? before.voorgesteldeMaatregel));
    const conclusie = overallConclusion(input.beoordeling, kader);
    const at = ctx.now().toISOString();
    writeBeoordeling(db, dossier.id, { beoordeling: input.beoordeling, voorgesteldeMaatregel: maatregel, terugtrekkingVermoed: before.terugtrekkingVermoed, terugtrekkingToelichting: before.terugtrekkingToelichting }, at);
    // One fact, entered once: the measure proposed is the dossier's intended outcome, which the zienswijze step
    // (art. 33) and the besluit follow; it is not entered a second time under Gegevens.
    const uitkomstGewijzigd = maatregel !== null && maatregel !== dossier.uitkomst;
    if (uitkomstGewijzigd) updateDossierFields(db, dossier.id, { ...dossier, uitkomst: maatregel }, at);
    // A proposed measure is the assessment's result: the dossier moves on to the beoordeling (art. 3 Wet Bibob).
    if (maatregel !== null) movePhaseForStep(ctx, db, dossier.id, 'maatregel-voorgesteld', today(ctx));
    if (!before.vastgelegd || conclusieVoor !== conclusie || before.voorgesteldeMaatregel !== maatregel) {
      appendTimelineEvent(db, dossier.id, {
        at,
        soort: 'beoordeling.vastgelegd',
        omschrijving: `Beoordeling: ${gevaarMaten[conclusie]}${maatregel ? `; voorgestelde maatregel: ${outcomeLabel(maatregel, dossier.toepassingsgebied)}` : ''} (art. 3 Wet Bibob).`,
      });
    }
    return {
      result: beoordelingView(db, dossier.id),
      audit: {
        action: 'beoordeling.opgeslagen',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { conclusie: [conclusieVoor, conclusie], maatregel: [before.voorgesteldeMaatregel, maatregel], ...(uitkomstGewijzigd ? { uitkomst: [dossier.uitkomst, maatregel] } : {}), bevindingen: input.beoordeling.bevindingen.length, relaties: input.beoordeling.relaties.length },
      },
    };
  });
}

/** Art. 7a lid 8: a reasonable suspicion that the betrokkene withdraws because of the investigation. */
export function setTerugtrekking(ctx: ServiceContext, input: ParsedInput<'beoordeling.setTerugtrekking'>): BeoordelingView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    if (input.vermoed && input.toelichting === '') {
      throw new BibobError('VALIDATION', 'Schrijf op waarop het vermoeden berust.', { issues: [{ path: 'toelichting', message: 'Schrijf op waarop het vermoeden berust (art. 7a lid 8 Wet Bibob).' }] });
    }
    const before = readBeoordeling(db, dossier.id);
    const at = ctx.now().toISOString();
    writeBeoordeling(db, dossier.id, { ...before, terugtrekkingVermoed: input.vermoed, terugtrekkingToelichting: input.toelichting }, at);
    appendTimelineEvent(db, dossier.id, {
      at,
      soort: 'beoordeling.terugtrekking',
      omschrijving: input.vermoed
        ? `Vermoeden vastgelegd dat de betrokkene zich terugtrekt vanwege het Bibob-onderzoek; dit wordt gemeld aan het LBB (art. 7a lid 8 Wet Bibob). ${input.toelichting}`
        : 'Het vermoeden van terugtrekking vanwege het Bibob-onderzoek is ingetrokken.',
    });
    return {
      result: beoordelingView(db, dossier.id),
      audit: { action: 'beoordeling.terugtrekking', entityType: 'dossier', entityId: dossier.id, details: { vermoed: [before.terugtrekkingVermoed, input.vermoed] } },
    };
  });
}

/** The melding of art. 7a lid 7 or 8, for the current conclusion; refused when none is required. */
export function recordMelding(ctx: ServiceContext, input: ParsedInput<'beoordeling.recordMelding'>): BeoordelingView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const status = meldingStatus(db, dossier);
    if (!status.vereist || !status.grondslag) throw new BibobError('CONFLICT', 'Er is nu geen melding aan het LBB nodig (art. 7a lid 7 en 8 Wet Bibob).');
    const conclusie = conclusieVan(db, dossier);
    const id = randomUUID();
    const at = ctx.now().toISOString();
    insertMelding(db, dossier.id, { id, grondslag: status.grondslag, conclusie, gemeldOp: input.gemeldOp, kenmerk: input.kenmerk ?? '' }, at);
    appendTimelineEvent(db, dossier.id, { at, soort: 'lbb.melding', omschrijving: `Melding aan het Landelijk Bureau Bibob gedaan op ${formatDutchDate(input.gemeldOp)} (${status.grondslag}).` });
    return {
      result: beoordelingView(db, dossier.id),
      audit: { action: 'lbb.melding', entityType: 'dossier', entityId: dossier.id, details: { meldingId: id, grondslag: status.grondslag, conclusie, gemeldOp: input.gemeldOp } },
    };
  });
}

function ownVoorschriften(db: VaultDatabase): Voorschrift[] {
  const raw = readSetting(db, OWN_VOORSCHRIFTEN_KEY);
  const parsed = z.array(voorschriftSchema).safeParse(raw === null ? [] : JSON.parse(raw));
  return parsed.success ? parsed.data : [];
}

function libraryView(db: VaultDatabase): CallOutput<'voorschriften.list'> {
  const own = ownVoorschriften(db);
  return { voorschriften: [...DEFAULT_VOORSCHRIFTEN, ...own].map((voorschrift) => ({ ...voorschrift, toepassingsgebieden: [...voorschrift.toepassingsgebieden] })), eigen: own.map((voorschrift) => voorschrift.id) };
}

export function listVoorschriften(ctx: ServiceContext): CallOutput<'voorschriften.list'> {
  return libraryView(ctx.vault.database());
}

/**
 * Adds an own voorschrift to the library, with an id derived from its text (the coordinator types none); a default
 * is never overwritten and the same text is not taken twice.
 */
export function addVoorschrift(ctx: ServiceContext, input: ParsedInput<'voorschriften.add'>): CallOutput<'voorschriften.add'> {
  return inTransactionWithAudit(ctx, (db) => {
    const bestaand = ownVoorschriften(db);
    const refuse = (problems: readonly { pad: string; melding: string }[]) => {
      const issues = problems.map((problem) => ({ path: `voorschrift.${problem.pad.replace(/^eigen\[\d+\]\./, '')}`, message: problem.melding }));
      return new BibobError('VALIDATION', issues[0]?.message ?? 'Het voorschrift is niet toegevoegd.', { issues });
    };
    const nieuw = nieuwVoorschrift([...DEFAULT_VOORSCHRIFTEN, ...bestaand], input.voorschrift);
    if (!nieuw.ok) throw refuse(nieuw.problems);
    const own = [...bestaand, nieuw.voorschrift];
    const library = voorschriftenLibrary(DEFAULT_VOORSCHRIFTEN, own);
    if (!library.ok) throw refuse(library.problems);
    writeSetting(db, OWN_VOORSCHRIFTEN_KEY, JSON.stringify(own));
    return { result: libraryView(db), audit: { action: 'voorschrift.toegevoegd', entityType: 'instellingen', entityId: null, details: { id: nieuw.voorschrift.id, tekst: nieuw.voorschrift.tekst } } };
  });
}


const bevindingVelden = { betrokkeneId: 'de betrokkene', soort: 'de soort', omschrijving: 'de omschrijving', bron: 'de bron', datum: 'de datum', ernst: 'de ernst', beperkingen: 'de gebruiksbeperkingen' } as const;

/** The problems of the rules on the assessment that would remain, at the correction form's fields where they are about the finding. */
function refusal(wijziging: Exclude<BevindingWijziging, { ok: true }>, beoordeling: Beoordeling, bevindingId: string, wat: string): BibobError {
  if (wijziging.reden === 'onbekend') return new BibobError('NOT_FOUND', 'Deze bevinding bestaat niet (meer) in de beoordeling.');
  const index = beoordeling.bevindingen.findIndex((bevinding) => bevinding.id === bevindingId);
  const eigen = `bevindingen[${index}].`;
  const problemen = wijziging.problemen.map((probleem) => (probleem.pad.startsWith(eigen) ? { ...probleem, pad: `bevinding.${probleem.pad.slice(eigen.length)}` } : probleem));
  return problemsError(`De bevinding is niet ${wat}: de beoordeling klopt dan niet meer. ${problemen.map((probleem) => probleem.melding).join(' ')}`, problemen);
}

/**
 * Corrects a finding of the assessment (issue 18 §2), with the reason. The assessment must still meet the rules of
 * art. 3, 3a and 4 with the corrected finding; the audit trail keeps old → new and the timeline says what changed.
 */
export function correctBevinding(ctx: ServiceContext, input: ParsedInput<'beoordeling.correctBevinding'>): BeoordelingView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const stored = readBeoordeling(db, dossier.id);
    const onDossier = new Set(betrokkenenOfDossier(db, dossier.id).map((link) => link.betrokkene.id));
    if (!onDossier.has(input.bevinding.betrokkeneId)) throw problemsError('Kies een betrokkene van dit dossier.', [{ pad: 'bevinding.betrokkeneId', melding: 'Kies een betrokkene van dit dossier.' }]);
    const wijziging = bevindingCorrigeren(stored.beoordeling, input.bevinding, stored.voorgesteldeMaatregel, art4Kader(db, dossier, dossier.uitkomst ?? stored.voorgesteldeMaatregel));
    if (!wijziging.ok) throw refusal(wijziging, stored.beoordeling, input.bevinding.id, 'gecorrigeerd');
    const changes = wijzigingen(wijziging.voor, input.bevinding, Object.keys(bevindingVelden) as (keyof typeof bevindingVelden)[]);
    const velden = Object.keys(changes) as (keyof typeof bevindingVelden)[];
    if (velden.length === 0) throw problemsError('Er is niets gewijzigd.', [{ pad: 'bevinding.omschrijving', melding: 'Wijzig ten minste één gegeven van de bevinding.' }]);
    const at = ctx.now().toISOString();
    writeBeoordeling(db, dossier.id, { ...stored, beoordeling: wijziging.beoordeling }, at);
    appendTimelineEvent(
      db,
      dossier.id,
      { at, soort: 'beoordeling.bevinding-gecorrigeerd', omschrijving: `Bevinding "${input.bevinding.omschrijving}" gecorrigeerd: ${velden.map((veld) => bevindingVelden[veld]).join(', ')}. Reden: ${input.reden}` },
      { bevindingId: input.bevinding.id },
    );
    return {
      result: beoordelingView(db, dossier.id),
      audit: { action: 'beoordeling.bevinding-gecorrigeerd', entityType: 'dossier', entityId: dossier.id, details: { bevindingId: input.bevinding.id, ...changes, reden: input.reden } },
    };
  });
}

/**
 * Withdraws a finding entered by mistake (issue 18 §2), with the reason, together with the relations of art. 3 lid 4
 * that rest on it. Refused while a degree of danger, lid 6 or the proposed measure rests on it: the coordinator first
 * revises the assessment. The finding stays in the audit trail and the timeline, and counts nowhere after.
 */
export function withdrawBevinding(ctx: ServiceContext, input: ParsedInput<'beoordeling.withdrawBevinding'>): BeoordelingView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const stored = readBeoordeling(db, dossier.id);
    const wijziging = bevindingIntrekken(stored.beoordeling, input.bevindingId, stored.voorgesteldeMaatregel, art4Kader(db, dossier, dossier.uitkomst ?? stored.voorgesteldeMaatregel));
    if (!wijziging.ok) {
      if (wijziging.reden === 'onbekend' && timelineHasEntry(db, dossier.id, 'beoordeling.bevinding-ingetrokken', 'bevindingId', input.bevindingId)) {
        throw new BibobError('CONFLICT', 'Deze bevinding is al ingetrokken.');
      }
      if (wijziging.reden === 'regels') {
        throw new BibobError('CONFLICT', `De bevinding is niet ingetrokken: de beoordeling rust erop. Pas eerst het oordeel per grond, art. 3 lid 6 of de maatregel aan. ${wijziging.problemen.map((probleem) => probleem.melding).join(' ')}`);
      }
      throw refusal(wijziging, stored.beoordeling, input.bevindingId, 'ingetrokken');
    }
    const at = ctx.now().toISOString();
    writeBeoordeling(db, dossier.id, { ...stored, beoordeling: wijziging.beoordeling }, at);
    const relaties = wijziging.vervallenRelaties.length;
    appendTimelineEvent(
      db,
      dossier.id,
      {
        at,
        soort: 'beoordeling.bevinding-ingetrokken',
        omschrijving: `Bevinding "${wijziging.voor.omschrijving}" (${bevindingSoorten[wijziging.voor.soort].label}) ingetrokken: ${input.reden}${relaties > 0 ? ` ${relaties === 1 ? 'De relatie' : `De ${relaties} relaties`} tot deze bevinding ${relaties === 1 ? 'vervalt' : 'vervallen'} mee.` : ''} Zij telt niet meer mee in de beoordeling.`,
      },
      { bevindingId: input.bevindingId },
    );
    return {
      result: beoordelingView(db, dossier.id),
      audit: { action: 'beoordeling.bevinding-ingetrokken', entityType: 'dossier', entityId: dossier.id, details: { bevindingId: input.bevindingId, reden: input.reden, bevinding: wijziging.voor, vervallenRelaties: wijziging.vervallenRelaties } },
    };
  });
}
