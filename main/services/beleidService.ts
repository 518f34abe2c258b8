import type { CallOutput, ParsedInput } from '../../src/contract';
import type { BeleidstoetsView, BeleidView } from '../../src/contract/beleidCalls';
import { BibobError } from '../../src/contract/errors';
import {
  beleidsregelNaarJson,
  beslissingProblemen,
  gebiedsbeleidVoor,
  isAfwijking,
  leesBeleidsregel,
  toetsBeleid,
  versieVan,
  VOORBEELD_BELEID,
  type BeleidsAdvies,
  type Beleidsregel,
  type Gebiedsbeleid,
  type IntakeAntwoorden,
} from '../../src/domain/beleid';
import type { Probleem } from '../../src/domain/probleem';
import { requireDossier } from '../vault/repositories/dossiers';
import { correctBeleidstoets, findBeleidstoets, insertBeleidstoets, type StoredBeleidstoets } from '../vault/repositories/beleidstoetsen';
import { readSetting, writeSetting } from '../vault/repositories/settings';
import type { VaultDatabase } from '../vault/database';
import { inTransactionWithAudit, type ServiceContext } from './context';
import { problemsError } from './problems';

/*
 * The municipality's Bibob-beleid (issue 23 §4). The beleidsregel lives in the vault's settings; until one is
 * stored, the example shipped with the app applies (and says so everywhere). At intake the coordinator answers its
 * questions; the toets, the decision and the beleid's version are recorded on the dossier with the criteria as they
 * stood, so that a later version of the beleid does not change what a dossier was tested against.
 */

export const BELEID_SETTING = 'bibobBeleid';

interface StoredBeleid {
  readonly beleid: Beleidsregel;
  readonly gewijzigdOp: string;
  readonly gewijzigdDoor: string;
}

function storedBeleid(db: VaultDatabase): StoredBeleid | null {
  const text = readSetting(db, BELEID_SETTING);
  if (text === null) return null;
  const stored = JSON.parse(text) as { beleid: unknown; gewijzigdOp: string; gewijzigdDoor: string };
  const gelezen = leesBeleidsregel(stored.beleid);
  // It was checked when saved: a failure here means the vault was damaged.
  if (!gelezen.ok) throw new Error('stored beleidsregel no longer parses');
  return { beleid: gelezen.beleid, gewijzigdOp: stored.gewijzigdOp, gewijzigdDoor: stored.gewijzigdDoor };
}

/** The beleidsregel in force: the municipality's own, or the example. */
export function currentBeleid(db: VaultDatabase): Beleidsregel {
  return storedBeleid(db)?.beleid ?? VOORBEELD_BELEID;
}

function beleidView(db: VaultDatabase): BeleidView {
  const stored = storedBeleid(db);
  const beleid = stored?.beleid ?? VOORBEELD_BELEID;
  return { beleid, json: beleidsregelNaarJson(beleid), meegeleverd: stored === null, gewijzigdOp: stored?.gewijzigdOp ?? null, gewijzigdDoor: stored?.gewijzigdDoor ?? null };
}

export function readBeleid(ctx: ServiceContext): BeleidView {
  return beleidView(ctx.vault.database());
}

/** A refused beleidsregel names every problem at its place in the beleid ("gebieden.wabo.drempels[0].vanafEuro"); one in no field at 'json'. */
function beleidFouten(problemen: readonly Probleem[]): BibobError {
  return new BibobError('VALIDATION', `De beleidsregel is niet opgeslagen: ${problemen.length === 1 ? 'er is één probleem' : `er zijn ${problemen.length} problemen`}.`, {
    issues: problemen.map((probleem) => ({ path: probleem.pad === '' ? 'json' : probleem.pad, message: probleem.melding })),
  });
}

/**
 * Stores a new beleidsregel, from the editor or an imported file: all or nothing. Changed criteria need a new
 * version, because dossiers name the version they were tested against.
 */
export function saveBeleid(ctx: ServiceContext, input: ParsedInput<'beleid.save'>): BeleidView {
  let json: unknown;
  try {
    json = JSON.parse(input.json);
  } catch (error) {
    throw beleidFouten([{ pad: '', melding: `Dit is geen geldige JSON (${error instanceof Error ? error.message : 'onleesbaar'}).` }]);
  }
  const gelezen = leesBeleidsregel(json);
  if (!gelezen.ok) throw beleidFouten(gelezen.problemen);
  const beleid = gelezen.beleid;
  return inTransactionWithAudit(ctx, (db) => {
    const before = currentBeleid(db);
    const zelfdeVersie = before.naam === beleid.naam && before.versie === beleid.versie;
    if (zelfdeVersie && beleidsregelNaarJson(before) !== beleidsregelNaarJson(beleid)) {
      throw new BibobError('VALIDATION', 'Geef de gewijzigde beleidsregel een nieuwe versie: dossiers noemen de versie waarmee zij zijn getoetst.', {
        issues: [{ path: 'versie', message: `"${beleid.versie}" is de versie die nu geldt; de criteria zijn gewijzigd, dus hoort er een nieuwe versie bij.` }],
      });
    }
    const at = ctx.now().toISOString();
    writeSetting(db, BELEID_SETTING, JSON.stringify({ beleid, gewijzigdOp: at, gewijzigdDoor: ctx.actor }));
    return {
      result: beleidView(db),
      audit: {
        action: 'beleid.opgeslagen',
        entityType: 'instelling',
        entityId: null,
        details: { naam: [before.naam, beleid.naam], versie: [before.versie, beleid.versie], vastgesteldOp: beleid.vastgesteldOp, voorbeeld: beleid.voorbeeld },
      },
    };
  });
}

/** The beleidsregel as a JSON file, through the save dialog (for another vault, or for review). */
export async function exportBeleid(ctx: ServiceContext): Promise<{ exported: boolean }> {
  if (!ctx.exportTarget) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  const beleid = currentBeleid(ctx.vault.database());
  const saved = await ctx.exportTarget.saveText('bibob-beleid.json', beleidsregelNaarJson(beleid));
  if (!saved) return { exported: false };
  inTransactionWithAudit(ctx, () => ({ result: undefined, audit: { action: 'beleid.geexporteerd', entityType: 'instelling', entityId: null, details: { naam: beleid.naam, versie: beleid.versie } } }));
  return { exported: true };
}

function toetsView(db: VaultDatabase, dossierId: string): BeleidstoetsView {
  const dossier = requireDossier(db, dossierId);
  const beleid = currentBeleid(db);
  const stored = findBeleidstoets(db, dossierId);
  return {
    toets: stored && {
      ...stored,
      redenen: [...stored.redenen],
      conclusie: adviesOf(stored.criteria, stored.antwoorden).conclusie,
      afwijking: stored.toepassen !== stored.adviesToepassen,
    },
    huidig: { beleid: versieVan(beleid), criteria: gebiedsbeleidVoor(beleid, dossier.toepassingsgebied) },
  };
}

export function openBeleidstoets(ctx: ServiceContext, dossierId: string): BeleidstoetsView {
  return toetsView(ctx.vault.database(), dossierId);
}

function adviesOf(criteria: Gebiedsbeleid | null, antwoorden: IntakeAntwoorden): BeleidsAdvies {
  const uitkomst = toetsBeleid(criteria, antwoorden);
  if (!uitkomst.ok) throw problemsError('Niet alle antwoorden passen bij de beleidsregel.', uitkomst.problemen);
  return uitkomst.advies;
}

/** The advice for these answers and the coordinator's decision, refused when a departure has no reason (Awb 4:84). */
function decide(criteria: Gebiedsbeleid | null, input: ParsedInput<'beleidstoets.record'>) {
  const advies = adviesOf(criteria, input.antwoorden);
  const problemen = beslissingProblemen(advies, input);
  if (problemen.length > 0) throw problemsError(problemen[0]!.melding, problemen);
  return { advies, afwijkingReden: isAfwijking(advies, input) ? input.afwijkingReden!.trim() : null };
}

/** Records the beleidstoets at intake: once per dossier; afterwards it is corrected, with a reason. */
export function recordBeleidstoets(ctx: ServiceContext, input: ParsedInput<'beleidstoets.record'>): CallOutput<'beleidstoets.record'> {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    if (findBeleidstoets(db, dossier.id)) {
      throw new BibobError('CONFLICT', 'De beleidstoets van dit dossier is al vastgelegd. Corrigeer hem, met een reden.');
    }
    const beleid = currentBeleid(db);
    const criteria = gebiedsbeleidVoor(beleid, dossier.toepassingsgebied);
    const { advies, afwijkingReden } = decide(criteria, input);
    const toets: StoredBeleidstoets = {
      beleid: versieVan(beleid),
      criteria,
      antwoorden: input.antwoorden,
      adviesToepassen: advies.toepassen,
      redenen: advies.redenen,
      toepassen: input.toepassen,
      afwijkingReden,
      vastgelegdOp: ctx.now().toISOString(),
      vastgelegdDoor: ctx.actor,
      gecorrigeerdOp: null,
      gecorrigeerdDoor: null,
      correctieReden: null,
    };
    insertBeleidstoets(db, dossier.id, toets);
    return {
      result: toetsView(db, dossier.id),
      audit: {
        action: 'beleidstoets.vastgelegd',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { beleid: `${beleid.naam}, versie ${beleid.versie}`, advies: advies.toepassen ? 'toepassen' : 'niet toepassen', besluit: input.toepassen ? 'toepassen' : 'niet toepassen', afwijking: afwijkingReden !== null, redenen: advies.redenen.map((reden) => reden.artikel) },
      },
    };
  });
}

/** Corrects the recorded toets: the answers and decision change, the beleid version and its criteria stay. */
export function correctBeleidstoetsVan(ctx: ServiceContext, input: ParsedInput<'beleidstoets.correct'>): CallOutput<'beleidstoets.correct'> {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const before = findBeleidstoets(db, dossier.id);
    if (!before) throw new BibobError('NOT_FOUND', 'Dit dossier heeft nog geen beleidstoets om te corrigeren. Leg hem eerst vast.');
    const { advies, afwijkingReden } = decide(before.criteria, input);
    correctBeleidstoets(db, dossier.id, {
      antwoorden: input.antwoorden,
      adviesToepassen: advies.toepassen,
      redenen: advies.redenen,
      toepassen: input.toepassen,
      afwijkingReden,
      op: ctx.now().toISOString(),
      door: ctx.actor,
      reden: input.reden,
    });
    const label = (toepassen: boolean) => (toepassen ? 'toepassen' : 'niet toepassen');
    return {
      result: toetsView(db, dossier.id),
      audit: {
        action: 'beleidstoets.gecorrigeerd',
        entityType: 'dossier',
        entityId: dossier.id,
        details: {
          reden: input.reden,
          advies: [label(before.adviesToepassen), label(advies.toepassen)],
          besluit: [label(before.toepassen), label(input.toepassen)],
          afwijkingReden: [before.afwijkingReden, afwijkingReden],
          beleid: `${before.beleid.naam}, versie ${before.beleid.versie}`,
        },
      },
    };
  });
}
