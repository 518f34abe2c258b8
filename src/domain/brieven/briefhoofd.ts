import { z } from 'zod';
import { apvVergunningenSchema } from './apvVergunning';
import { huisstijlSchema, STANDAARD_HUISSTIJL } from './huisstijl';
import { zetTekst } from './typografie';

/**
 * The municipality's letterhead (../shared/bibob-domain.md §10: every letter carries the letterhead, date,
 * kenmerk, subject, addressee, contact and signatory). Kept in the vault's settings; letters to the applicant are
 * refused until it is filled in.
 */
const regel = (wat: string, max: number) =>
  z
    .string({ error: `Vul ${wat} in.` })
    .trim()
    .min(1, { error: `Vul ${wat} in.` })
    .max(max, { error: `Hoogstens ${max} tekens.` })
    .regex(/^[^\u0000-\u0009\u000b-\u001f\u007f]*$/, { error: 'De tekst bevat tekens die niet zijn toegestaan.' });

export const briefhoofdSchema = z.strictObject({
  gemeente: regel('de naam van de gemeente', 120),
  /** The return address, one line per line. */
  adres: regel('het adres van de gemeente', 400),
  ondertekenaar: regel('de naam van de ondertekenaar', 200),
  functie: regel('de functie van de ondertekenaar (bijvoorbeeld: de burgemeester van Leiden)', 200),
  contact: regel('hoe de ontvanger contact opneemt (telefoon of e-mail)', 200),
  /** Where a bezwaarschrift goes (art. 3:45 lid 2 Awb); a besluit letter is refused without it. */
  bezwaarAdres: z
    .string()
    .trim()
    .max(400, { error: 'Hoogstens 400 tekens.' })
    .regex(/^[^\u0000-\u0009\u000b-\u001f\u007f]*$/, { error: 'De tekst bevat tekens die niet zijn toegestaan.' })
    .default(''),
  /** Logo, colour, font and kenmerk format; the defaults give a plain letter. */
  huisstijl: huisstijlSchema.default(STANDAARD_HUISSTIJL),
  /** Per kind of decision on an APV permit: the permit's name and APV article as letters name it. */
  apvVergunningen: apvVergunningenSchema.optional(),
});
export type Briefhoofd = z.infer<typeof briefhoofdSchema>;

/** Everything around the body of a letter to a person or organisation. */
export interface BriefOmslag {
  readonly briefhoofd: Briefhoofd;
  readonly datum: string;
  readonly kenmerk: string;
  readonly onderwerp: string;
  readonly geadresseerde: readonly string[];
  /** The signature of a decision or voornemen, by or on behalf of its body (./bestuursorgaan.ts); absent: the letterhead's signatory. */
  readonly ondertekening?: readonly string[] | undefined;
}

/**
 * The closing block of a letter, one line each ('' for an empty line): the greeting, the signature, the contact.
 * The writers keep it together on one page, so the contact line never stands alone on the next.
 */
export function slotRegels(omslag: BriefOmslag): string[] {
  const { briefhoofd } = omslag;
  // The letterhead's function ("de burgemeester van Proefstad") opens the signature: a capital and a comma.
  const functie = briefhoofd.functie.trim().replace(/,$/, '');
  const handtekening = omslag.ondertekening ? [...omslag.ondertekening] : [`${functie.charAt(0).toUpperCase()}${functie.slice(1)},`, '', briefhoofd.ondertekenaar];
  const contact = briefhoofd.contact.trim().replace(/\.$/, '');
  return ['Met vriendelijke groet,', ...handtekening, '', `Voor vragen kunt u contact opnemen met ${contact}.`].map(zetTekst);
}
