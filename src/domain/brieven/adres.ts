/**
 * The addressee's postal address (../shared/bibob-domain.md §10): a besluit takes effect only once it is made known
 * to the addressee (Awb 3:40), by sending or handing it to the addressee, the applicant included (3:41 lid 1), and the bezwaar term runs from
 * then (Awb 6:8). So a letter to a person goes out only with a full postal address in its address block.
 */

/** The address as lines: "Markt 1, 2311 AA Leiden" or one line per line. */
export function adresRegels(adres: string | null | undefined): string[] {
  return (adres ?? '')
    .split(/\n|,\s*/)
    .map((regel) => regel.trim())
    .filter((regel) => regel !== '');
}

const POSTCODE_PLAATS = /^[1-9]\d{3} ?[A-Za-z]{2}\s+\S/;
const STRAAT_NUMMER = /\S\s+\d+/;
const POSTBUS = /^postbus\s+\d+/i;

/**
 * What an address lacks for a letter, in Dutch, naming whom it concerns; empty when it is complete. Complete: a
 * street with a house number (or a Postbus) and a Dutch postcode with place — or, for an address abroad, at least
 * three lines of which one has a number (the last naming the country).
 */
export function adresProblemen(naam: string, adres: string | null | undefined): string[] {
  const regels = adresRegels(adres);
  if (regels.length === 0) {
    return [`Van ${naam} is geen adres vastgelegd. Een brief gaat alleen uit met een volledig postadres (art. 3:41 Awb): vul het adres in bij de betrokkenen (corrigeren).`];
  }
  const straat = regels.some((regel) => POSTBUS.test(regel) || (STRAAT_NUMMER.test(regel) && !POSTCODE_PLAATS.test(regel)));
  const postcode = regels.some((regel) => POSTCODE_PLAATS.test(regel));
  const buitenland = !postcode && regels.length >= 3 && regels.some((regel) => /\d/.test(regel));
  const ontbreekt: string[] = [];
  if (!straat && !buitenland) ontbreekt.push('straat en huisnummer (of postbus)');
  if (!postcode && !buitenland) ontbreekt.push('postcode en woonplaats');
  if (ontbreekt.length === 0) return [];
  return [`Het adres van ${naam} ("${regels.join(', ')}") mist ${ontbreekt.join(' en ')}. Een brief gaat alleen uit met een volledig postadres (art. 3:41 Awb): vul het aan bij de betrokkenen (corrigeren).`];
}
