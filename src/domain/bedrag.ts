/*
 * Amounts in euros the coordinator records (investments, their origin, answers of the vragenformulier). An amount
 * is positive where it says what something cost or brought in, and below a ceiling no Bibob case reaches, so that a
 * slip of the keyboard ("99999999999999") is caught instead of stored.
 */

/** € 10 miljard: above any investment or real-estate transaction of a municipality. */
export const MAX_BEDRAG_EURO = 10_000_000_000;
export const MAX_BEDRAG_CENT = MAX_BEDRAG_EURO * 100;

export const BEDRAG_FORMAAT = "Vul een bedrag in euro's in, bijvoorbeeld 12.345,67.";
export const BEDRAG_TE_GROOT = 'Dit bedrag is groter dan € 10.000.000.000. Controleer het aantal cijfers.';
export const BEDRAG_NEGATIEF = 'Een bedrag kan niet negatief zijn. ' + BEDRAG_FORMAAT;
export const BEDRAG_NUL = 'Vul een bedrag groter dan € 0 in.';
