import type { Betrokkene } from '../../../src/contract/schemas';
import { formatCalendarDate } from '../../format';

export function soortLabel(betrokkene: Betrokkene): string {
  if (betrokkene.soort === 'persoon') return 'Natuurlijk persoon';
  return betrokkene.rechtsvorm ? `Rechtspersoon (${betrokkene.rechtsvorm})` : 'Rechtspersoon';
}

/** What tells this person or company apart: KvK-nummer, the masked BSN, or the date and place of birth. */
export function kenmerkOf(betrokkene: Betrokkene): string {
  if (betrokkene.kvkNummer) return `KvK ${betrokkene.kvkNummer}`;
  if (betrokkene.bsnGemaskeerd) return `BSN ${betrokkene.bsnGemaskeerd}`;
  if (betrokkene.geboortedatum) {
    const plaats = betrokkene.geboorteplaats ? ` in ${betrokkene.geboorteplaats}` : '';
    return `Geboren ${formatCalendarDate(betrokkene.geboortedatum)}${plaats}`;
  }
  return 'Niet bekend';
}
