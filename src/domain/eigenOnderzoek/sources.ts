/**
 * The sources of the eigen onderzoek and the notes the coordinator keeps of each consultation.
 *
 * - Open sources: art. 7b Wet Bibob lets the bestuursorgaan process "persoonsgegevens uit openbare bronnen en
 *   persoonsgegevens die rechtstreeks zijn te herleiden tot gegevens uit openbare bronnen" for its eigen onderzoek.
 * - The BRP is not an open source: the municipality gets its data under the Wet basisregistratie personen.
 * - The Bibob-register: the LBB tells the bestuursorgaan on request whether offences of the same persons underlay a
 *   conclusion of (mindere mate van) gevaar in the past five years (art. 11a lid 1, lid 4: "ten behoeve van diens
 *   eigen onderzoek").
 * - The Belastingdienst provides data on vergrijpboetes on request "ten behoeve van hun eigen onderzoek" (art. 7c).
 * Art. 7c lid 2 and art. 11a lid 1 allow those two requests only about persons designated in the eigen onderzoek
 * as one of six categories (the same list as art. 28 lid 2 sub m 4°): see `aangemerkteCategorieen`.
 */
import { z } from 'zod';
import { compareDates, formatDutchDate, isIsoDate, type IsoDate } from '../termijnen';
import { bronIds, type BronId } from './types';

export interface BronInfo {
  readonly label: string;
  readonly legalBasis: string;
  readonly toelichting: string;
  /** Only about persons designated as one of `aangemerkteCategorieen` (art. 7c lid 2, art. 11a lid 1). */
  readonly alleenAangemerkten: boolean;
  /** The note must name the source in its kenmerk. */
  readonly kenmerkVerplicht: boolean;
}

export const onderzoeksBronnen = {
  kvk: {
    label: 'KvK / Handelsregister',
    legalBasis: 'art. 7b Wet Bibob; art. 21 lid 1 Handelsregisterwet 2007',
    toelichting: 'Inschrijvingen in het handelsregister "kunnen door een ieder worden ingezien" (art. 21 lid 1 Handelsregisterwet 2007): een openbare bron.',
    alleenAangemerkten: false,
    kenmerkVerplicht: false,
  },
  kadaster: {
    label: 'Kadaster',
    legalBasis: 'art. 7b Wet Bibob',
    toelichting: 'De openbare registers van het Kadaster: eigendom en zakelijke rechten van het pand en van de betrokkenen.',
    alleenAangemerkten: false,
    kenmerkVerplicht: false,
  },
  brp: {
    label: 'BRP (Basisregistratie Personen)',
    legalBasis: 'art. 3.2 en 3.8 Wet basisregistratie personen',
    toelichting:
      'Geen openbare bron, dus niet art. 7b Wet Bibob: een orgaan van de gemeente krijgt BRP-gegevens alleen "voor zover deze gegevens noodzakelijk zijn voor de goede vervulling van zijn taak" (art. 3.8 lid 2 Wet BRP).',
    alleenAangemerkten: false,
    kenmerkVerplicht: false,
  },
  insolventieregister: {
    label: 'Centraal Insolventieregister',
    legalBasis: 'art. 7b Wet Bibob; art. 19 Faillissementswet',
    toelichting: 'Het "centraal openbaar register" van faillissementen (art. 19 lid 1 Faillissementswet); inzage is kosteloos voor ieder (lid 3).',
    alleenAangemerkten: false,
    kenmerkVerplicht: false,
  },
  media: {
    label: 'Media en andere open bronnen',
    legalBasis: 'art. 7b Wet Bibob',
    toelichting: 'Kranten, websites, sociale media en gepubliceerde uitspraken: alleen wat openbaar is, of daar rechtstreeks toe te herleiden.',
    alleenAangemerkten: false,
    kenmerkVerplicht: false,
  },
  'bibob-register': {
    label: 'Bibob-register (bericht van het LBB)',
    legalBasis: 'art. 11a Wet Bibob',
    toelichting:
      'Het LBB bericht of in de afgelopen vijf jaren strafbare feiten van dezelfde personen ten grondslag lagen aan een conclusie van ernstig gevaar of mindere mate van gevaar (art. 11a lid 1), en of een terugtrekking is gemeld (lid 3).',
    alleenAangemerkten: true,
    kenmerkVerplicht: false,
  },
  'belastingdienst-vergrijpboetes': {
    label: 'Belastingdienst: vergrijpboetes',
    legalBasis: 'art. 7c Wet Bibob',
    toelichting: 'De rijksbelastingdienst verstrekt desgevraagd gegevens over vergrijpboetes op grond van de Algemene wet inzake rijksbelastingen (art. 7c lid 1).',
    alleenAangemerkten: true,
    kenmerkVerplicht: false,
  },
  overig: {
    label: 'Overige bron',
    legalBasis: 'te vermelden bij de notitie',
    toelichting: 'Noem de bron in het kenmerk: het formulier bevindingen eigen onderzoek vraagt bij elk gegeven uit welke bron het komt.',
    alleenAangemerkten: false,
    kenmerkVerplicht: true,
  },
} as const satisfies Record<BronId, BronInfo>;

/**
 * The six categories of persons about whom the Belastingdienst (art. 7c lid 2) and the LBB from the Bibob-register
 * (art. 11a lid 1) provide data, and about whom another bestuursorgaan may provide data (art. 28 lid 2 sub m 4°):
 * the person must be designated as one of these in the eigen onderzoek.
 */
export const aangemerkteCategorieen = {
  betrokkene: 'betrokkene',
  leidinggevende: 'leidinggevende van betrokkene',
  zeggenschaphebbende: 'zeggenschaphebbende over betrokkene',
  vermogensverschaffer: 'vermogensverschaffer van betrokkene',
  'vermeld-op-beschikking': 'degene die als leidinggevende, beheerder, bedrijfsleider of vervoersmanager op de beschikking is of wordt vermeld',
  gelijkgestelde: 'degene die redelijkerwijs met betrokkene gelijk kan worden gesteld op grond van zijn feitelijke invloed',
} as const;
export type AangemerkteCategorie = keyof typeof aangemerkteCategorieen;

/**
 * The app's reading of its roles (../betrokkenen) in the categories above. The definitions are art. 1 lid 1 Wet
 * Bibob: a betrokkene is the aanvrager (and the onderaannemer); a leidinggevende "direct of indirect leiding geeft";
 * a zeggenschaphebbende "direct of indirect zeggenschap heeft"; a vermogensverschaffer "direct of indirect vermogen
 * verschaft". A vennoot usually both leads and controls, a shareholder controls and provides capital (the 2013 forms'
 * explanation of uiteindelijk leidinggevende and zeggenschaphebbende). A vertegenwoordiger, verhuurder or other
 * zakelijk samenwerkingsverband is in none of them. The category ids themselves are accepted as roles too.
 */
const rolCategorieen: Readonly<Record<string, readonly AangemerkteCategorie[]>> = {
  aanvrager: ['betrokkene'],
  onderaannemer: ['betrokkene'],
  bestuurder: ['leidinggevende'],
  leidinggevende: ['leidinggevende'],
  vennoot: ['leidinggevende', 'zeggenschaphebbende'],
  aandeelhouder: ['zeggenschaphebbende', 'vermogensverschaffer'],
  ubo: ['zeggenschaphebbende'],
  zeggenschaphebbende: ['zeggenschaphebbende'],
  vermogensverschaffer: ['vermogensverschaffer'],
  gelijkgestelde: ['gelijkgestelde'],
};

/** The categories of art. 7c lid 2 / art. 11a lid 1 / art. 28 lid 2 sub m 4° that these roles fall in. */
export function aangemerktAls(rollen: readonly string[]): AangemerkteCategorie[] {
  const found = new Set<AangemerkteCategorie>();
  for (const rol of rollen) {
    if (Object.hasOwn(aangemerkteCategorieen, rol)) found.add(rol as AangemerkteCategorie);
    for (const categorie of rolCategorieen[rol] ?? []) found.add(categorie);
  }
  return (Object.keys(aangemerkteCategorieen) as AangemerkteCategorie[]).filter((categorie) => found.has(categorie));
}

export const BEVINDING_MAX_LENGTH = 5000;
export const KENMERK_MAX_LENGTH = 300;

/**
 * The schema of an OnderzoeksNotitie, for a given today: a source cannot have been consulted on a later day.
 * A factory, so that "today" is always a parameter and never read from a clock.
 */
export function onderzoeksNotitieSchema(today: IsoDate) {
  if (!isIsoDate(today)) throw new RangeError(`Geen geldige datum voor vandaag (JJJJ-MM-DD): ${String(today)}`);
  return z
    .strictObject({
      id: z.string({ error: 'Een notitie heeft een id.' }).min(1, { error: 'Een notitie heeft een id.' }),
      betrokkeneId: z.string({ error: 'Kies de betrokkene over wie de notitie gaat.' }).min(1, { error: 'Kies de betrokkene over wie de notitie gaat.' }),
      bron: z.enum(bronIds, { error: 'Kies de bron: KvK, Kadaster, BRP, Insolventieregister, media, Bibob-register, Belastingdienst of overig.' }),
      geraadpleegdOp: z.string({ error: 'Vul de datum in waarop de bron is geraadpleegd.' }).superRefine((value, ctx) => {
        if (!isIsoDate(value)) {
          ctx.addIssue({ code: 'custom', message: 'Vul de datum van raadplegen in als jjjj-mm-dd (een bestaande datum).' });
        } else if (compareDates(value, today) > 0) {
          ctx.addIssue({ code: 'custom', message: `Een bron kan niet na vandaag (${formatDutchDate(today)}) zijn geraadpleegd; controleer de datum ${formatDutchDate(value)}.` });
        }
      }),
      bevinding: z
        .string({ error: 'Beschrijf de bevinding.' })
        .trim()
        .min(1, { error: 'Beschrijf wat de bron over de betrokkene vermeldt; leverde de bron niets op, schrijf dan "niets gevonden".' })
        .max(BEVINDING_MAX_LENGTH, { error: `Een bevinding heeft hoogstens ${BEVINDING_MAX_LENGTH} tekens.` }),
      kenmerk: z
        .string({ error: 'Een kenmerk is tekst.' })
        .trim()
        .max(KENMERK_MAX_LENGTH, { error: `Een kenmerk heeft hoogstens ${KENMERK_MAX_LENGTH} tekens.` })
        .optional(),
    })
    .superRefine((notitie, ctx) => {
      if (onderzoeksBronnen[notitie.bron].kenmerkVerplicht && (notitie.kenmerk ?? '') === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['kenmerk'],
          message: 'Noem bij een overige bron in het kenmerk welke bron het is: het formulier bevindingen eigen onderzoek vraagt bij elk gegeven de bron (Regeling Bibob-formulieren).',
        });
      }
    });
}
