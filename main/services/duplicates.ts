import { BibobError } from '../../src/contract/errors';
import type { Betrokkene, BetrokkeneInput } from '../../src/contract/schemas';
import { matchKey, type BetrokkeneSoort } from '../../src/domain/betrokkenen';
import type { VaultDatabase } from '../vault/database';
import { betrokkenenOfDossier, sameIdentifier } from '../vault/repositories/betrokkenen';

/**
 * Refuses a second person with the same BSN or a second company with the same KvK-nummer: CONFLICT, naming
 * the existing record, with its id in the details so the UI can offer it.
 */
export function refuseSameIdentifier(
  db: VaultDatabase,
  input: Pick<BetrokkeneInput, 'soort' | 'bsn' | 'kvkNummer'>,
  excludeId: string | undefined,
  pathOf: (veld: 'bsn' | 'kvkNummer') => string,
): void {
  const same = sameIdentifier(db, input, excludeId);
  if (!same) return;
  const wat = same.veld === 'bsn' ? 'dit BSN' : 'dit KvK-nummer';
  const message = `Er is al een betrokkene met ${wat}: ${same.betrokkene.naam.replace(/\.$/, '')}. Kies die bestaande betrokkene.`;
  throw new BibobError('CONFLICT', message, {
    bestaandeId: same.betrokkene.id,
    bestaandeNaam: same.betrokkene.naam,
    issues: [{ path: pathOf(same.veld), message }],
  });
}

/**
 * The dossier's own aanvrager that a person or company named elsewhere (a proposal from the answers of the
 * vragenformulier) is: the same KvK-nummer, or the same name once normalised (matchKey) when the kind, if known, is
 * the same. Null when it is none of them: then the usual duplicate search of the vault applies.
 */
export function sameAsAanvrager(aanvragers: readonly Betrokkene[], named: { naam: string; soort?: BetrokkeneSoort; kvkNummer?: string }): Betrokkene | null {
  if (named.kvkNummer) {
    const byNumber = aanvragers.find((aanvrager) => aanvrager.kvkNummer === named.kvkNummer);
    if (byNumber) return byNumber;
  }
  const key = matchKey(named.naam);
  if (key === '') return null;
  return aanvragers.find((aanvrager) => (named.soort === undefined || named.soort === aanvrager.soort) && matchKey(aanvrager.naam) === key) ?? null;
}

/** The betrokkenen of the dossier in the role of aanvrager. */
export function aanvragersOf(db: VaultDatabase, dossierId: string): Betrokkene[] {
  return betrokkenenOfDossier(db, dossierId)
    .filter((link) => link.rollen.some((rol) => rol.rol === 'aanvrager'))
    .map((link) => link.betrokkene);
}
