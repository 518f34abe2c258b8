import { randomUUID } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';
import type { ParsedInput, CallOutput } from '../../src/contract';
import { relatieSoorten, rollen, type RolInfo } from '../../src/domain/betrokkenen';
import type { VaultDatabase } from '../vault/database';
import { requireDossier } from '../vault/repositories/dossiers';
import {
  betrokkenenOfDossier,
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

function requireBetrokkene(db: VaultDatabase, id: string) {
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
    const van = requireBetrokkene(db, input.vanId);
    const naar = requireBetrokkene(db, input.naarId);
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
