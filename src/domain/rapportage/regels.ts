import { toepassingsgebiedInfo, toepassingsgebieden } from '../toepassingsgebied';
import { categorieLabels, uitkomstCategorieen, type Jaarverslag } from './jaarverslag';

/** One line of the report table: what it counts, and its value per year (oldest first). */
export interface RapportRegel {
  readonly onderdeel: string;
  readonly kop?: boolean;
  readonly waarden: readonly string[];
}

const getal = (waarde: number | null) => (waarde === null ? '–' : Number.isInteger(waarde) ? String(waarde) : waarde.toFixed(1).replace('.', ','));
const procent = (waarde: number | null) => (waarde === null ? '–' : `${Math.round(waarde * 100)}%`);

/** The report as a table: the same lines in the app, the CSV and the .docx. */
export function rapportRegels(verslagen: readonly Jaarverslag[]): RapportRegel[] {
  const regel = (onderdeel: string, waarde: (verslag: Jaarverslag) => string): RapportRegel => ({ onderdeel, waarden: verslagen.map(waarde) });
  const kop = (onderdeel: string): RapportRegel => ({ onderdeel, kop: true, waarden: verslagen.map(() => '') });
  const perGebied = (titel: string, veld: 'gestart' | 'lopendEindeJaar' | 'afgerond') => [
    regel(titel, (verslag) => getal(verslag[veld].totaal)),
    ...toepassingsgebieden.map((gebied) => regel(`  ${toepassingsgebiedInfo[gebied].label}`, (verslag) => getal(verslag[veld][gebied]))),
  ];
  return [
    kop('Onderzoeken'),
    ...perGebied('Gestart', 'gestart'),
    ...perGebied('Lopend op 31 december', 'lopendEindeJaar'),
    ...perGebied('Afgerond', 'afgerond'),
    kop('Afgeronde onderzoeken naar uitkomst'),
    ...uitkomstCategorieen.map((categorie) => regel(categorieLabels[categorie], (verslag) => getal(verslag.uitkomsten[categorie]))),
    regel('Effectiviteitsratio', (verslag) => procent(verslag.effectiviteit.ratio)),
    kop('Informatie en advies'),
    regel('Informatieverzoeken verzonden', (verslag) => getal(verslag.verzoeken.verzonden)),
    regel('Informatieverzoeken beantwoord', (verslag) => getal(verslag.verzoeken.beantwoord)),
    regel('Adviesaanvragen aan het LBB', (verslag) => getal(verslag.lbb.adviesaanvragen)),
    regel('Meldingen aan het LBB (art. 7a lid 7)', (verslag) => getal(verslag.lbb.meldingenLid7)),
    regel('Meldingen aan het LBB (art. 7a lid 8)', (verslag) => getal(verslag.lbb.meldingenLid8)),
    kop('Doorlooptijd en termijnen'),
    regel('Mediane doorlooptijd in dagen', (verslag) => getal(verslag.doorlooptijdMediaan.totaal)),
    ...toepassingsgebieden.map((gebied) => regel(`  ${toepassingsgebiedInfo[gebied].label}`, (verslag) => getal(verslag.doorlooptijdMediaan[gebied]))),
    regel('Besloten na de beslistermijn', (verslag) => getal(verslag.naBeslistermijn)),
  ];
}
