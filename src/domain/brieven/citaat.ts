/**
 * A legal citation as a letter writes it. The domain data cite briefly ("art. 27 lid 3 Alcoholwet", "art. 7 lid 1
 * Wet Bibob"), which suits the screens; a decision names its legal basis in full, the way its own sentences do
 * ("artikel 3, eerste lid, van de Wet Bibob, in samenhang met artikel 27, derde lid, van de Alcoholwet"), so that
 * one letter does not cite in two styles (Awb 3:47 lid 2: the legal basis is part of the motivation).
 */
const RANGTELWOORDEN = ['', 'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'] as const;

const WETTEN: Readonly<Record<string, string>> = {
  'Wet Bibob': 'de Wet Bibob',
  Alcoholwet: 'de Alcoholwet',
  Omgevingswet: 'de Omgevingswet',
  Awb: 'de Algemene wet bestuursrecht',
};

const KORT = /\bart\. (\d+(?:\.\d+)?[a-z]?)(?: lid (\d+))?(?: (?:onder|sub) ([a-z]))?( \([^)]*\))? (Wet Bibob|Alcoholwet|Omgevingswet|Awb)\b/g;

/** Every brief citation in the text written out in full; anything else (an APV, a full citation) stays as it is. */
export function voluit(tekst: string): string {
  return tekst.replace(KORT, (geheel: string, artikel: string, lid: string | undefined, onder: string | undefined, zin: string | undefined, wet: string) => {
    const rang = lid === undefined ? '' : RANGTELWOORDEN[Number(lid)];
    if (rang === undefined) return geheel;
    const delen = [`artikel ${artikel}`, ...(rang ? [`${rang} lid`] : []), ...(onder ? [`onder ${onder}`] : [])];
    const laatste = `${delen.pop()!}${zin ?? ''}`;
    const citaat = [...delen, laatste].join(', ');
    return `${citaat}${delen.length > 0 ? ',' : ''} van ${WETTEN[wet]}`;
  });
}
