import type { Beleidsregel, Gebiedsbeleid } from './beleidsregel';

/*
 * The example beleid shipped with the app: in use until the municipality enters its own beleidsregel. Its criteria
 * are the kinds that municipal Bibob-beleid commonly has (issue 23 §4); its articles and amounts are made up for
 * the example and are not any municipality's rule. Everywhere it shows, it says so.
 */

export const VOORBEELD_NAAM = 'Voorbeeld — vervang door de beleidsregel van uw gemeente';

const signalen: Gebiedsbeleid['signalen'] = [
  {
    id: 'signaal-partners',
    omschrijving: 'Politie, het Openbaar Ministerie, de Belastingdienst of het RIEC heeft de gemeente gemeld dat de aanvrager of een betrokkene in relatie kan staan tot strafbare feiten.',
    artikel: 'art. 5 lid 1 onder a (voorbeeld)',
  },
  {
    id: 'signaal-gemeente',
    omschrijving: 'Eigen informatie van de gemeente (toezicht en handhaving, belastingen, eerdere dossiers) wijst op een risico van misbruik van de beschikking.',
    artikel: 'art. 5 lid 1 onder b (voorbeeld)',
  },
];

const risicogebied = { id: 'risicogebied', omschrijving: 'De locatie ligt in een gebied dat de burgemeester als risicogebied heeft aangewezen.' };

export const VOORBEELD_BELEID: Beleidsregel = {
  formaat: 'bibob-beleid/1',
  naam: VOORBEELD_NAAM,
  versie: 'voorbeeld-1',
  vastgesteldOp: '2026-01-01',
  voorbeeld: true,
  toelichting:
    'Dit is een voorbeeld dat met Bibob Werkbank wordt meegeleverd; het is door geen bestuursorgaan vastgesteld. Vervang het door de beleidsregel die uw burgemeester of college heeft vastgesteld (art. 4:81 Awb), met de artikelen en bedragen daaruit.',
  gebieden: {
    wabo: {
      categorieen: [
        {
          id: 'risicobouwwerk',
          omschrijving: 'Een omgevingsvergunning voor een bouwwerk dat wordt gebruikt voor een coffeeshop, een seksinrichting of een speelautomatenhal.',
          artikel: 'art. 3 lid 1 (voorbeeld)',
        },
      ],
      drempels: [
        {
          id: 'bouwkosten',
          omschrijving: 'Bouwkosten',
          vanafEuro: 500_000,
          artikel: 'art. 3 lid 2 (voorbeeld)',
          verlaagd: {
            vanafEuro: 50_000,
            artikel: 'art. 3 lid 3 (voorbeeld)',
            wanneer: [risicogebied, { id: 'risicobranche', omschrijving: 'Het bouwwerk wordt gebruikt in een risicobranche (horeca, vakantieverhuur, autobranche, opslag).' }],
          },
        },
      ],
      signalen,
      wisselingExploitant: null,
    },
    horeca: {
      categorieen: [
        { id: 'coffeeshop', omschrijving: 'Een coffeeshop.', artikel: 'art. 2 lid 1 onder a (voorbeeld)' },
        { id: 'seksinrichting', omschrijving: 'Een seksinrichting of escortbedrijf.', artikel: 'art. 2 lid 1 onder b (voorbeeld)' },
        { id: 'speelautomatenhal', omschrijving: 'Een speelautomatenhal.', artikel: 'art. 2 lid 1 onder c (voorbeeld)' },
        { id: 'alcoholwet', omschrijving: 'Een vergunning op grond van de Alcoholwet (horeca- of slijtersbedrijf).', artikel: 'art. 2 lid 1 onder d (voorbeeld)' },
      ],
      drempels: [
        {
          id: 'investering',
          omschrijving: 'Investering in de onderneming (overnamesom, inrichting, verbouwing)',
          vanafEuro: 250_000,
          artikel: 'art. 2 lid 2 (voorbeeld)',
          verlaagd: { vanafEuro: 50_000, artikel: 'art. 2 lid 3 (voorbeeld)', wanneer: [risicogebied] },
        },
      ],
      signalen,
      wisselingExploitant: {
        omschrijving: 'Een nieuwe ondernemer vraagt de vergunning aan, of de exploitant of een leidinggevende van een bestaand bedrijf wisselt.',
        artikel: 'art. 2 lid 4 (voorbeeld)',
      },
    },
    vastgoed: {
      categorieen: [
        {
          id: 'risicogebruik',
          omschrijving: 'Het vastgoed wordt verkocht, verhuurd of in erfpacht gegeven voor een coffeeshop, een seksinrichting of een speelautomatenhal.',
          artikel: 'art. 4 lid 1 (voorbeeld)',
        },
      ],
      drempels: [
        {
          id: 'transactiewaarde',
          omschrijving: 'Koopsom of waarde van de transactie',
          vanafEuro: 500_000,
          artikel: 'art. 4 lid 2 (voorbeeld)',
          verlaagd: { vanafEuro: 50_000, artikel: 'art. 4 lid 3 (voorbeeld)', wanneer: [risicogebied] },
        },
      ],
      signalen,
      wisselingExploitant: {
        omschrijving: 'De gemeente gaat de transactie aan met een partij waarmee zij niet eerder een vastgoedtransactie sloot.',
        artikel: 'art. 4 lid 4 (voorbeeld)',
      },
    },
  },
};
