/**
 * Betrokkenen: the persons and legal entities a Bibob screening concerns (Wet Bibob art. 3 lid 4 for the
 * relations that count, art. 7a lid 2 for the minimum data), and how each is linked to a dossier.
 */
export const betrokkeneSoorten = ['persoon', 'rechtspersoon'] as const;
export type BetrokkeneSoort = (typeof betrokkeneSoorten)[number];

export interface RolInfo {
  readonly label: string;
  readonly legalBasis: string;
  /** Whether a share percentage belongs with the role. */
  readonly percentage?: boolean;
}

export const rollen = {
  aanvrager: { label: 'Aanvrager', legalBasis: 'art. 7a lid 2 sub a Wet Bibob' },
  vertegenwoordiger: { label: 'Vertegenwoordiger', legalBasis: 'art. 7a lid 2 sub b en c Wet Bibob' },
  bestuurder: { label: 'Bestuurder', legalBasis: 'art. 3 lid 4 sub b/c Wet Bibob (leidinggevende)' },
  vennoot: { label: 'Vennoot', legalBasis: 'art. 3 lid 4 sub b/c Wet Bibob' },
  aandeelhouder: { label: 'Aandeelhouder', legalBasis: 'art. 3 lid 4 sub b/c Wet Bibob (zeggenschap, vermogen)', percentage: true },
  ubo: { label: 'UBO (uiteindelijk belanghebbende)', legalBasis: 'art. 3 lid 4 sub c Wet Bibob (zeggenschaphebbende)', percentage: true },
  leidinggevende: { label: 'Leidinggevende', legalBasis: 'art. 3 lid 4 sub c Wet Bibob; art. 7a lid 2 sub g onder 1°' },
  zeggenschaphebbende: { label: 'Zeggenschaphebbende', legalBasis: 'art. 3 lid 4 sub c Wet Bibob; art. 7a lid 2 sub g onder 2°' },
  vermogensverschaffer: { label: 'Vermogensverschaffer of geldverstrekker', legalBasis: 'art. 3 lid 4 sub c Wet Bibob; art. 7a lid 2 sub g onder 3° en sub h' },
  onderaannemer: { label: 'Onderaannemer', legalBasis: 'art. 7a lid 2 sub g onder 4° Wet Bibob' },
  verhuurder: { label: 'Verhuurder of eigenaar van het pand', legalBasis: 'art. 3 lid 4 sub c Wet Bibob (zakelijk samenwerkingsverband)' },
  gelijkgestelde: { label: 'Met de aanvrager gelijk te stellen persoon', legalBasis: 'art. 5.31 lid 2 Omgevingswet' },
  samenwerkingsverband: { label: 'Ander zakelijk samenwerkingsverband', legalBasis: 'art. 3 lid 4 sub c Wet Bibob' },
} as const satisfies Record<string, RolInfo>;

export type Rol = keyof typeof rollen;
export const rolIds = Object.keys(rollen) as [Rol, ...Rol[]];

/** What is known of a role id, or undefined for a role the app does not know (older data, another version). */
export function rolInfo(rol: string): RolInfo | undefined {
  return Object.hasOwn(rollen, rol) ? (rollen as Record<string, RolInfo>)[rol] : undefined;
}

/** The Dutch label of a role id, or the text itself for a role the app does not know. */
export function rolLabel(rol: string): string {
  return rolInfo(rol)?.label ?? rol;
}

/**
 * The message for a betrokkene without a name, naming the role: "Vul de naam van de bestuurder in." Without a
 * known role it speaks of "de betrokkene".
 */
export function naamOntbreektMelding(rol?: string): string {
  const label = rol === undefined ? 'betrokkene' : rolLabel(rol);
  // Lower-case the first letter of a word, not of an abbreviation such as UBO.
  const inZin = /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return `Vul de naam van de ${inZin} in.`;
}

/** Ownership and control between betrokkenen: "van" is bestuurder, aandeelhouder … of "naar". */
export const relatieSoorten = {
  'bestuurder-van': 'is bestuurder van',
  'aandeelhouder-van': 'is aandeelhouder van',
  'ubo-van': 'is UBO van',
  'financier-van': 'financiert',
  'verhuurder-aan': 'verhuurt aan',
  'samenwerkingsverband-met': 'heeft een zakelijk samenwerkingsverband met',
} as const;
export type RelatieSoort = keyof typeof relatieSoorten;
export const relatieSoortIds = Object.keys(relatieSoorten) as [RelatieSoort, ...RelatieSoort[]];

/** The elfproef of the burgerservicenummer: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11, not all zero. */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || /^0+$/.test(bsn)) return false;
  const digits = [...bsn].map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, index) => total + digit * (9 - index), 0) - digits[8]!;
  return sum % 11 === 0;
}

/** Shown everywhere the BSN appears: only its last three digits. */
export function maskBsn(bsn: string): string {
  return `••••••${bsn.slice(-3)}`;
}

/**
 * A KvK-nummer is 8 digits (Handelsregisterbesluit 2008; a leading zero is part of it). The KvK publishes no
 * check digit, so the app checks the form only.
 */
export function isValidKvkNummer(kvk: string): boolean {
  return /^\d{8}$/.test(kvk);
}

/** A name folded for matching the same person or company across dossiers: case, diacritics, legal-form noise. */
export function matchKey(naam: string): string {
  return naam
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(b\.?\s?v\.?|n\.?\s?v\.?|v\.?\s?o\.?\s?f\.?|c\.?\s?v\.?|holding)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
