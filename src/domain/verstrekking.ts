/**
 * Disclosure of Bibob data (../shared/bibob-domain.md §7). Wet Bibob art. 28 lid 1: whoever obtains data about a
 * third party under this law keeps them secret. Lid 2 is the closed list of who may receive the data of an LBB
 * advice, and art. 7a lid 6 applies that list to the betrokkene's answers and documents and to the findings of the
 * eigen onderzoek. Transfers to the Landelijk Bureau Bibob and to the rijksbelastingdienst do not rest on that list
 * but on the law's own provisions (below). So every disclosure the app makes (an export, a letter, a hand-over)
 * names its legal basis — a category of lid 2 or one of those provisions — and is registered; a disclosure without
 * one is refused.
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

/**
 * The transfers that rest on a provision of their own (Wet Bibob, version 2025-07-16):
 *  - art. 9 with art. 7a lid 4: the body that asks the Bureau for advice sends it the betrokkene's data and documents
 *    with the findings of the eigen onderzoek;
 *  - art. 7a lid 7 and lid 8 with art. 11a lid 2: the melding of a conclusion of (lesser) danger reached without an
 *    advice, or of a suspected withdrawal, with the data of art. 11a lid 2;
 *  - art. 7c: the request to the rijksbelastingdienst for data on a vergrijpboete about the persons of lid 2.
 */
export const eigenGrondslagen = {
  'lbb-adviesaanvraag': { ontvanger: 'Landelijk Bureau Bibob', label: 'Het Landelijk Bureau Bibob: adviesaanvraag met de gegevens en bevindingen', grondslag: 'art. 9 met art. 7a lid 4 Wet Bibob' },
  'lbb-melding': { ontvanger: 'Landelijk Bureau Bibob', label: 'Het Landelijk Bureau Bibob: melding na eigen onderzoek of van terugtrekking', grondslag: 'art. 7a lid 7 of lid 8 met art. 11a Wet Bibob' },
  belastingdienst: { ontvanger: 'Belastingdienst', label: 'De rijksbelastingdienst: verzoek om gegevens over vergrijpboetes', grondslag: 'art. 7c Wet Bibob' },
} as const;

export type EigenGrondslag = keyof typeof eigenGrondslagen;
export type VerstrekkingGrondslag = OntvangerCategorie | EigenGrondslag;
export const eigenGrondslagIds = Object.keys(eigenGrondslagen) as EigenGrondslag[];
export const verstrekkingGrondslagIds = [...ontvangerCategorieIds, ...eigenGrondslagIds] as [VerstrekkingGrondslag, ...VerstrekkingGrondslag[]];

export function isEigenGrondslag(id: VerstrekkingGrondslag): id is EigenGrondslag {
  return id in eigenGrondslagen;
}

/** "art. 28 lid 2 onder d Wet Bibob", "art. 7c Wet Bibob" */
export function categorieGrondslag(grondslag: VerstrekkingGrondslag): string {
  return isEigenGrondslag(grondslag) ? eigenGrondslagen[grondslag].grondslag : `art. 28 lid 2 onder ${grondslag} Wet Bibob`;
}

/** The choice as a form lists it. */
export function grondslagLabel(grondslag: VerstrekkingGrondslag): string {
  return isEigenGrondslag(grondslag) ? `${eigenGrondslagen[grondslag].label} (${eigenGrondslagen[grondslag].grondslag})` : `${grondslag}. ${ontvangerCategorieen[grondslag]}`;
}

/**
 * What the export of a letter is, decided by what the letter is when it is made:
 *  - 'geen': no disclosure at all — the internal advice goes to the bestuursorgaan that decides, within the body
 *    that holds the data (it is not "verstrekken" to someone else), so it is not registered;
 *  - 'vast': the letter itself fixes recipient and basis (a request to or melding for the LBB, a request to the
 *    Belastingdienst);
 *  - 'kiezen': the coordinator names the recipient's category of art. 28 lid 2 when exporting.
 */
export type BriefVerstrekking = { readonly soort: 'geen' } | { readonly soort: 'vast'; readonly grondslag: EigenGrondslag; readonly ontvanger: string } | { readonly soort: 'kiezen' };

export function verstrekkingVanBrief(briefSoort: string, geadresseerde: string | null): BriefVerstrekking {
  const vast = (grondslag: EigenGrondslag): BriefVerstrekking => ({ soort: 'vast', grondslag, ontvanger: eigenGrondslagen[grondslag].ontvanger });
  if (briefSoort === 'intern-advies') return { soort: 'geen' };
  if (briefSoort === 'adviesaanvraag-lbb') return vast('lbb-adviesaanvraag');
  if (briefSoort === 'melding-lbb') return vast('lbb-melding');
  if (briefSoort === 'informatieverzoek' && geadresseerde === 'belastingdienst-vergrijpboetes') return vast('belastingdienst');
  return { soort: 'kiezen' };
}
