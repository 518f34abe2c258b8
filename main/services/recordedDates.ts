import { datumProblemen, datumRegels, feitenVoor, type DatumFeiten, type FeitSleutel } from '../../src/domain/datumregels';
import type { VaultDatabase } from '../vault/database';
import { findDossier } from '../vault/repositories/dossiers';
import { findVragenformulier } from '../vault/repositories/vragenformulieren';
import { findHerstelverzoek } from '../vault/repositories/herstelverzoeken';
import { findInformatieverzoek, findLbbDataRequest } from '../vault/repositories/informatieverzoeken';
import { findPartij, partijenOfDossier } from '../vault/repositories/zienswijzen';
import { readTermSettings } from './deadlineService';
import { today, type ServiceContext } from './context';
import { problemsError } from './problems';

/** The records a call's input points at, found once: the dossier, and the request or invitation it names. */
interface Anchors {
  readonly dossierId: string | null;
  readonly herstelVerzonden: string | null;
  readonly verzoekVerzonden: string | null;
  readonly lbbGegevensVerzocht: string | null;
  readonly uitgenodigd: string | null;
}

function stringField(input: unknown, key: string): string | null {
  if (input === null || typeof input !== 'object') return null;
  const value = (input as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

function anchorsOf(db: VaultDatabase, name: string, input: unknown): Anchors {
  const none = { herstelVerzonden: null, verzoekVerzonden: null, lbbGegevensVerzocht: null, uitgenodigd: null };
  const herstelId = stringField(input, 'herstelId');
  if (herstelId) {
    const herstel = findHerstelverzoek(db, herstelId);
    return { ...none, dossierId: herstel?.dossierId ?? null, herstelVerzonden: herstel?.verzondenOp ?? null };
  }
  const gegevensverzoekId = stringField(input, 'gegevensverzoekId');
  if (gegevensverzoekId) {
    const gegevens = findLbbDataRequest(db, gegevensverzoekId);
    const verzoek = gegevens ? findInformatieverzoek(db, gegevens.verzoekId) : null;
    return { ...none, dossierId: verzoek?.dossierId ?? null, verzoekVerzonden: verzoek?.verzondenOp ?? null, lbbGegevensVerzocht: gegevens?.verzochtOp ?? null };
  }
  const verzoekId = stringField(input, 'verzoekId');
  if (verzoekId) {
    const verzoek = findInformatieverzoek(db, verzoekId);
    return { ...none, dossierId: verzoek?.dossierId ?? null, verzoekVerzonden: verzoek?.verzondenOp ?? null };
  }
  const partijId = stringField(input, 'partijId');
  if (partijId) {
    const partij = findPartij(db, partijId);
    return { ...none, dossierId: partij?.dossierId ?? null, uitgenodigd: partij?.uitgenodigdOp ?? null };
  }
  const dossierId = stringField(input, 'dossierId') ?? (name.startsWith('dossiers.') ? stringField(input, 'id') : null);
  return { ...none, dossierId };
}

function readFact(db: VaultDatabase, feit: FeitSleutel, anchors: Anchors): string | null {
  const { dossierId } = anchors;
  switch (feit) {
    case 'aanvraagOntvangen':
      return dossierId ? (findDossier(db, dossierId)?.ontvangenOp ?? null) : null;
    case 'vragenformulierVerzonden':
      return dossierId ? (findVragenformulier(db, dossierId)?.verzondenOp ?? null) : null;
    case 'vragenformulierOntvangen':
      return dossierId ? (findVragenformulier(db, dossierId)?.ontvangenOp ?? null) : null;
    case 'openZienswijzetermijnEinde': {
      if (!dossierId) return null;
      // Only the round on the current intended outcome holds up the besluit (art. 33 lid 1 Wet Bibob).
      const uitkomst = findDossier(db, dossierId)?.uitkomst ?? null;
      const open = partijenOfDossier(db, dossierId).filter((partij) => partij.ontvangenOp === null && partij.uitkomst === uitkomst).map((partij) => partij.termijnTot);
      return open.length === 0 ? null : open.reduce((a, b) => (a > b ? a : b));
    }
    case 'herstelVerzonden':
    case 'verzoekVerzonden':
    case 'lbbGegevensVerzocht':
    case 'uitgenodigd':
      return anchors[feit];
  }
}

/**
 * Refuses a call whose input records a date that cannot be true (the table of src/domain/datumregels.ts): after
 * today where the law means a date that has been, or before what it follows in this dossier's history. A call whose
 * records do not exist passes here; its service answers NOT_FOUND.
 */
export function checkRecordedDates(ctx: ServiceContext, name: string, input: unknown): void {
  const regels = Object.prototype.hasOwnProperty.call(datumRegels, name) ? datumRegels[name]! : [];
  if (regels.length === 0) return;
  const db = ctx.vault.database();
  const nodig = feitenVoor(regels);
  const feiten: DatumFeiten = {};
  if (nodig.length > 0) {
    const anchors = anchorsOf(db, name, input);
    for (const feit of nodig) feiten[feit] = readFact(db, feit, anchors);
  }
  const problemen = datumProblemen(regels, input, feiten, today(ctx), { decreedDays: readTermSettings(db).decreedDays });
  if (problemen.length > 0) throw problemsError('Een of meer datums kunnen niet kloppen. Zie de meldingen bij de velden.', problemen);
}
