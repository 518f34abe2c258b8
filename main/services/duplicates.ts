import { BibobError } from '../../src/contract/errors';
import type { BetrokkeneInput } from '../../src/contract/schemas';
import type { VaultDatabase } from '../vault/database';
import { sameIdentifier } from '../vault/repositories/betrokkenen';

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
