/**
 * Disclosure of Bibob data (../shared/bibob-domain.md §7). Wet Bibob art. 28 lid 1: whoever obtains data about a
 * third party under this law keeps them secret. Lid 2 is the closed list of who may receive the data of an LBB
 * advice, and art. 7a lid 6 applies that list to the betrokkene's answers and documents and to the findings of the
 * eigen onderzoek. So every disclosure the app makes (an export, a letter, a hand-over) names its recipient's
 * category from this list and is registered; a disclosure without one is refused.
 */
export const ontvangerCategorieen = {
  a: 'De betrokkene, voor zover nodig ter motivering van de beslissing',
  b: 'Een derde die in de motivering wordt genoemd, alleen de gegevens die hem betreffen',
  c: 'Het overleg van art. 13 Politiewet 2012 (burgemeester, officier van justitie, politiechef)',
  d: 'Een andere deelnemer aan een RIEC',
  e: 'De bezwaaradviescommissie (art. 7:13 Awb)',
  f: 'Kwaliteitstoetsing, wetenschappelijk onderzoek of statistiek (zonder persoonsgegevens in de resultaten)',
  g: 'De Algemene Rekenkamer',
  h: 'De Nationale ombudsman',
  i: 'De Autoriteit persoonsgegevens',
  j: 'De rechter',
  k: 'Opsporingsambtenaren die gegevens vorderen (Wetboek van Strafvordering)',
  l: 'De inlichtingen- en veiligheidsdiensten (art. 39 Wiv 2017)',
  m: 'Een ander bestuursorgaan dat dezelfde persoon onderzoekt (gegevens hoogstens vijf jaar oud)',
  n: 'De omgevingsdienst, voor zover nodig voor art. 3 Wet Bibob',
  o: 'De Kamer van Koophandel, voor zover nodig voor art. 38a Handelsregisterwet 2007',
} as const;

export type OntvangerCategorie = keyof typeof ontvangerCategorieen;
export const ontvangerCategorieIds = Object.keys(ontvangerCategorieen) as [OntvangerCategorie, ...OntvangerCategorie[]];

/** "art. 28 lid 2 onder d Wet Bibob" */
export function categorieGrondslag(categorie: OntvangerCategorie): string {
  return `art. 28 lid 2 onder ${categorie} Wet Bibob`;
}
