import { randomUUID } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';
import type { ParsedInput, CallOutput } from '../../src/contract';
import { maskBsn, relatieSoorten, rollen, type RolInfo } from '../../src/domain/betrokkenen';
import { indexDossier } from './dossierService';
import type { VaultDatabase } from '../vault/database';
import type { BetrokkeneInput } from '../../src/contract/schemas';
import { findDossier, requireDossier, setAanvragerNaam } from '../vault/repositories/dossiers';
import {
  betrokkenenOfDossier,
  deleteRelatie,
  dossiersAsAanvrager,
  findBetrokkeneRaw,
  findRelatie,
  relatieExists,
  updateBetrokkene,
  findBetrokkene,
  insertBetrokkene,
  insertRelatie,
  linkBetrokkene,
  mergeBetrokkenen,
  possibleDuplicates,
  unlinkBetrokkene,
} from '../vault/repositories/betrokkenen';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import { indexEntry, removeEntry } from '../vault/repositories/searchIndex';
import { appendAudit } from '../vault/repositories/auditLog';
import { inTransactionWithAudit, type ServiceContext } from './context';
import { refuseSameIdentifier } from './duplicates';

/** The betrokkene with this id, or NOT_FOUND. */
export function requireBetrokkene(db: VaultDatabase, id: string) {
  const betrokkene = findBetrokkene(db, id);
  if (!betrokkene) throw new BibobError('NOT_FOUND', 'Deze betrokkene bestaat niet (meer).');
  return betrokkene;
}

/**
 * Links a betrokkene to a dossier in a role: an existing record (the same person or company across dossiers)
 * or a new one. A new one that looks like an existing record is refused with POSSIBLE_DUPLICATE and the
 * candidates, until the coordinator picks one or confirms that it is someone else.
 */
export function addBetrokkene(ctx: ServiceContext, input: ParsedInput<'betrokkenen.add'>): CallOutput<'betrokkenen.add'> {
  return inTransactionWithAudit(ctx, (db) => {
    requireDossier(db, input.dossierId);
    const at = ctx.now().toISOString();
    let betrokkeneId: string;
    if ('bestaandeId' in input.wie) {
      betrokkeneId = requireBetrokkene(db, input.wie.bestaandeId).id;
    } else {
      refuseSameIdentifier(db, input.wie.nieuw, undefined, (veld) => `wie.nieuw.${veld}`);
      const candidates = possibleDuplicates(db, input.wie.nieuw);
      if (candidates.length > 0 && !input.wie.bevestigNieuw) {
        throw new BibobError('POSSIBLE_DUPLICATE', 'Deze betrokkene lijkt al in de kluis te staan. Kies de bestaande of bevestig dat het iemand anders is.', { candidates });
      }
      betrokkeneId = randomUUID();
      insertBetrokkene(db, betrokkeneId, input.wie.nieuw, at);
      indexEntry(db, 'betrokkene', betrokkeneId, [input.wie.nieuw.naam, input.wie.nieuw.kvkNummer, input.wie.nieuw.adres, input.wie.nieuw.geboorteplaats]);
    }
    const percentage = (rollen[input.rol] as RolInfo).percentage === true ? (input.aandeelPercentage ?? null) : null;
    if (!linkBetrokkene(db, input.dossierId, betrokkeneId, input.rol, percentage, input.toelichting ?? '')) {
      throw new BibobError('CONFLICT', 'Deze betrokkene heeft deze rol al in dit dossier.');
    }
    const naam = requireBetrokkene(db, betrokkeneId).naam;
    appendTimelineEvent(db, input.dossierId, { at, soort: 'betrokkene.toegevoegd', omschrijving: `${naam} toegevoegd als ${rollen[input.rol].label.toLowerCase()}.` });
    return {
      result: { betrokkenen: betrokkenenOfDossier(db, input.dossierId) },
      audit: { action: 'betrokkene.gekoppeld', entityType: 'dossier', entityId: input.dossierId, details: { betrokkeneId, rol: [null, input.rol], aandeelPercentage: [null, percentage] } },
    };
  });
}

export function removeBetrokkeneRol(ctx: ServiceContext, input: ParsedInput<'betrokkenen.removeRole'>): CallOutput<'betrokkenen.removeRole'> {
  return inTransactionWithAudit(ctx, (db) => {
    requireDossier(db, input.dossierId);
    const betrokkene = requireBetrokkene(db, input.betrokkeneId);
    if (!unlinkBetrokkene(db, input.dossierId, input.betrokkeneId, input.rol)) throw new BibobError('NOT_FOUND', 'Deze betrokkene heeft deze rol niet in dit dossier.');
    appendTimelineEvent(db, input.dossierId, { at: ctx.now().toISOString(), soort: 'betrokkene.rol-verwijderd', omschrijving: `${betrokkene.naam} is niet langer ${rollen[input.rol].label.toLowerCase()}.` });
    return {
      result: { betrokkenen: betrokkenenOfDossier(db, input.dossierId) },
      audit: { action: 'betrokkene.ontkoppeld', entityType: 'dossier', entityId: input.dossierId, details: { betrokkeneId: input.betrokkeneId, rol: [input.rol, null] } },
    };
  });
}

export function addRelatie(ctx: ServiceContext, input: ParsedInput<'betrokkenen.relate'>): CallOutput<'betrokkenen.relate'> {
  return inTransactionWithAudit(ctx, (db) => {
    if (input.vanId === input.naarId) throw new BibobError('VALIDATION', 'Een betrokkene kan geen relatie met zichzelf hebben.', { issues: [{ path: 'naarId', message: 'Kies een andere betrokkene.' }] });
    if (input.dossierId) requireDossier(db, input.dossierId);
    const van = requireBetrokkene(db, input.vanId);
    const naar = requireBetrokkene(db, input.naarId);
    if (relatieExists(db, van.id, naar.id, input.soort)) {
      throw new BibobError('CONFLICT', `Deze relatie is al vastgelegd: ${van.naam} ${relatieSoorten[input.soort]} ${naar.naam}.`, { issues: [{ path: 'soort', message: 'Deze relatie bestaat al.' }] });
    }
    const id = randomUUID();
    insertRelatie(db, { id, vanId: van.id, naarId: naar.id, soort: input.soort, percentage: input.percentage ?? null }, ctx.now().toISOString());
    if (input.dossierId) {
      appendTimelineEvent(db, input.dossierId, { at: ctx.now().toISOString(), soort: 'relatie.vastgelegd', omschrijving: `${van.naam} ${relatieSoorten[input.soort]} ${naar.naam}.` });
    }
    return {
      result: { id },
      audit: input.dossierId
        ? { action: 'relatie.vastgelegd', entityType: 'dossier', entityId: input.dossierId, details: { van: van.id, naar: naar.id, soort: input.soort, percentage: input.percentage ?? null } }
        : { action: 'relatie.vastgelegd', entityType: 'betrokkene', entityId: van.id, details: { naar: naar.id, soort: input.soort, percentage: input.percentage ?? null } },
    };
  });
}

/** Merges two records of the same person or company; only with the coordinator's explicit confirmation. */
export function mergeBetrokkene(ctx: ServiceContext, input: ParsedInput<'betrokkenen.merge'>): CallOutput<'betrokkenen.merge'> {
  return inTransactionWithAudit(ctx, (db) => {
    if (input.behoudId === input.samenvoegenId) throw new BibobError('VALIDATION', 'Kies twee verschillende betrokkenen om samen te voegen.');
    const keep = requireBetrokkene(db, input.behoudId);
    const remove = requireBetrokkene(db, input.samenvoegenId);
    const dossiers = mergeBetrokkenen(db, keep.id, remove.id);
    removeEntry(db, 'betrokkene', remove.id);
    const at = ctx.now().toISOString();
    for (const dossierId of dossiers) {
      appendTimelineEvent(db, dossierId, { at, soort: 'betrokkene.samengevoegd', omschrijving: `${remove.naam} samengevoegd met ${keep.naam}.` });
      // Each affected dossier's own audit trail shows the merge too.
      appendAudit(db, { at, actor: ctx.actor, action: 'betrokkene.samengevoegd', entityType: 'dossier', entityId: dossierId, details: { behouden: keep.id, samengevoegd: remove.id } });
    }
    return {
      result: { behouden: keep.id, dossiers },
      audit: { action: 'betrokkene.samengevoegd', entityType: 'betrokkene', entityId: keep.id, details: { samengevoegd: remove.id, naamSamengevoegd: remove.naam, dossiers } },
    };
  });
}

const CORRIGEERBAAR = ['soort', 'naam', 'geboortedatum', 'geboorteplaats', 'bsn', 'kvkNummer', 'rechtsvorm', 'adres'] as const;

/**
 * Corrects the data of a betrokkene, with the reason. A BSN left out keeps the stored one (the renderer only
 * ever sees it masked). The dossiers where it is the aanvrager carry its name along.
 */
export function updateBetrokkeneGegevens(ctx: ServiceContext, input: ParsedInput<'betrokkenen.update'>): CallOutput<'betrokkenen.update'> {
  return inTransactionWithAudit(ctx, (db) => {
    const before = findBetrokkeneRaw(db, input.betrokkeneId);
    if (!before) throw new BibobError('NOT_FOUND', 'Deze betrokkene bestaat niet (meer).');
    if (input.dossierId) requireDossier(db, input.dossierId);
    const next: BetrokkeneInput = {
      ...input.gegevens,
      bsn: input.gegevens.soort === 'persoon' ? (input.gegevens.bsn ?? before.bsn ?? undefined) : undefined,
    };
    refuseSameIdentifier(db, next, before.id, (veld) => `gegevens.${veld}`);
    const oud: Record<string, string | null> = {
      soort: before.soort,
      naam: before.naam,
      geboortedatum: before.geboortedatum,
      geboorteplaats: before.geboorteplaats,
      bsn: before.bsn,
      kvkNummer: before.kvk_nummer,
      rechtsvorm: before.rechtsvorm,
      adres: before.adres,
    };
    const nieuw: Record<string, string | null> = {
      soort: next.soort,
      naam: next.naam,
      geboortedatum: next.geboortedatum ?? null,
      geboorteplaats: next.geboorteplaats ?? null,
      bsn: next.bsn ?? null,
      kvkNummer: next.kvkNummer ?? null,
      rechtsvorm: next.rechtsvorm ?? null,
      adres: next.adres ?? '',
    };
    const changes: Record<string, [string | null, string | null]> = {};
    for (const field of CORRIGEERBAAR) {
      if ((oud[field] ?? '') !== (nieuw[field] ?? '')) {
        // The BSN never goes into the audit trail in full.
        changes[field] = field === 'bsn' ? [oud.bsn ? maskBsn(oud.bsn) : null, nieuw.bsn ? maskBsn(nieuw.bsn) : null] : [oud[field] ?? null, nieuw[field] ?? null];
      }
    }
    if (Object.keys(changes).length === 0) {
      throw new BibobError('VALIDATION', 'Er is niets gewijzigd.', { issues: [{ path: 'gegevens.naam', message: 'Wijzig ten minste één gegeven.' }] });
    }
    const at = ctx.now().toISOString();
    updateBetrokkene(db, before.id, next, at);
    indexEntry(db, 'betrokkene', before.id, [next.naam, next.kvkNummer, next.adres, next.geboorteplaats]);
    const omschrijving = `Gegevens van ${before.naam} gecorrigeerd${changes.naam ? ` (nu: ${next.naam})` : ''}: ${input.reden}`;
    const aanvragerVan = dossiersAsAanvrager(db, before.id);
    for (const dossierId of aanvragerVan) {
      if (changes.naam) {
        setAanvragerNaam(db, dossierId, next.naam, at);
        const dossier = findDossier(db, dossierId);
        if (dossier) indexDossier(db, dossier);
      }
    }
    const linked = (db.prepare('SELECT DISTINCT dossier_id FROM dossier_betrokkene WHERE betrokkene_id = ?').all(before.id) as { dossier_id: string }[]).map((r) => r.dossier_id);
    for (const dossierId of linked) {
      appendTimelineEvent(db, dossierId, { at, soort: 'betrokkene.gecorrigeerd', omschrijving });
      if (dossierId !== input.dossierId) {
        appendAudit(db, { at, actor: ctx.actor, action: 'betrokkene.gecorrigeerd', entityType: 'dossier', entityId: dossierId, details: { betrokkeneId: before.id, ...changes, reden: input.reden } });
      }
    }
    const betrokkene = requireBetrokkene(db, before.id);
    return {
      result: { betrokkene, betrokkenen: input.dossierId ? betrokkenenOfDossier(db, input.dossierId) : [] },
      audit: input.dossierId
        ? { action: 'betrokkene.gecorrigeerd', entityType: 'dossier', entityId: input.dossierId, details: { betrokkeneId: before.id, ...changes, reden: input.reden } }
        : { action: 'betrokkene.gecorrigeerd', entityType: 'betrokkene', entityId: before.id, details: { ...changes, reden: input.reden, dossiers: linked } },
    };
  });
}

/** Removes a recorded relation, with the reason; the audit keeps what it was. */
export function removeRelatie(ctx: ServiceContext, input: ParsedInput<'betrokkenen.removeRelation'>): CallOutput<'betrokkenen.removeRelation'> {
  return inTransactionWithAudit(ctx, (db) => {
    const relatie = findRelatie(db, input.relatieId);
    if (!relatie) throw new BibobError('NOT_FOUND', 'Deze relatie bestaat niet (meer).');
    if (input.dossierId) requireDossier(db, input.dossierId);
    const van = requireBetrokkene(db, relatie.vanId);
    const naar = requireBetrokkene(db, relatie.naarId);
    deleteRelatie(db, relatie.id);
    const at = ctx.now().toISOString();
    const details = { relatieId: relatie.id, van: [relatie.vanId, null], naar: [relatie.naarId, null], soort: [relatie.soort, null], percentage: [relatie.percentage, null], reden: input.reden };
    if (input.dossierId) {
      appendTimelineEvent(db, input.dossierId, { at, soort: 'relatie.verwijderd', omschrijving: `Relatie verwijderd: ${van.naam} ${relatieSoorten[relatie.soort]} ${naar.naam}. Reden: ${input.reden}` });
    }
    return {
      result: { id: relatie.id },
      audit: input.dossierId
        ? { action: 'relatie.verwijderd', entityType: 'dossier', entityId: input.dossierId, details }
        : { action: 'relatie.verwijderd', entityType: 'betrokkene', entityId: relatie.vanId, details },
    };
  });
}
