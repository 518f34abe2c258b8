import type { Geadresseerde } from './types';

export interface AddresseeInfo {
  readonly label: string;
  /** What the request can yield, for the coordinator choosing an addressee. */
  readonly toelichting: string;
  readonly legalBasis: string;
  /** Days a request usually gets before the coordinator should chase it; the due date stays editable. */
  readonly standaardTermijnDagen: number;
}

/**
 * The addressees of a request, with where the information may come from in law. The LBB advises within 8 weeks
 * (art. 15 lid 1 Wet Bibob); the other terms are working agreements, not law, so they are only a starting point.
 */
export const addressees: Readonly<Record<Geadresseerde, AddresseeInfo>> = {
  riec: {
    label: 'RIEC (politie, Openbaar Ministerie, Belastingdienst)',
    toelichting: 'Gesloten bronnen van de RIEC-partners. Wat het RIEC verstrekt, valt onder de geheimhouding van art. 28 Wet Bibob en draagt vaak eigen gebruiksbeperkingen.',
    legalBasis: 'RIEC-convenant; verstrekking aan RIEC-deelnemers: art. 28 lid 2 onder d Wet Bibob',
    standaardTermijnDagen: 28,
  },
  'belastingdienst-vergrijpboetes': {
    label: 'Belastingdienst: vergrijpboetes',
    toelichting: 'Gegevens over vergrijpboetes op grond van de Algemene wet inzake rijksbelastingen, over de betrokkene en de personen van art. 7c lid 2.',
    legalBasis: 'art. 7c Wet Bibob',
    standaardTermijnDagen: 28,
  },
  'ander-bestuursorgaan': {
    label: 'Ander bestuursorgaan',
    toelichting: 'Gegevens uit een eerder eigen onderzoek of LBB-advies van een ander bestuursorgaan over dezelfde persoon, niet langer dan vijf jaar geleden verkregen.',
    legalBasis: 'art. 28 lid 2 onder m Wet Bibob',
    standaardTermijnDagen: 28,
  },
  'justitiele-documentatie': {
    label: 'Justitiële documentatie (Justid)',
    toelichting: 'Strafrechtelijke gegevens uit het justitieel documentatiesysteem.',
    legalBasis: 'Wet justitiële en strafvorderlijke gegevens',
    standaardTermijnDagen: 14,
  },
  lbb: {
    label: 'Landelijk Bureau Bibob (adviesaanvraag)',
    toelichting: 'Een advies over de mate van gevaar (art. 9 Wet Bibob). Alleen als de wet voor deze soort besluit de bevoegdheid geeft, en met de bevindingen van het eigen onderzoek (art. 7a lid 4).',
    legalBasis: 'art. 9 Wet Bibob',
    standaardTermijnDagen: 56,
  },
};

/** The addressee as letters and the timeline name it: the kind, with the named body in brackets when there is one. */
export function addresseeName(verzoek: { readonly geadresseerde: Geadresseerde; readonly geadresseerdeNaam: string | null }): string {
  const label = addressees[verzoek.geadresseerde].label;
  return verzoek.geadresseerdeNaam ? `${label} (${verzoek.geadresseerdeNaam})` : label;
}
