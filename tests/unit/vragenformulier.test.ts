import { describe, expect, it } from 'vitest';
import {
  adjustSelection,
  allQuestions,
  applicableQuestions,
  BASE_QUESTION_SET as SET,
  completeness,
  defaultSelection,
  derivedStatus,
  itemKey,
  parseQuestionSet,
  selectedQuestionnaire,
  selectionProblems,
  statusRecordSchema,
  type AnswerValue,
  type Completeness,
  type ItemStatuses,
  type PersonEntry,
  type ProposedBetrokkene,
  type QuestionSet,
  type Selection,
} from '../../src/domain/vragenformulier';
import type { Toepassingsgebied } from '../../src/domain/toepassingsgebied';

/**
 * The vragenformulier against ../shared/bibob-domain.md §6 and Wet Bibob art. 7a lid 2: completeness per default
 * selection (every condition and skip rule, blocks per person), the import of a question set, and composition by
 * selection only (Regeling Bibob-formulieren 2024 art. 4–5).
 */
type Answers = Record<string, AnswerValue>;
type PerPersoon = Record<string, Answers>;

const GEBIEDEN: readonly Toepassingsgebied[] = ['wabo', 'horeca', 'vastgoed'];
const ALL: readonly Toepassingsgebied[] = GEBIEDEN;
const WABO_HORECA: readonly Toepassingsgebied[] = ['wabo', 'horeca'];

const person = (id: string, naam: string, extra: Partial<PersonEntry> = {}): PersonEntry => ({ id, naam, ...extra });

function run(gebied: Toepassingsgebied, algemeen: Answers, perPersoon: PerPersoon = {}, statuses: ItemStatuses = {}): Completeness {
  return completeness(SET, defaultSelection(SET, gebied), { algemeen, perPersoon }, statuses);
}

const keysOf = (result: Completeness) => result.items.map((item) => item.sleutel);

interface Row {
  /** The rule the row checks. */
  regel: string;
  gebieden: readonly Toepassingsgebied[];
  algemeen: Answers;
  perPersoon?: PerPersoon;
  /** Item keys that must be in the overview (and, unrecorded, in the list of what is missing). */
  aanwezig?: readonly string[];
  /** Item keys that must not be in the overview. */
  afwezig?: readonly string[];
  /** Betrokkenen the answers must propose. */
  betrokkenen?: readonly Partial<ProposedBetrokkene>[];
}

const RP = { '1.2': 'rechtspersoon' };
const NP = { '1.2': 'natuurlijk-persoon' };

const rows: Row[] = [
  // ── Identification: the form of the applicant (art. 7a lid 2 sub a–f) ──
  {
    regel: 'rechtspersoon → KvK-uittreksel, eigendomsstructuur en jaarrekeningen; bestuurders, aandeelhouders, UBO-vraag; geen identiteitsbewijs',
    gebieden: ALL,
    algemeen: RP,
    aanwezig: ['1.2#handelsregister', '1.2#eigendomsstructuur', '1.2#jaarrekeningen', '1.4', '1.4.a', '1.4.b', '1.5', '1.6', '1.9', '1.10', '1.11'],
    afwezig: ['1.2#identiteitsbewijs', '1.2#vennootschapsovereenkomst', '1.2.a', '1.3', '1.3.b', '1.8', '2.1'],
  },
  {
    regel: 'natuurlijk persoon → identiteitsbewijs, naam/BSN/adres en blok 2; geen KvK-stukken, geen bestuurders of aandeelhouders',
    gebieden: ALL,
    algemeen: NP,
    aanwezig: ['1.2#identiteitsbewijs', '1.2.a', '1.3', '1.3.a', '1.3.b', '1.3.c', '2.1', '2.5', '2.7', '2.12'],
    afwezig: ['1.2#handelsregister', '1.2#jaarrekeningen', '1.2#eigendomsstructuur', '1.4', '1.5', '1.6', '1.8', '1.9', '1.10', '1.11'],
  },
  {
    regel: 'natuurlijk persoon met eenmanszaak → ook KvK-uittreksel, jaarrekeningen, KvK-nummer en handelsnamen',
    gebieden: ALL,
    algemeen: { ...NP, '1.2.a': 'ja' },
    aanwezig: ['1.2#identiteitsbewijs', '1.2#handelsregister', '1.2#jaarrekeningen', '1.5', '1.6'],
    afwezig: ['1.2#eigendomsstructuur', '1.4'],
  },
  {
    regel: 'vof, cv of maatschap → vennootschapsovereenkomst, KvK-uittreksel, jaarrekeningen en de vennoten',
    gebieden: ALL,
    algemeen: { '1.2': 'personenvennootschap' },
    aanwezig: ['1.2#vennootschapsovereenkomst', '1.2#handelsregister', '1.2#jaarrekeningen', '1.4', '1.8', '1.11'],
    afwezig: ['1.2#eigendomsstructuur', '1.2#identiteitsbewijs', '1.9', '1.10'],
  },
  {
    regel: 'vertegenwoordiger (1.7 ja) → machtiging en zijn gegevens; hij wordt betrokkene (art. 7a lid 2 sub b)',
    gebieden: ALL,
    algemeen: { ...RP, '1.7': 'ja', '1.7.a': 'Adviesbureau De Wit' },
    aanwezig: ['1.7#machtiging', '1.7.a', '1.7.b', '1.7.c'],
    betrokkenen: [{ rol: 'vertegenwoordiger', naam: 'Adviesbureau De Wit', bron: '1.7.a' }],
  },
  {
    regel: 'geen vertegenwoordiger (1.7 nee) → vragen 1.7.a–c en de machtiging vervallen',
    gebieden: ALL,
    algemeen: { ...RP, '1.7': 'nee', '1.7.a': 'Vergeten antwoord' },
    aanwezig: ['1.7'],
    afwezig: ['1.7#machtiging', '1.7.a', '1.7.b', '1.7.c'],
    betrokkenen: [],
  },
  {
    regel: 'de aanvrager zelf wordt betrokkene in de rol aanvrager',
    gebieden: ALL,
    algemeen: { ...RP, '1.4': 'Eetcafé De Hoek B.V.' },
    // The statutory name is a company's: proposed as a rechtspersoon, not left to be guessed from the name.
    betrokkenen: [{ rol: 'aanvrager', naam: 'Eetcafé De Hoek B.V.', soort: 'rechtspersoon', bron: '1.4' }],
  },
  {
    regel: 'een natuurlijk persoon als aanvrager wordt voorgesteld als persoon',
    gebieden: ALL,
    algemeen: { ...NP, '1.3': 'Jan de Hoek' },
    betrokkenen: [{ rol: 'aanvrager', naam: 'Jan de Hoek', soort: 'persoon', bron: '1.3' }],
  },
  // ── Blocks repeated per person (bestuurder, vennoot, aandeelhouder, UBO, leidinggevende) ──
  {
    regel: 'twee aandeelhouders → blok 5 voor ieder; natuurlijk persoon: identiteitsbewijs en fiscaal partner; rechtspersoon: handelsregister',
    gebieden: ALL,
    algemeen: { ...RP, '1.10': [person('a1', 'Anna Jansen', { soort: 'persoon', percentage: 60 }), person('a2', 'Jansen Holding B.V.', { soort: 'rechtspersoon', percentage: 40 })] },
    perPersoon: { a1: { '5.1': 'natuurlijk-persoon' }, a2: { '5.1': 'rechtspersoon' } },
    aanwezig: ['5.1@a1', '5.1@a2', '5.1.a@a1', '5.1#identiteitsbewijs@a1', '5.1#handelsregister@a2', '5.7@a1', '5.9@a1', '5.13@a2'],
    afwezig: ['5.1#handelsregister@a1', '5.1#identiteitsbewijs@a2', '5.7@a2'],
    betrokkenen: [
      { rol: 'aandeelhouder', naam: 'Anna Jansen', percentage: 60, bron: '1.10', persoonId: 'a1' },
      { rol: 'aandeelhouder', naam: 'Jansen Holding B.V.', percentage: 40, bron: '1.10', persoonId: 'a2' },
    ],
  },
  {
    regel: 'bestuurder → blok 4 (kort: geen financiën) met identiteitsbewijs',
    gebieden: ALL,
    algemeen: { ...RP, '1.9': [person('b1', 'Jan Bakker')] },
    perPersoon: { b1: { '4.1': 'natuurlijk-persoon' } },
    aanwezig: ['4.1@b1', '4.1#identiteitsbewijs@b1', '4.2@b1', '4.3@b1', '4.4@b1', '4.8@b1'],
    afwezig: ['4.9@b1', '4.1#handelsregister@b1'],
    betrokkenen: [{ rol: 'bestuurder', naam: 'Jan Bakker', bron: '1.9' }],
  },
  {
    regel: 'vennoot → blok 3 per vennoot',
    gebieden: ALL,
    algemeen: { '1.2': 'personenvennootschap', '1.8': [person('v1', 'Kees Smit'), person('v2', 'Els Smit')] },
    perPersoon: { v1: { '3.1': 'natuurlijk-persoon' } },
    aanwezig: ['3.1@v1', '3.1@v2', '3.1#identiteitsbewijs@v1', '3.8@v1', '3.8@v2'],
    afwezig: ['3.1#identiteitsbewijs@v2'],
    betrokkenen: [
      { rol: 'vennoot', naam: 'Kees Smit', bron: '1.8' },
      { rol: 'vennoot', naam: 'Els Smit', bron: '1.8' },
    ],
  },
  {
    regel: 'UBO (1.11 ja) → bewijsstuk uiteindelijke zeggenschap en blok 6 per UBO',
    gebieden: ALL,
    algemeen: { ...RP, '1.11': 'ja', '1.11.a': [person('u1', 'Piet de Vries')] },
    aanwezig: ['1.11#bewijs-ubo', '1.11.a', '6.1@u1', '6.2@u1', '6.8@u1'],
    betrokkenen: [{ rol: 'ubo', naam: 'Piet de Vries', bron: '1.11.a' }],
  },
  {
    regel: 'geen andere UBO (1.11 nee) → geen bewijsstuk, geen blok 6',
    gebieden: ALL,
    algemeen: { ...RP, '1.11': 'nee', '1.11.a': [person('u1', 'Piet de Vries')] },
    afwezig: ['1.11#bewijs-ubo', '1.11.a', '6.1@u1'],
    betrokkenen: [],
  },
  {
    regel: 'andere leidinggevende (1.12 ja) → blok 7 met identiteitsbewijs, ook zonder verdere antwoorden',
    gebieden: ALL,
    algemeen: { ...NP, '1.12': 'ja', '1.12.a': [person('l1', 'Bea Bos')] },
    aanwezig: ['7.1@l1', '7.1#identiteitsbewijs@l1', '7.2@l1', '7.8@l1'],
    betrokkenen: [{ rol: 'leidinggevende', naam: 'Bea Bos', bron: '1.12.a' }],
  },
  {
    regel: 'lening in een persoonsblok → leningsovereenkomst en aflossingsbewijs voor die persoon; geldverstrekker wordt vermogensverschaffer',
    gebieden: ALL,
    algemeen: { ...RP, '1.10': [person('a1', 'Anna Jansen')] },
    perPersoon: { a1: { '5.1': 'natuurlijk-persoon', '5.8': 'ja', '5.8.a': [person('g1', 'Oom Piet')] } },
    aanwezig: ['5.8#leningsovereenkomst@a1', '5.8#aflossingsbewijs@a1', '5.8.a@a1', '5.8.b@a1', '5.8.c@a1'],
    afwezig: ['5.8.c#zekerheden@a1'],
    betrokkenen: [
      { rol: 'aandeelhouder', naam: 'Anna Jansen', bron: '1.10' },
      { rol: 'vermogensverschaffer', naam: 'Oom Piet', bron: '5.8.a', persoonId: 'g1', genoemdDoor: { id: 'a1', naam: 'Anna Jansen', rol: 'aandeelhouder' } },
    ],
  },
  {
    regel: 'zekerheden voor een lening (5.8.c ja) → bewijs van de zekerheden',
    gebieden: ALL,
    algemeen: { ...RP, '1.10': [person('a1', 'Anna Jansen')] },
    perPersoon: { a1: { '5.1': 'natuurlijk-persoon', '5.8': 'ja', '5.8.c': 'ja' } },
    aanwezig: ['5.8.c#zekerheden@a1'],
  },
  {
    regel: 'geen inkomsten, natuurlijk persoon → vraag naar levensonderhoud; rechtspersoon → niet',
    gebieden: ALL,
    algemeen: { ...RP, '1.10': [person('a1', 'Anna Jansen'), person('a2', 'Holding B.V.')] },
    perPersoon: { a1: { '5.1': 'natuurlijk-persoon', '5.6': 'nee' }, a2: { '5.1': 'rechtspersoon', '5.6': 'nee' } },
    aanwezig: ['5.6.b@a1'],
    afwezig: ['5.6.b@a2', '5.6.a@a1', '5.6#bewijs-inkomsten@a1'],
  },
  {
    regel: 'inkomsten (ja) → opgave en bewijsstukken, geen vraag naar levensonderhoud',
    gebieden: ALL,
    algemeen: { ...NP, '2.5': 'ja' },
    aanwezig: ['2.5.a', '2.5#bewijs-inkomsten'],
    afwezig: ['2.5.b'],
  },
  {
    regel: 'inkomsten nog niet beantwoord → geen van de vervolgvragen',
    gebieden: ALL,
    algemeen: NP,
    aanwezig: ['2.5'],
    afwezig: ['2.5.a', '2.5.b', '2.5#bewijs-inkomsten'],
  },
  {
    regel: 'strafrechtelijke antecedenten (ja) → toelichting; boetes (ja) → de boetebesluiten',
    gebieden: ALL,
    algemeen: { ...NP, '2.8': 'ja', '2.9': 'ja' },
    aanwezig: ['2.8.a', '2.9.a', '2.9#boetebesluiten'],
  },
  {
    regel: 'antwoorden op vragen die niet gelden tellen niet: aandeelhouders bij een natuurlijk persoon',
    gebieden: ALL,
    algemeen: { ...NP, '1.10': [person('a1', 'Anna Jansen')] },
    perPersoon: { a1: { '5.1': 'natuurlijk-persoon' } },
    afwezig: ['1.10', '5.1@a1'],
    betrokkenen: [],
  },
  // ── Financing (art. 7a lid 2 sub h) ──
  {
    regel: 'gefinancierd met een lening → leningsovereenkomst en aflossingsbewijs; geldverstrekker wordt vermogensverschaffer',
    gebieden: WABO_HORECA,
    algemeen: { ...RP, '8.2': 'ja', '8.2.a': [person('g1', 'Rabo Lening B.V.', { kvkNummer: '12345678' })] },
    aanwezig: ['8.2#leningsovereenkomst', '8.2#aflossingsbewijs', '8.2.a', '8.2.b'],
    betrokkenen: [{ rol: 'vermogensverschaffer', naam: 'Rabo Lening B.V.', kvkNummer: '12345678', bron: '8.2.a' }],
  },
  {
    regel: 'geen lening (8.2 nee) → geen leningsstukken, geen geldverstrekker',
    gebieden: WABO_HORECA,
    algemeen: { ...RP, '8.2': 'nee', '8.2.a': [person('g1', 'Rabo Lening B.V.')] },
    afwezig: ['8.2#leningsovereenkomst', '8.2#aflossingsbewijs', '8.2.a', '8.2.b'],
    betrokkenen: [],
  },
  {
    regel: 'eigen vermogen (8.1 ja) → bewijs van herkomst, bedrag en herkomst',
    gebieden: WABO_HORECA,
    algemeen: { ...RP, '8.1': 'ja' },
    aanwezig: ['8.1#herkomst-eigen-vermogen', '8.1.a', '8.1.b'],
  },
  {
    regel: 'schenking (8.3 ja) → schenkingsakte; schenker wordt vermogensverschaffer',
    gebieden: WABO_HORECA,
    algemeen: { ...RP, '8.3': 'ja', '8.3.a': [person('s1', 'Tante Riet')] },
    aanwezig: ['8.3#schenkingsbewijs', '8.3.a', '8.3.b'],
    betrokkenen: [{ rol: 'vermogensverschaffer', naam: 'Tante Riet', bron: '8.3.a' }],
  },
  // ── Premises ──
  {
    regel: 'gehuurd pand → huurovereenkomst; verhuurder wordt betrokkene',
    gebieden: WABO_HORECA,
    algemeen: { ...RP, '9.1': 'ja', '9.3': 'huur', '9.3.a': [person('h1', 'Vastgoed Noord B.V.')] },
    aanwezig: ['9.1.a', '9.2', '9.3#huurovereenkomst', '9.3.a', '9.3.b', '9.3.c'],
    afwezig: ['9.3.d'],
    betrokkenen: [{ rol: 'verhuurder', naam: 'Vastgoed Noord B.V.', bron: '9.3.a' }],
  },
  {
    regel: 'andere gebruiksovereenkomst → ook de overeenkomst en de gebruiksgever; achterstand → periode en bedrag',
    gebieden: WABO_HORECA,
    algemeen: { ...RP, '9.1': 'ja', '9.3': 'gebruik', '9.3.a': [person('h1', 'Stichting Pand')], '9.3.c': 'ja' },
    aanwezig: ['9.3#huurovereenkomst', '9.3.d'],
    betrokkenen: [{ rol: 'verhuurder', naam: 'Stichting Pand', bron: '9.3.a' }],
  },
  {
    regel: 'niet gehuurd (9.3 nee) → geen huurovereenkomst, geen verhuurder',
    gebieden: WABO_HORECA,
    algemeen: { ...RP, '9.1': 'ja', '9.3': 'nee', '9.3.a': [person('h1', 'Vastgoed Noord B.V.')] },
    afwezig: ['9.3#huurovereenkomst', '9.3.a', '9.3.b'],
    betrokkenen: [],
  },
  {
    regel: 'eigen pand (9.2 ja) → akte van levering',
    gebieden: WABO_HORECA,
    algemeen: { ...RP, '9.1': 'ja', '9.2': 'ja' },
    aanwezig: ['9.2#eigendomsbewijs', '9.2.a', '9.2.b'],
  },
  {
    regel: 'niet aan een locatie gebonden (9.1 nee) → vragen 9.2 en 9.3 vervallen',
    gebieden: WABO_HORECA,
    algemeen: { ...RP, '9.1': 'nee', '9.3': 'huur' },
    aanwezig: ['9.1'],
    afwezig: ['9.1.a', '9.2', '9.3', '9.3#huurovereenkomst'],
  },
  // ── Omgevingsvergunning ──
  {
    regel: 'wabo: bouwkosten altijd met begroting en investeringsplanning; geen horeca- of vastgoedvragen',
    gebieden: ['wabo'],
    algemeen: NP,
    aanwezig: ['10.3#begroting-bouwkosten', '10.3#investeringsplanning', '10.1', '10.4'],
    afwezig: ['11.1', '12.1', '2.13'],
  },
  {
    regel: 'wabo: opdrachtgever is een ander → bewijs opdrachtgeverschap; hij wordt met de aanvrager gelijkgesteld (Ow 5.31 lid 2)',
    gebieden: ['wabo'],
    algemeen: { ...RP, '10.1': 'nee', '10.1.a': [person('o1', 'Projectontwikkeling Zuid B.V.')] },
    aanwezig: ['10.1#bewijs-opdrachtgever', '10.1.a'],
    betrokkenen: [{ rol: 'gelijkgestelde', naam: 'Projectontwikkeling Zuid B.V.', bron: '10.1.a' }],
  },
  {
    regel: 'wabo: bouw niet zelf uitgevoerd → uitvoerder als zakelijk samenwerkingsverband',
    gebieden: ['wabo'],
    algemeen: { ...RP, '10.2': 'nee', '10.2.a': [person('x1', 'Bouwbedrijf West')] },
    aanwezig: ['10.2.a'],
    betrokkenen: [{ rol: 'samenwerkingsverband', naam: 'Bouwbedrijf West', bron: '10.2.a' }],
  },
  {
    regel: 'wabo: verhuur na de bouw → toelichting op het gebruik; eigen gebruik → niet',
    gebieden: ['wabo'],
    algemeen: { ...RP, '10.4': 'verhuur' },
    aanwezig: ['10.4.a'],
  },
  // ── Horeca ──
  {
    regel: 'horeca: overname → openingsbalans, overnameovereenkomst, verkoper en koopsom; geen jaarrekeningen van de onderneming',
    gebieden: ['horeca'],
    algemeen: { ...RP, '11.1': 'overname' },
    aanwezig: ['11.1#openingsbalans', '11.1#overnameovereenkomst', '11.1.a', '11.1.b'],
    afwezig: ['11.1#jaarrekeningen-onderneming', '10.1', '12.1'],
  },
  {
    regel: 'horeca: nieuwe onderneming → openingsbalans en begroting',
    gebieden: ['horeca'],
    algemeen: { ...RP, '11.1': 'nieuw' },
    aanwezig: ['11.1#openingsbalans'],
    afwezig: ['11.1#overnameovereenkomst', '11.1#jaarrekeningen-onderneming', '11.1.a'],
  },
  {
    regel: 'horeca: bestaande onderneming → jaarrekeningen van de onderneming',
    gebieden: ['horeca'],
    algemeen: { ...RP, '11.1': 'bestaand' },
    aanwezig: ['11.1#jaarrekeningen-onderneming'],
    afwezig: ['11.1#openingsbalans', '11.1#overnameovereenkomst'],
  },
  {
    regel: 'horeca: speelautomaten → exploitatieovereenkomst en opbrengsten; exploitant als zakelijk samenwerkingsverband',
    gebieden: ['horeca'],
    algemeen: { ...RP, '11.2': 'ja', '11.2.a': [person('s1', 'Automaten BV')] },
    aanwezig: ['11.2#exploitatieovereenkomst', '11.2#opbrengst-speelautomaten', '11.2.a'],
    betrokkenen: [{ rol: 'samenwerkingsverband', naam: 'Automaten BV', bron: '11.2.a' }],
  },
  {
    regel: 'horeca: gehuurde inventaris → huurovereenkomst en lijst; verhuurder als zakelijk samenwerkingsverband',
    gebieden: ['horeca'],
    algemeen: { ...RP, '11.3': 'ja', '11.3.a': [person('i1', 'Horeca Lease')] },
    aanwezig: ['11.3#huurovereenkomst-inventaris', '11.3#lijst-inventaris', '11.3.b', '11.3.c'],
    betrokkenen: [{ rol: 'samenwerkingsverband', naam: 'Horeca Lease', bron: '11.3.a' }],
  },
  {
    regel: 'horeca: arbeidshistorie op de locatie voor de aanvrager als natuurlijk persoon',
    gebieden: ['horeca'],
    algemeen: { ...NP, '1.12': 'nee' },
    aanwezig: ['2.13'],
  },
  {
    regel: 'horeca: arbeidshistorie in een persoonsblok alleen bij een natuurlijk persoon',
    gebieden: ['horeca'],
    algemeen: { ...RP, '1.10': [person('a1', 'Anna Jansen'), person('a2', 'Holding B.V.')] },
    perPersoon: { a1: { '5.1': 'natuurlijk-persoon', '5.14': 'ja' }, a2: { '5.1': 'rechtspersoon' } },
    aanwezig: ['5.14@a1', '5.14.a@a1'],
    afwezig: ['5.14@a2'],
  },
  {
    regel: 'wabo en vastgoed: geen arbeidshistorie op de locatie',
    gebieden: ['wabo', 'vastgoed'],
    algemeen: { ...RP, '1.10': [person('a1', 'Anna Jansen')] },
    perPersoon: { a1: { '5.1': 'natuurlijk-persoon' } },
    afwezig: ['5.14@a1'],
  },
  // ── Vastgoed ──
  {
    regel: 'vastgoed: geen algemene financierings- en pandvragen; het soort transactie bepaalt de rest',
    gebieden: ['vastgoed'],
    algemeen: RP,
    aanwezig: ['12.1'],
    afwezig: ['8.1', '8.2', '9.1', '10.1', '11.1', '12.2', '12.6', '12.10'],
  },
  {
    regel: 'vastgoed: verwerving van de gemeente met een lening → leningsovereenkomst en aflossingsbewijs; geldverstrekker wordt vermogensverschaffer',
    gebieden: ['vastgoed'],
    algemeen: { ...RP, '12.1': 'verwerving-van-gemeente', '12.7': 'ja', '12.9': 'ja', '12.9.a': [person('g1', 'Hypotheekfonds')] },
    aanwezig: ['12.6', '12.7.a', '12.8', '12.9#leningsovereenkomst', '12.9#aflossingsbewijs'],
    afwezig: ['12.2', '12.5', '12.10'],
    betrokkenen: [{ rol: 'vermogensverschaffer', naam: 'Hypotheekfonds', bron: '12.9.a' }],
  },
  {
    regel: 'vastgoed: geen vergoeding (12.7 nee) → vragen 12.8 en 12.9 vervallen',
    gebieden: ['vastgoed'],
    algemeen: { ...RP, '12.1': 'huur-van-gemeente', '12.7': 'nee' },
    aanwezig: ['12.6', '12.7'],
    afwezig: ['12.8', '12.9', '12.9#leningsovereenkomst'],
  },
  {
    regel: 'vastgoed: de gemeente koopt van de aanvrager → eigendomsbewijs en financiering van diens aankoop',
    gebieden: ['vastgoed'],
    algemeen: { ...RP, '12.1': 'vervreemding-aan-gemeente', '12.2': 'ja', '12.4': 'ja', '12.4.a': [person('g1', 'Bank Oost')] },
    aanwezig: ['12.2#eigendomsbewijs', '12.3', '12.4#leningsovereenkomst', '12.4#aflossingsbewijs'],
    afwezig: ['12.5', '12.6', '12.7'],
    betrokkenen: [{ rol: 'vermogensverschaffer', naam: 'Bank Oost', bron: '12.4.a' }],
  },
  {
    regel: 'vastgoed: geen eigendom (12.2 nee) → vragen 12.3 en 12.4 vervallen',
    gebieden: ['vastgoed'],
    algemeen: { ...RP, '12.1': 'vervreemding-aan-gemeente', '12.2': 'nee' },
    afwezig: ['12.2#eigendomsbewijs', '12.3', '12.4'],
  },
  {
    regel: 'vastgoed: de gemeente huurt van de aanvrager die zelf huurt → huurovereenkomst; diens verhuurder wordt betrokkene',
    gebieden: ['vastgoed'],
    algemeen: { ...RP, '12.1': 'verhuur-aan-gemeente', '12.5': 'huur', '12.5.a': [person('h1', 'Eigenaar Pand B.V.')] },
    aanwezig: ['12.2', '12.5#huurovereenkomst', '12.5.a', '12.5.b'],
    afwezig: ['12.5.c'],
    betrokkenen: [{ rol: 'verhuurder', naam: 'Eigenaar Pand B.V.', bron: '12.5.a' }],
  },
  {
    regel: 'vastgoed: verhuur aan een ander → overeenkomst met de gebruiker; gebruiker als zakelijk samenwerkingsverband',
    gebieden: ['vastgoed'],
    algemeen: { ...RP, '12.1': 'huur-van-gemeente', '12.6': 'verhuur-aan-derde', '12.6.a': [person('x1', 'Onderhuurder VOF')] },
    aanwezig: ['12.6#overeenkomst-gebruiker', '12.6.a'],
    afwezig: ['12.6.b'],
    betrokkenen: [{ rol: 'samenwerkingsverband', naam: 'Onderhuurder VOF', bron: '12.6.a' }],
  },
  {
    regel: 'vastgoed: gezamenlijke deelname met inbreng uit een lening → leningsstukken; de andere transactievragen vervallen',
    gebieden: ['vastgoed'],
    algemeen: { ...RP, '12.1': 'deelname', '12.10': 'ja', '12.12': 'ja' },
    aanwezig: ['12.10', '12.10.a', '12.11', '12.12#leningsovereenkomst', '12.12#aflossingsbewijs'],
    afwezig: ['12.2', '12.5', '12.6', '12.7'],
  },
];

const cases = rows.flatMap((row) => row.gebieden.map((gebied) => [gebied, row.regel, row] as const));

describe.each(GEBIEDEN)('default selection %s', (gebied) => {
  it('is a valid selection of the shipped set', () => {
    expect(selectionProblems(SET, defaultSelection(SET, gebied))).toEqual([]);
  });
});

describe('completeness per default selection: conditions, skip rules and blocks per person', () => {
  it.each(cases)('%s: %s', (gebied, _regel, row) => {
    const result = run(gebied, row.algemeen, row.perPersoon ?? {});
    const keys = keysOf(result);
    const missing = result.ontbreekt.map((item) => item.sleutel);
    for (const key of row.aanwezig ?? []) {
      expect(keys, `${key} hoort in het overzicht`).toContain(key);
      // Nothing recorded: the status is derived; an item that is still 'ontbreekt' by the answers is listed as missing.
      const item = result.items.find((entry) => entry.sleutel === key)!;
      expect(item.afgeleid).toBe(true);
      if (item.status === 'ontbreekt' && item.verplicht) expect(missing, `${key} is niet beantwoord en ontbreekt dus`).toContain(key);
      else expect(missing).not.toContain(key);
    }
    for (const key of row.afwezig ?? []) expect(keys, `${key} hoort niet in het overzicht`).not.toContain(key);
    if (row.betrokkenen) {
      const relevant = result.voorgesteldeBetrokkenen.filter((b) => b.rol !== 'aanvrager' || row.betrokkenen!.some((e) => e.rol === 'aanvrager'));
      expect(relevant).toHaveLength(row.betrokkenen.length);
      row.betrokkenen.forEach((expected, i) => expect(relevant[i]).toMatchObject(expected));
    }
  });
});

describe('completeness says exactly what is missing and why', () => {
  /** A small set, so that every sentence can be checked in full. */
  const SMALL: QuestionSet = {
    formaat: 'bibob-vragenset/1',
    id: 'klein',
    versie: '1',
    titel: 'Klein formulier',
    bron: 'Test',
    sections: [
      {
        nummer: '1',
        titel: 'Aanvrager',
        vragen: [
          {
            nummer: '1.1',
            tekst: 'In welke vorm vraagt u aan?',
            toelichting: 'De rechtsvorm (art. 7a lid 2 sub e Wet Bibob).',
            soort: 'keuze',
            verplicht: true,
            opties: [
              { waarde: 'np', label: 'Natuurlijk persoon' },
              { waarde: 'rp', label: 'Rechtspersoon' },
            ],
            bijlagen: [{ id: 'id', omschrijving: 'Kopie identiteitsbewijs', waarom: 'Om de identiteit vast te stellen.', voorwaarde: { vraag: '1.1', is: 'np' } }],
          },
          {
            nummer: '1.2',
            tekst: 'Financiert u met een lening?',
            toelichting: 'De wijze van financiering (art. 7a lid 2 sub h Wet Bibob).',
            soort: 'ja-nee',
            verplicht: true,
            bijlagen: [{ id: 'overeenkomst', omschrijving: 'Leningsovereenkomst', waarom: 'Toont de geldverstrekker.', voorwaarde: { vraag: '1.2', is: 'ja' } }],
            subvragen: [
              {
                nummer: '1.2.a',
                tekst: 'Wie zijn de geldverstrekkers',
                toelichting: 'Geldverstrekkers zijn vermogensverschaffers.',
                soort: 'personen',
                verplicht: true,
                alleenAls: { vraag: '1.2', is: 'ja' },
                wordtBetrokkene: { rol: 'vermogensverschaffer' },
              },
            ],
          },
          { nummer: '1.3', tekst: 'Telefoonnummer', toelichting: 'Voor contact.', soort: 'tekst', verplicht: false },
        ],
      },
    ],
  };
  const selection: Selection = { setId: 'klein', versie: '1', vragen: ['1.1', '1.2', '1.2.a', '1.3'] };
  const answers = { algemeen: { '1.1': 'np', '1.2': 'ja', '1.2.a': [person('g1', 'Bank Noord')] }, perPersoon: {} };

  it('lists each missing or incomplete item with the reason it is required, and nothing else', () => {
    const result = completeness(SMALL, selection, answers, {
      '1.1': { status: 'ontvangen' },
      '1.1#id': { status: 'onvolledig', notitie: 'de kopie is onleesbaar' },
      '1.2': { status: 'ontvangen' },
    });
    expect(result.compleet).toBe(false);
    expect(result.ontbreekt).toEqual([
      {
        sleutel: '1.1#id',
        nummer: '1.1',
        omschrijving: 'Kopie identiteitsbewijs',
        status: 'onvolledig',
        waarom: 'Waarom: Om de identiteit vast te stellen. Vereist omdat bij vraag 1.1 ‘Natuurlijk persoon’ is gekozen.',
        melding:
          'De bijlage bij vraag 1.1 is onvolledig: Kopie identiteitsbewijs. Waarom: Om de identiteit vast te stellen. Vereist omdat bij vraag 1.1 ‘Natuurlijk persoon’ is gekozen. Opmerking: de kopie is onleesbaar.',
      },
      {
        sleutel: '1.2#overeenkomst',
        nummer: '1.2',
        omschrijving: 'Leningsovereenkomst',
        status: 'ontbreekt',
        waarom: 'Waarom: Toont de geldverstrekker. Vereist omdat vraag 1.2 met ‘ja’ is beantwoord.',
        melding: 'De bijlage bij vraag 1.2 ontbreekt: Leningsovereenkomst. Waarom: Toont de geldverstrekker. Vereist omdat vraag 1.2 met ‘ja’ is beantwoord.',
      },
    ]);
    // 1.2.a is answered (Bank Noord): derived 'ontvangen', so not missing, but still to be confirmed.
    expect(result.items.find((item) => item.sleutel === '1.2.a')).toMatchObject({ status: 'ontvangen', afgeleid: true });
    expect(result.teBevestigen).toBe(1);
    expect(result.voorgesteldeBetrokkenen).toEqual([{ rol: 'vermogensverschaffer', naam: 'Bank Noord', bron: '1.2.a', persoonId: 'g1' }]);
  });

  it('counts an unanswered item without a recorded status as missing, but never an optional question', () => {
    const result = completeness(SMALL, selection, { algemeen: {}, perPersoon: {} }, {});
    expect(result.ontbreekt.map((item) => item.sleutel)).toEqual(['1.1', '1.2']);
    const answered = completeness(SMALL, selection, answers, {});
    expect(answered.ontbreekt.map((item) => item.sleutel)).toEqual(['1.1#id', '1.2#overeenkomst']);
    const optional = result.items.find((item) => item.sleutel === '1.3');
    expect(optional).toMatchObject({ status: 'ontbreekt', verplicht: false });
  });

  it('is complete when every item is received or recorded as not applicable, and keeps notes and linked files', () => {
    const result = completeness(SMALL, selection, answers, {
      '1.1': { status: 'ontvangen' },
      '1.1#id': { status: 'ontvangen', bestanden: ['bestand-7'] },
      '1.2': { status: 'ontvangen' },
      '1.2#overeenkomst': { status: 'niet-van-toepassing', notitie: 'lening is al afgelost; zie bankafschrift' },
      '1.2.a': { status: 'ontvangen' },
    });
    expect(result.compleet).toBe(true);
    expect(result.ontbreekt).toEqual([]);
    expect(result.items.find((item) => item.sleutel === '1.1#id')?.bestanden).toEqual(['bestand-7']);
    expect(result.items.find((item) => item.sleutel === '1.2#overeenkomst')).toMatchObject({
      status: 'niet-van-toepassing',
      notitie: 'lening is al afgelost; zie bankafschrift',
    });
  });

  it.each([
    ['an answered question is derived as received', {}, '1.2', 'ontvangen', true],
    ['an answered list of persons is derived as received', {}, '1.2.a', 'ontvangen', true],
    ['an attachment without a file is missing', {}, '1.1#id', 'ontbreekt', true],
    ['an attachment with a linked file is derived as received', { '1.1#id': { bestanden: ['bestand-1'] } }, '1.1#id', 'ontvangen', true],
    ['an explicit onvolledig overrides an answer', { '1.2': { status: 'onvolledig', notitie: 'bedrag ontbreekt' } }, '1.2', 'onvolledig', false],
    ['an explicit n.v.t. overrides a missing attachment', { '1.2#overeenkomst': { status: 'niet-van-toepassing', notitie: 'afgelost' } }, '1.2#overeenkomst', 'niet-van-toepassing', false],
    ['an explicit onvolledig overrides a linked file', { '1.1#id': { status: 'onvolledig', notitie: 'onleesbaar', bestanden: ['bestand-1'] } }, '1.1#id', 'onvolledig', false],
  ] as const)('derived status: %s', (_case, statuses, sleutel, status, afgeleid) => {
    const result = completeness(SMALL, selection, answers, statuses as ItemStatuses);
    expect(result.items.find((item) => item.sleutel === sleutel)).toMatchObject({ status, afgeleid });
    const missing = result.ontbreekt.some((item) => item.sleutel === sleutel);
    expect(missing).toBe(status === 'ontbreekt' || status === 'onvolledig');
  });

  it.each([
    ['', 'ontbreekt'],
    ['   ', 'ontbreekt'],
    ['ja', 'ontvangen'],
    [0, 'ontvangen'],
    [[], 'ontbreekt'],
    [[person('x', ' ')], 'ontbreekt'],
    [[person('x', 'Bank Noord')], 'ontvangen'],
    [undefined, 'ontbreekt'],
  ] as const)('derivedStatus of the answer %j is %s', (answer, expected) => {
    expect(derivedStatus('vraag', answer as AnswerValue | undefined, [])).toBe(expected);
  });

  it('an unanswered required question stays missing; a fully answered set is complete only after confirmation', () => {
    const unanswered = completeness(SMALL, selection, { algemeen: { '1.1': 'np' }, perPersoon: {} }, {});
    expect(unanswered.items.find((item) => item.sleutel === '1.2')).toMatchObject({ status: 'ontbreekt', afgeleid: true });
    const files: ItemStatuses = { '1.1#id': { bestanden: ['b1'] }, '1.2#overeenkomst': { bestanden: ['b2'] } };
    const derived = completeness(SMALL, selection, answers, files);
    expect(derived.ontbreekt).toEqual([]);
    expect(derived.teBevestigen).toBe(5);
    expect(derived.compleet).toBe(false);
    const confirmed: ItemStatuses = Object.fromEntries(derived.items.map((item) => [item.sleutel, { status: item.status, bestanden: item.bestanden }]));
    const after = completeness(SMALL, selection, answers, confirmed);
    expect(after.teBevestigen).toBe(0);
    expect(after.compleet).toBe(true);
  });

  it('names the person of a repeated block in what is missing', () => {
    const result = run('wabo', { ...RP, '1.10': [person('a1', 'Anna Jansen')] }, { a1: { '5.1': 'natuurlijk-persoon', '5.8': 'ja' } });
    const item = result.ontbreekt.find((entry) => entry.sleutel === itemKey('5.8', { bijlage: 'leningsovereenkomst', persoon: 'a1' }));
    expect(item?.melding).toBe(
      'De bijlage bij vraag 5.8 voor Anna Jansen (aandeelhouder) ontbreekt: Ondertekende leningsovereenkomst(en). Waarom: De overeenkomst toont wie de geldverstrekker is en op welke voorwaarden is geleend (art. 7a lid 2 sub g onder 3° en sub h Wet Bibob). Vereist omdat vraag 5.8 met ‘ja’ is beantwoord.',
    );
  });

  it('explains the alternative of an anyOf condition that applies, not all of them', () => {
    const result = run('horeca', { ...NP, '1.2.a': 'ja' });
    expect(result.ontbreekt.find((item) => item.sleutel === '1.2#jaarrekeningen')?.waarom).toMatch(/Vereist omdat vraag 1\.2\.a met ‘ja’ is beantwoord\.$/);
  });

  it('reaches complete for a whole dossier of the shipped set once every applicable item is recorded', () => {
    const algemeen = { ...RP, '8.2': 'ja', '8.2.a': [person('g1', 'Bank')], '9.1': 'ja', '9.3': 'huur', '9.3.a': [person('h1', 'Verhuurder')], '1.10': [person('a1', 'Anna')] };
    const perPersoon = { a1: { '5.1': 'natuurlijk-persoon' } };
    const first = run('horeca', algemeen, perPersoon);
    const statuses: ItemStatuses = Object.fromEntries(first.items.map((item) => [item.sleutel, { status: 'ontvangen' as const }]));
    expect(run('horeca', algemeen, perPersoon, statuses).compleet).toBe(true);
    const { ['9.3#huurovereenkomst']: _removed, ...withoutLease } = statuses;
    const again = run('horeca', algemeen, perPersoon, withoutLease);
    expect(again.compleet).toBe(false);
    expect(again.ontbreekt.map((item) => item.sleutel)).toEqual(['9.3#huurovereenkomst']);
  });

  it('refuses a selection of another version of the set', () => {
    expect(() => completeness(SET, { ...defaultSelection(SET, 'wabo'), versie: 'oud' }, { algemeen: {}, perPersoon: {} }, {})).toThrow(/versie oud/);
  });

  it.each([
    [{ status: 'niet-van-toepassing' }, 'Noteer waarom dit onderdeel niet van toepassing is.'],
    [{ status: 'onvolledig' }, 'Noteer wat er nog ontbreekt.'],
    [{ status: 'klaar' }, 'Kies een status: ontvangen, ontbreekt, onvolledig of niet van toepassing.'],
  ])('a status record %j needs %s', (record, message) => {
    const parsed = statusRecordSchema.safeParse(record);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });

  it('accepts a status record with its note and linked files', () => {
    expect(statusRecordSchema.safeParse({ status: 'niet-van-toepassing', notitie: 'geen zekerheden', bestanden: ['f1'] }).success).toBe(true);
    expect(statusRecordSchema.safeParse({ status: 'ontvangen' }).success).toBe(true);
  });
});

describe('the shipped question set', () => {
  it('is a valid import of itself (round trip through JSON)', () => {
    const parsed = parseQuestionSet(JSON.parse(JSON.stringify(SET)));
    expect(parsed).toEqual({ ok: true, set: JSON.parse(JSON.stringify(SET)) });
  });

  it('says honestly where its text comes from', () => {
    expect(SET.bron).toMatch(/2013/);
    expect(SET.bron).toMatch(/art\. 7a lid 2 Wet Bibob/);
    expect(SET.bron).toMatch(/niet de officiële tekst/);
    expect(SET.bron).toMatch(/Justis/);
  });

  it('asks every item of the minimum data of Wet Bibob art. 7a lid 2', () => {
    const toelichtingen = allQuestions(SET).map((entry) => entry.question.toelichting).join('\n');
    for (const sub of ['sub a', 'sub b', 'sub c', 'sub d', 'sub e', 'sub f', 'sub g onder 1°', 'sub g onder 2°', 'sub g onder 3°', 'sub h']) {
      expect(toelichtingen, `art. 7a lid 2 ${sub}`).toContain(`art. 7a lid 2 ${sub}`);
    }
  });

  it('repeats a block per bestuurder, vennoot, aandeelhouder, UBO and leidinggevende', () => {
    expect(SET.sections.filter((section) => section.herhaalPer).map((section) => section.herhaalPer)).toEqual(['vennoot', 'bestuurder', 'aandeelhouder', 'ubo', 'leidinggevende']);
  });

  it('lists applicable questions per person in the set order', () => {
    const list = applicableQuestions(SET, defaultSelection(SET, 'wabo'), {
      algemeen: { ...RP, '1.9': [person('b1', 'Jan'), person('b2', 'Piet')] },
      perPersoon: {},
    });
    const block4 = list.filter((entry) => entry.section.nummer === '4').map((entry) => `${entry.question.nummer}@${entry.persoon?.id}`);
    expect(block4).toEqual([
      ...['4.1', '4.1.a', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8'].map((n) => `${n}@b1`),
      ...['4.1', '4.1.a', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8'].map((n) => `${n}@b2`),
    ]);
  });
});

describe('import of a question set', () => {
  const valid = () => ({
    formaat: 'bibob-vragenset/1',
    id: 'officieel',
    versie: '2024.1',
    titel: 'Bibob-vragenformulier',
    bron: 'Bijlage 1 Regeling Bibob-formulieren 2024',
    sections: [
      {
        nummer: '1',
        titel: 'Identificatie',
        vragen: [
          {
            nummer: '1.1',
            tekst: 'In welke vorm?',
            toelichting: 'Art. 7a lid 2 sub e.',
            soort: 'keuze',
            verplicht: true,
            opties: [
              { waarde: 'np', label: 'Natuurlijk persoon' },
              { waarde: 'rp', label: 'Rechtspersoon' },
            ],
          },
          {
            nummer: '1.2',
            tekst: 'Aandeelhouders',
            toelichting: 'Art. 7a lid 2 sub g.',
            soort: 'personen',
            verplicht: true,
            alleenAls: { vraag: '1.1', is: 'rp' },
            wordtBetrokkene: { rol: 'aandeelhouder' },
          },
        ],
      },
      {
        nummer: '2',
        titel: 'Per aandeelhouder',
        herhaalPer: 'aandeelhouder',
        vragen: [
          { nummer: '2.1', tekst: 'Lening?', toelichting: 'Art. 7a lid 2 sub h.', soort: 'ja-nee', verplicht: true },
          { nummer: '2.2', tekst: 'Details', toelichting: 'Idem.', soort: 'tekst', verplicht: true, alleenAls: { vraag: '2.1', is: 'ja' } },
        ],
      },
    ],
    standaardSelecties: { horeca: ['1.1', '1.2', '2.1', '2.2'] },
  });
  /** Test inputs are mutated freely to make them malformed. */
  type Json = any;

  it('accepts a well-formed set, with its default selection', () => {
    const parsed = parseQuestionSet(valid());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(defaultSelection(parsed.set, 'horeca').vragen).toEqual(['1.1', '1.2', '2.1', '2.2']);
      expect(defaultSelection(parsed.set, 'wabo').vragen).toEqual(['1.1', '1.2', '2.1', '2.2']);
    }
  });

  const malformed: [string, (json: Json) => unknown, string, RegExp][] = [
    ['no object at all', () => 'vragen.txt', '(document)', /Hier hoort een object/],
    ['another format', (j) => ({ ...j, formaat: 'iets-anders' }), 'formaat', /geen vragenset in het formaat/],
    ['a missing version', (j) => { delete j.versie; return j; }, 'versie', /Dit veld ontbreekt/],
    ['an unknown kind of question', (j) => { j.sections[0].vragen[1].soort = 'vrije-tekst'; return j; }, 'sections[0].vragen[1].soort', /Kies een soort vraag/],
    ['an empty question text', (j) => { j.sections[1].vragen[0].tekst = ' '; return j; }, 'sections[1].vragen[0].tekst', /Mag niet leeg zijn/],
    ['a missing verplicht', (j) => { delete j.sections[1].vragen[0].verplicht; return j; }, 'sections[1].vragen[0].verplicht', /Dit veld ontbreekt/],
    ['a malformed number', (j) => { j.sections[1].vragen[1].nummer = 'twee'; return j; }, 'sections[1].vragen[1].nummer', /cijfers en kleine letters/],
    ['a number outside its section', (j) => { j.sections[1].vragen[1].nummer = '3.2'; return j; }, 'sections[1].vragen[1].nummer', /hoort in sectie 2 te beginnen met "2\."/],
    ['a duplicate number', (j) => { j.sections[1].vragen[1].nummer = '2.1'; j.sections[1].vragen[1].alleenAls = undefined; return j; }, 'sections[1].vragen[1].nummer', /komt al voor op sections\[1\]\.vragen\[0\]/],
    ['a duplicate section', (j) => { j.sections[1].nummer = '1'; return j; }, 'sections[1].nummer', /Sectienummer 1 komt al voor/],
    ['an unknown role', (j) => { j.sections[0].vragen[1].wordtBetrokkene.rol = 'buurman'; return j; }, 'sections[0].vragen[1].wordtBetrokkene.rol', /Onbekende rol "buurman"/],
    ['an unknown role to repeat a block', (j) => { j.sections[1].herhaalPer = 'familie'; return j; }, 'sections[1].herhaalPer', /Onbekende rol "familie"/],
    ['a repeated block nobody names', (j) => { j.sections[0].vragen[1].wordtBetrokkene.rol = 'bestuurder'; return j; }, 'sections[1].herhaalPer', /geen personenvraag/],
    ['a condition on an unknown question', (j) => { j.sections[0].vragen[1].alleenAls = { anyOf: [{ vraag: '1.1', is: 'rp' }, { vraag: '9.9', is: 'ja' }] }; return j; }, 'sections[0].vragen[1].alleenAls.anyOf[1].vraag', /vraag 9\.9, die niet in de vragenset staat/],
    ['a condition value that is not an option', (j) => { j.sections[0].vragen[1].alleenAls.is = 'bv'; return j; }, 'sections[0].vragen[1].alleenAls.is', /geen optie "bv"/],
    ['a ja-nee condition on another value', (j) => { j.sections[1].vragen[1].alleenAls.is = 'misschien'; return j; }, 'sections[1].vragen[1].alleenAls.is', /"ja" of "nee"/],
    ['a condition on a text question', (j) => { j.sections[1].vragen[0].alleenAls = { vraag: '2.2', is: 'x' }; return j; }, 'sections[1].vragen[0].alleenAls.vraag', /alleen een ja-nee- of keuzevraag/],
    ['a condition with half a test', (j) => { j.sections[0].vragen[1].alleenAls = { vraag: '1.1' }; return j; }, 'sections[0].vragen[1].alleenAls.is', /zowel "vraag" als "is"/],
    ['a condition with two forms', (j) => { j.sections[0].vragen[1].alleenAls.not = { vraag: '1.1', is: 'np' }; return j; }, 'sections[0].vragen[1].alleenAls', /precies één vorm/],
    ['a condition outside a block on a question inside it', (j) => { j.sections[0].vragen[1].alleenAls = { vraag: '2.1', is: 'ja' }; return j; }, 'sections[0].vragen[1].alleenAls.vraag', /per persoon wordt herhaald/],
    ['circular conditions', (j) => { j.sections[1].vragen[0].alleenAls = { vraag: '2.1', is: 'ja' }; return j; }, 'sections[1].vragen[0].alleenAls', /kring: 2\.1 → 2\.1/],
    ['a keuze question without options', (j) => { delete j.sections[0].vragen[0].opties; j.sections[0].vragen[1].alleenAls = undefined; return j; }, 'sections[0].vragen[0].opties', /minstens twee opties/],
    ['options on a non-keuze question', (j) => { j.sections[1].vragen[0].opties = [{ waarde: 'a', label: 'A' }, { waarde: 'b', label: 'B' }]; return j; }, 'sections[1].vragen[0].opties', /geen keuzevraag/],
    ['a betrokkene from a ja-nee question', (j) => { j.sections[1].vragen[0].wordtBetrokkene = { rol: 'vermogensverschaffer' }; return j; }, 'sections[1].vragen[0].wordtBetrokkene', /alleen uit een personen- of tekstvraag/],
    ['an unknown kind of betrokkene', (j) => { j.sections[0].vragen[1].wordtBetrokkene.soort = 'bedrijf'; return j; }, 'sections[0].vragen[1].wordtBetrokkene.soort', /Kies "persoon" of "rechtspersoon"/],
    ['an own field added to a question', (j) => { j.sections[1].vragen[0].eigenVraag = 'Heeft u een hond?'; return j; }, 'sections[1].vragen[0].eigenVraag', /Onbekend veld "eigenVraag"/],
    ['a default selection with an unknown question', (j) => { j.standaardSelecties.horeca.push('7.1'); return j; }, 'standaardSelecties.horeca[4]', /vraag 7\.1, die niet in de vragenset staat/],
    ['a default selection for an unknown area', (j) => { j.standaardSelecties.subsidie = ['1.1']; return j; }, 'standaardSelecties.subsidie', /Onbekend toepassingsgebied "subsidie"/],
    ['a malformed attachment id', (j) => { j.sections[1].vragen[0].bijlagen = [{ id: 'Lening Overeenkomst', omschrijving: 'x', waarom: 'y' }]; return j; }, 'sections[1].vragen[0].bijlagen[0].id', /bijlage-id/],
  ];

  it.each(malformed)('refuses %s, with its position', (_label, mutate, pad, melding) => {
    const json = valid();
    const parsed = parseQuestionSet(mutate(json));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const error = parsed.errors.find((entry) => entry.pad === pad);
    expect(error, JSON.stringify(parsed.errors)).toBeDefined();
    expect(error!.melding).toMatch(melding);
  });

  it('reports every problem at once, each with its position', () => {
    const json: Json = valid();
    json.sections[0].vragen[1].wordtBetrokkene.rol = 'buurman';
    json.sections[1].vragen[1].soort = 'open';
    const parsed = parseQuestionSet(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((error) => error.pad)).toEqual(['sections[0].vragen[1].wordtBetrokkene.rol', 'sections[1].vragen[1].soort']);
  });
});

describe('composition by selection only (Regeling Bibob-formulieren 2024 art. 4–5)', () => {
  const wabo = () => defaultSelection(SET, 'wabo');

  it('gives each toepassingsgebied its own default: specific questions per kind of decision', () => {
    const numbers = Object.fromEntries(GEBIEDEN.map((gebied) => [gebied, new Set(defaultSelection(SET, gebied).vragen)]));
    expect(numbers.wabo!.has('10.3') && !numbers.wabo!.has('11.1') && !numbers.wabo!.has('12.1')).toBe(true);
    expect(numbers.horeca!.has('11.1') && !numbers.horeca!.has('10.3') && !numbers.horeca!.has('12.1')).toBe(true);
    expect(numbers.vastgoed!.has('12.1') && !numbers.vastgoed!.has('8.2') && !numbers.vastgoed!.has('9.3')).toBe(true);
    for (const gebied of GEBIEDEN) expect(numbers[gebied]!.has('1.2') && numbers[gebied]!.has('13.1')).toBe(true);
  });

  it.each([
    ['a number that is not in the set', '14.1'],
    ['an own question', 'Heeft u ooit een hond gehad?'],
    ['a sub-question the set does not have', '8.2.z'],
  ])('refuses %s', (_label, nummer) => {
    const problems = selectionProblems(SET, { ...wabo(), vragen: [...wabo().vragen, nummer] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ nummer });
    expect(problems[0]!.melding).toMatch(/eigen vragen toevoegen kan niet \(art\. 4 en 5 Regeling Bibob-formulieren 2024\)/);
  });

  it('refuses a selection of another set or version', () => {
    expect(selectionProblems(SET, { ...wabo(), versie: '2013' })[0]?.melding).toMatch(/hoort bij vragenset bibob-vragenformulier versie 2013/);
  });

  it('refuses a sub-question without its main question, and a question whose condition reads an unselected one', () => {
    const vragen = wabo().vragen.filter((nummer) => nummer !== '8.2' && nummer !== '1.2');
    const problems = selectionProblems(SET, { ...wabo(), vragen });
    expect(problems).toContainEqual({ nummer: '8.2.a', melding: 'Deelvraag 8.2.a is geselecteerd zonder haar hoofdvraag 8.2. Selecteer ook vraag 8.2.' });
    expect(problems).toContainEqual({ nummer: '1.3', melding: 'Vraag 1.3 hangt af van het antwoord op vraag 1.2, die niet is geselecteerd. Selecteer ook vraag 1.2.' });
  });

  it('refuses a repeated block without the question that names its persons', () => {
    const vragen = wabo().vragen.filter((nummer) => nummer !== '1.10');
    expect(selectionProblems(SET, { ...wabo(), vragen })).toContainEqual({
      nummer: '5.1',
      melding: 'Blok 5 (Aandeelhouders) wordt per persoon herhaald, maar de vraag die deze personen noemt (1.10) is niet geselecteerd.',
    });
  });

  it('refuses duplicates and an empty selection', () => {
    expect(selectionProblems(SET, { ...wabo(), vragen: [...wabo().vragen, '1.1'] })).toEqual([{ nummer: '1.1', melding: 'Vraag 1.1 staat twee keer in de selectie.' }]);
    expect(selectionProblems(SET, { ...wabo(), vragen: [] })).toEqual([{ nummer: '', melding: 'Selecteer minstens één vraag.' }]);
  });

  it('selects a sub-question together with the questions above it, and deselects a question with its sub-questions', () => {
    const vastgoed = defaultSelection(SET, 'vastgoed');
    const added = adjustSelection(SET, vastgoed, { selecteer: ['8.2.a'] });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.selection.vragen).toContain('8.2');
    expect(added.selection.vragen).toContain('8.2.a');
    expect(added.selection.vragen.indexOf('8.2')).toBeLessThan(added.selection.vragen.indexOf('8.2.a'));
    expect(selectionProblems(SET, added.selection)).toEqual([]);

    const removed = adjustSelection(SET, wabo(), { deselecteer: ['1.7'] });
    expect(removed.ok && removed.selection.vragen.filter((nummer) => nummer.startsWith('1.7'))).toEqual([]);
    if (removed.ok) expect(selectionProblems(SET, removed.selection)).toEqual([]);
  });

  it('refuses to add a question that is not in the set', () => {
    const result = adjustSelection(SET, wabo(), { selecteer: ['99.1'] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.melding).toMatch(/eigen vragen toevoegen kan niet/);
  });

  it.each(GEBIEDEN)('keeps the questionnaire as sent for %s: only the selected questions, itself a valid set', (gebied) => {
    const selection = defaultSelection(SET, gebied);
    const sent = selectedQuestionnaire(SET, selection);
    expect(allQuestions(sent).map((entry) => entry.question.nummer)).toEqual(selection.vragen);
    expect(sent.versie).toBe(SET.versie);
    expect(parseQuestionSet(JSON.parse(JSON.stringify(sent))).ok).toBe(true);
  });
});
