import type { OntvangerCategorie } from './verstrekking';

/*
 * The overdracht (issue 24 §3): one or more dossiers handed over in one encrypted overdrachtspakket, to a colleague
 * of the same bestuursorgaan, to the RIEC for review, or to another bestuursorgaan; and the reactiepakket in which a
 * reviewer's notes come back. Pure rules: the one-time passphrase's form and the legal basis of each choice.
 */

/**
 * The alphabet of the one-time passphrase: digits and capitals without 0, 1, I, L and O, so that nothing is read
 * wrongly when it is passed on by telephone or on paper. 31 characters, 30 of them: log2(31) × 30 ≈ 148 bits.
 */
export const WACHTWOORDZIN_ALFABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const WACHTWOORDZIN_GROEPEN = 6;
export const WACHTWOORDZIN_GROEP = 5;
export const WACHTWOORDZIN_TEKENS = WACHTWOORDZIN_GROEPEN * WACHTWOORDZIN_GROEP;

/** The bits of a passphrase of this form: at least 120 (the brief's floor). */
export function wachtwoordzinBits(): number {
  return WACHTWOORDZIN_TEKENS * Math.log2(WACHTWOORDZIN_ALFABET.length);
}

/** "ABCDE-FGHJK-…": the characters (indexes into the alphabet) in groups of five. */
export function formatWachtwoordzin(indexes: readonly number[]): string {
  if (indexes.length !== WACHTWOORDZIN_TEKENS || indexes.some((index) => !Number.isInteger(index) || index < 0 || index >= WACHTWOORDZIN_ALFABET.length)) {
    throw new RangeError('a passphrase has 30 characters of the alphabet');
  }
  const text = indexes.map((index) => WACHTWOORDZIN_ALFABET[index]).join('');
  return text.match(new RegExp(`.{${WACHTWOORDZIN_GROEP}}`, 'g'))!.join('-');
}

/** What the coordinator typed, without spaces and hyphens and in capitals: the form the key is derived from. */
export function normalizeWachtwoordzin(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, '');
}

export const WACHTWOORDZIN_VORM_MELDING = `Een overdrachtswachtwoordzin heeft ${WACHTWOORDZIN_GROEPEN} groepen van ${WACHTWOORDZIN_GROEP} tekens (cijfers 2–9 en hoofdletters zonder I, L en O).`;

/** Null when the text has the form of a one-time passphrase, else the Dutch message. */
export function wachtwoordzinProblem(text: string): string | null {
  const normalized = normalizeWachtwoordzin(text);
  if (normalized.length !== WACHTWOORDZIN_TEKENS) return WACHTWOORDZIN_VORM_MELDING;
  return [...normalized].every((character) => WACHTWOORDZIN_ALFABET.includes(character)) ? null : WACHTWOORDZIN_VORM_MELDING;
}

/**
 * To whom a package goes, and on what basis (Wet Bibob art. 28, version 2025-07-16):
 *  - 'collega': a colleague of the same bestuursorgaan. The data stay with the body that holds them, so it is no
 *    "doorgeven" of lid 2: an internal hand-over, logged but not in the verstrekkingsregister;
 *  - 'riec' — art. 28 lid 2 onder d: "een andere deelnemer aan een Regionaal Informatie- en Expertisecentrum …,
 *    voorzover de gegevens noodzakelijk zijn voor het ondersteunen van het bestuursorgaan … bij het toepassen van
 *    deze wet";
 *  - 'bestuursorgaan' — art. 28 lid 2 onder m: another bestuursorgaan or rechtspersoon met een overheidstaak, only
 *    when all four conditions 1° to 4° hold; the coordinator confirms each.
 */
export const overdrachtOntvangers = ['collega', 'riec', 'bestuursorgaan'] as const;
export type OverdrachtOntvanger = (typeof overdrachtOntvangers)[number];

export interface OntvangerKeuze {
  readonly label: string;
  /** The basis, as the register and the audit trail name it. */
  readonly grondslag: string;
  /** The category of art. 28 lid 2 under which it is registered as a verstrekking; null for the internal hand-over. */
  readonly categorie: OntvangerCategorie | null;
  /** What the choice says in the form: the law's own conditions. */
  readonly toelichting: string;
}

export const ontvangerKeuzes: Record<OverdrachtOntvanger, OntvangerKeuze> = {
  collega: {
    label: 'Een collega van hetzelfde bestuursorgaan (interne overdracht)',
    grondslag: 'interne overdracht binnen het bestuursorgaan (geen verstrekking in de zin van art. 28 lid 2 Wet Bibob)',
    categorie: null,
    toelichting: 'De gegevens blijven bij het bestuursorgaan dat ze heeft; de overdracht wordt vastgelegd, maar is geen verstrekking aan een ander.',
  },
  riec: {
    label: 'Het RIEC, ter toetsing (art. 28 lid 2 onder d Wet Bibob)',
    grondslag: 'art. 28 lid 2 onder d Wet Bibob',
    categorie: 'd',
    toelichting:
      'Aan een andere deelnemer aan een Regionaal Informatie- en Expertisecentrum, voor zover de gegevens noodzakelijk zijn voor het ondersteunen van het bestuursorgaan bij het toepassen van de Wet Bibob. Geef alleen de dossiers mee die daarvoor nodig zijn.',
  },
  bestuursorgaan: {
    label: 'Een ander bestuursorgaan (art. 28 lid 2 onder m Wet Bibob)',
    grondslag: 'art. 28 lid 2 onder m Wet Bibob',
    categorie: 'm',
    toelichting: 'Aan een ander bestuursorgaan of een andere rechtspersoon met een overheidstaak, alleen wanneer alle vier de voorwaarden van onder m gelden.',
  },
};

/** The four conditions of art. 28 lid 2 onder m Wet Bibob, each of which the coordinator confirms. */
export const voorwaardenSubM = [
  '1°. uit toepassing van artikel 11a, artikel 26 of het tweede lid, onder d, blijkt dat dit bestuursorgaan eerder advies heeft gevraagd over of eigen onderzoek heeft gedaan naar dezelfde persoon naar wie het ontvangende bestuursorgaan eigen onderzoek verricht;',
  '2°. de gegevens zijn niet langer dan vijf jaar geleden verkregen uit eigen onderzoek of een advies van het Landelijk Bureau Bibob;',
  '3°. de verstrekking blijft beperkt tot gegevens over dezelfde persoon die het ontvangende bestuursorgaan zelf zou kunnen verkrijgen door eigen onderzoek of een adviesaanvraag aan het Bureau;',
  '4°. de gegevens zijn noodzakelijk voor het eigen onderzoek van het ontvangende bestuursorgaan naar iemand die daarin is aangemerkt als betrokkene, leidinggevende, zeggenschaphebbende of vermogensverschaffer van betrokkene, als leidinggevende, beheerder, bedrijfsleider of vervoersmanager op de beschikking, of als iemand die op grond van zijn feitelijke invloed met betrokkene gelijk kan worden gesteld.',
] as const;

export const VOORWAARDEN_SUB_M_MELDING = 'Bevestig alle vier de voorwaarden van art. 28 lid 2 onder m Wet Bibob; anders mag het pakket niet naar een ander bestuursorgaan.';

/** Null when the choice may go out as given, else the Dutch refusal (sub m needs its four conditions confirmed). */
export function ontvangerProblem(ontvanger: OverdrachtOntvanger, voorwaardenBevestigd: readonly boolean[] | undefined): string | null {
  if (ontvanger !== 'bestuursorgaan') return null;
  const confirmed = voorwaardenBevestigd ?? [];
  return confirmed.length === voorwaardenSubM.length && confirmed.every(Boolean) ? null : VOORWAARDEN_SUB_M_MELDING;
}

/** The two kinds of package: the hand-over itself and the reviewer's reply with notes. */
export type PakketSoort = 'overdracht' | 'reactie';

/** "ontvangen van Jan Jansen (Gemeente Leiden) op 3 december 2026" — the words are the UI's, the date given formatted. */
export function ontvangenVanTekst(afzender: { naam: string; organisatie: string }, datum: string): string {
  const wie = afzender.organisatie ? `${afzender.naam} (${afzender.organisatie})` : afzender.naam;
  return `ontvangen van ${wie} op ${datum}`;
}
