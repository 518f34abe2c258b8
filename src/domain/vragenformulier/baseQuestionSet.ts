/**
 * The question set the app ships with, until the municipality imports the official text of the Bibob-
 * vragenformulier of the Regeling Bibob-formulieren 2024 (bijlage 1; Justis publishes it) as a new version.
 *
 * It follows the structure and content of the 2013 forms (Regeling Bibob-formulieren, Stcrt. 2013, bijlage 2
 * omgevingsvergunning bouw, bijlage 3 overige beschikkingen — horeca and APV —, bijlage 5 vastgoedtransacties),
 * which the 2024 form replaced with the same structure, and the minimum data of Wet Bibob art. 7a lid 2. The
 * question texts are our own words. Each question names its 2013 counterpart in `herkomst`.
 *
 * Numbering: 1 identification, 2 the applicant as a natural person, 3–7 blocks repeated per vennoot,
 * bestuurder, aandeelhouder, UBO and other leidinggevende, 8 financing, 9 premises, 10–12 questions specific to
 * the omgevingsvergunning, horeca and vastgoed, 13 declaration. Plain data: the builders below only keep the
 * five person blocks consistent; the result is the JSON import format (see importFormat.ts).
 */
import type { Toepassingsgebied } from '../toepassingsgebied';
import { descendantNumbers } from './questionIndex';
import { QUESTION_SET_FORMAT, type AttachmentRequirement, type Condition, type Question, type QuestionKind, type QuestionSet, type RoleId, type Section } from './types';

const ja = (vraag: string): Condition => ({ vraag, is: 'ja' });
const nee = (vraag: string): Condition => ({ vraag, is: 'nee' });
const is = (vraag: string, waarde: string): Condition => ({ vraag, is: waarde });
const anyOf = (...parts: Condition[]): Condition => ({ anyOf: parts });
const allOf = (...parts: Condition[]): Condition => ({ allOf: parts });

type Extra = Partial<Omit<Question, 'nummer' | 'soort' | 'tekst' | 'toelichting'>>;

function vraag(nummer: string, soort: QuestionKind, tekst: string, toelichting: string, extra: Extra = {}): Question {
  return { nummer, tekst, toelichting, soort, verplicht: true, ...extra };
}

function bijlage(id: string, omschrijving: string, waarom: string, voorwaarde?: Condition): AttachmentRequirement {
  return voorwaarde ? { id, omschrijving, waarom, voorwaarde } : { id, omschrijving, waarom };
}

const FORM_2013 = 'Regeling Bibob-formulieren (2013)';

const WAAROM = {
  identiteit: 'Om de identiteit vast te stellen van wie bij de aanvraag betrokken is (art. 7a lid 2 sub a, c en g Wet Bibob).',
  handelsregister: 'Het uittreksel toont inschrijvingsnummer, rechtsvorm, handelsnamen en bestuurders (art. 7a lid 2 sub d tot en met g Wet Bibob).',
  herkomstEigenVermogen:
    'Elke geïnvesteerde euro moet een aantoonbare herkomst hebben; geld uit strafbare feiten mag niet via deze beschikking of transactie worden benut (art. 3 lid 1 sub a en art. 7a lid 2 sub h Wet Bibob).',
  leningsovereenkomst: 'De overeenkomst toont wie de geldverstrekker is en op welke voorwaarden is geleend (art. 7a lid 2 sub g onder 3° en sub h Wet Bibob).',
  aflossingsbewijs:
    'Zo blijkt of het geld echt is verstrekt en wordt afgelost, en of de lening niet de herkomst van geld verhult (art. 3 lid 2 en art. 7a lid 2 sub h Wet Bibob).',
  huurovereenkomst:
    'De overeenkomst toont wie de verhuurder is en op welke voorwaarden het pand wordt gebruikt; een verhuurder kan in een zakelijk samenwerkingsverband met de aanvrager staan (art. 3 lid 4 sub c Wet Bibob).',
} as const;

/** Own funds: the question, the amount and its origin, and the bank statements that prove it. */
function eigenVermogenVraag(nummer: string, tekst: string, alleenAls?: Condition, herkomst?: string): Question {
  return vraag(nummer, 'ja-nee', tekst, 'De wijze van financiering hoort bij de gegevens die de betrokkene in ieder geval verstrekt (art. 7a lid 2 sub h Wet Bibob).', {
    ...(alleenAls ? { alleenAls } : {}),
    bijlagen: [
      bijlage('herkomst-eigen-vermogen', 'Bewijsstukken van de herkomst en de omvang van het eigen vermogen (bijvoorbeeld rekeningafschriften)', WAAROM.herkomstEigenVermogen, ja(nummer)),
    ],
    subvragen: [
      vraag(`${nummer}.a`, 'bedrag', 'Om welk bedrag aan eigen vermogen gaat het?', 'Het bedrag wordt vergeleken met de bewijsstukken van de herkomst (art. 7a lid 2 sub h Wet Bibob).', { alleenAls: ja(nummer) }),
      vraag(`${nummer}.b`, 'tekst', 'Hoe is dit eigen vermogen verkregen (bijvoorbeeld spaargeld, winst, verkoop van bezit, erfenis)?', 'De herkomst van het geld is de kern van de financieringstoets (art. 3 lid 1 sub a Wet Bibob).', {
        alleenAls: ja(nummer),
      }),
    ],
    ...(herkomst ? { herkomst } : {}),
  });
}

/** Borrowed money: lenders become vermogensverschaffer; loan agreement and payment proof are required. */
function leningVraag(nummer: string, tekst: string, alleenAls?: Condition, herkomst?: string): Question {
  return vraag(
    nummer,
    'ja-nee',
    tekst,
    'Ook schulden aan de Belastingdienst en leningen binnen een concern gelden als vreemd vermogen. Geldverstrekkers zijn vermogensverschaffers van de aanvrager (art. 3 lid 4 sub c en art. 7a lid 2 sub g onder 3° en sub h Wet Bibob).',
    {
      ...(alleenAls ? { alleenAls } : {}),
      bijlagen: [
        bijlage('leningsovereenkomst', 'Per lening de ondertekende leningsovereenkomst', WAAROM.leningsovereenkomst, ja(nummer)),
        bijlage('aflossingsbewijs', 'Per lening bewijs dat het geleende bedrag is ontvangen en van de betaalde rente en aflossingen (bijvoorbeeld rekeningafschriften)', WAAROM.aflossingsbewijs, ja(nummer)),
      ],
      subvragen: [
        vraag(`${nummer}.a`, 'personen', 'Wie zijn de geldverstrekkers (naam, adres en woonplaats of plaats van vestiging, KvK-nummer, geleend bedrag)?', 'Een geldverstrekker wordt als vermogensverschaffer betrokkene in het onderzoek (art. 3 lid 4 sub c en art. 7a lid 2 sub g onder 3° Wet Bibob).', {
          alleenAls: ja(nummer),
          wordtBetrokkene: { rol: 'vermogensverschaffer' },
        }),
        vraag(`${nummer}.b`, 'bedrag', 'Hoeveel is in totaal geleend?', 'Het totaal wordt vergeleken met de investering en de overeenkomsten (art. 7a lid 2 sub h Wet Bibob).', { alleenAls: ja(nummer) }),
      ],
      ...(herkomst ? { herkomst } : {}),
    },
  );
}

/** Rent, lease or another agreement of use: the landlord becomes a betrokkene; the agreement is required. */
function huurVraag(nummer: string, tekst: string, alleenAls: Condition | undefined, herkomst: string, metAchterstand: boolean): Question {
  const gehuurd = anyOf(is(nummer, 'huur'), is(nummer, 'gebruik'));
  const subvragen: Question[] = [
    vraag(`${nummer}.a`, 'personen', 'Wie is de verhuurder, verpachter of degene die het gebruik toestaat (naam, adres en woonplaats of plaats van vestiging, KvK-nummer)?', 'De verhuurder kan in een zakelijk samenwerkingsverband met de aanvrager staan en wordt daarom betrokkene (art. 3 lid 4 sub c Wet Bibob).', {
      alleenAls: gehuurd,
      wordtBetrokkene: { rol: 'verhuurder' },
    }),
    vraag(`${nummer}.b`, 'bedrag', 'Hoe hoog is de huur, pacht of gebruiksvergoeding per maand?', 'Een vergoeding die niet past bij het pand kan wijzen op een verborgen afspraak (art. 3 lid 4 sub c Wet Bibob).', { alleenAls: gehuurd }),
  ];
  if (metAchterstand) {
    subvragen.push(
      vraag(`${nummer}.c`, 'ja-nee', 'Is er een achterstand in, of uitstel van, de betaling van de huur, pacht of vergoeding?', 'Een betalingsachterstand kan de verhuurder invloed geven op de bedrijfsvoering (art. 3 lid 4 sub c Wet Bibob).', {
        alleenAls: gehuurd,
        herkomst: `${FORM_2013}, bijlage 3, vraag 6G`,
      }),
      vraag(`${nummer}.d`, 'tekst', 'Over welke periode, en om welk bedrag gaat het?', 'Periode en bedrag bepalen hoe groot die invloed kan zijn.', { alleenAls: ja(`${nummer}.c`) }),
    );
  }
  return vraag(nummer, 'keuze', tekst, 'Bij huur, pacht of een andere gebruiksovereenkomst is de verhuurder een mogelijke betrokkene (art. 3 lid 4 sub c Wet Bibob).', {
    opties: [
      { waarde: 'nee', label: 'Nee' },
      { waarde: 'huur', label: 'Ja, gehuurd of gepacht' },
      { waarde: 'gebruik', label: 'Ja, op grond van een andere gebruiksovereenkomst' },
    ],
    ...(alleenAls ? { alleenAls } : {}),
    bijlagen: [bijlage('huurovereenkomst', 'Kopie van de huur-, pacht- of gebruiksovereenkomst', WAAROM.huurovereenkomst, gehuurd)],
    subvragen,
    herkomst,
  });
}

// ── Blocks per person ────────────────────────────────────────────────────────────────────────────────────────

type BlockKind = 'aanvrager' | 'vennoot' | 'zeggenschap' | 'leiding';
type Topic =
  | 'identificatie'
  | 'zeggenschap'
  | 'bestuur'
  | 'bezittingen'
  | 'schulden'
  | 'inkomsten'
  | 'partner'
  | 'leningen'
  | 'strafrecht'
  | 'boetes'
  | 'vergunningen'
  | 'handhaving'
  | 'faillissement'
  | 'arbeidshistorie';

/** The question letters of the 2013 forms per block: 2 eenmanszaak, 3 vennoot, 4 uiteindelijk zeggenschaphebbende, 5 uiteindelijk leidinggevende. */
const LETTERS_2013: Record<BlockKind, { prefix: string; letters: Partial<Record<Topic, string>> }> = {
  aanvrager: {
    prefix: '2',
    letters: { zeggenschap: 'A', bestuur: 'B', bezittingen: 'C', schulden: 'D', inkomsten: 'E en 2F', partner: 'G', leningen: 'H', strafrecht: 'I', boetes: 'J', vergunningen: 'K', handhaving: 'L', arbeidshistorie: 'M' },
  },
  vennoot: {
    prefix: '3',
    letters: { identificatie: 'A', zeggenschap: 'B', bestuur: 'C', bezittingen: 'D', schulden: 'E', inkomsten: 'F en 3G', partner: 'H', leningen: 'I', strafrecht: 'J', boetes: 'K', vergunningen: 'L', handhaving: 'M', arbeidshistorie: 'N' },
  },
  zeggenschap: {
    prefix: '4',
    letters: { identificatie: 'A', zeggenschap: 'B', bestuur: 'C', bezittingen: 'D', schulden: 'E', inkomsten: 'F en 4G', partner: 'H', leningen: 'I', strafrecht: 'J', boetes: 'K', vergunningen: 'L', handhaving: 'M', arbeidshistorie: 'N' },
  },
  leiding: { prefix: '5', letters: { identificatie: 'A', zeggenschap: 'B', bestuur: 'C', strafrecht: 'D', boetes: 'E', vergunningen: 'F', handhaving: 'G' } },
};

function herkomst2013(kind: BlockKind, topic: Topic): string {
  if (topic === 'faillissement') {
    return 'Opbouw formulier 2024 (andere ondernemingen en faillissementen, domeinreferentie §6); de formulieren van 2013 hebben hiervoor geen aparte vraag';
  }
  const { prefix, letters } = LETTERS_2013[kind];
  const letter = letters[topic];
  const bijlage3 = topic === 'arbeidshistorie' ? ', bijlage 3' : '';
  return `${FORM_2013}${bijlage3}, vraag ${prefix}${letter ?? ''}`;
}

/** Question numbers that only the horeca default selection contains (employment history at the location). */
const HORECA_ONLY = new Set<string>();

interface BlockSpec {
  readonly nummer: string;
  readonly kind: BlockKind;
  /** How the questions name the person: 'de aanvrager', 'deze vennoot', … */
  readonly wie: string;
  /** Whether the block asks whether the person is a natural person or a legal entity (its first question). */
  readonly soortVraag: boolean;
}

function personBlock(spec: BlockSpec): Question[] {
  const { nummer: s, kind, wie } = spec;
  const volledig = kind !== 'leiding';
  const questions: Question[] = [];
  let counter = 0;
  const next = () => `${s}.${++counter}`;
  const herkomst = (topic: Topic) => herkomst2013(kind, topic);

  let natuurlijk: Condition | undefined;
  if (kind === 'leiding' && !spec.soortVraag) {
    const n = next();
    questions.push(
      vraag(n, 'tekst', `Naam, geboortedatum, adres en woonplaats van ${wie}`, 'De Wet Bibob vraagt naam, adres en woonplaats van iedere leidinggevende (art. 7a lid 2 sub g onder 1° Wet Bibob).', {
        bijlagen: [bijlage('identiteitsbewijs', 'Kopie van een geldig identiteitsbewijs (paspoort, identiteitskaart, rijbewijs of verblijfsdocument)', WAAROM.identiteit)],
        herkomst: herkomst('identificatie'),
      }),
    );
  } else if (spec.soortVraag) {
    const n = next();
    natuurlijk = is(n, 'natuurlijk-persoon');
    questions.push(
      vraag(n, 'keuze', `Is ${wie} een natuurlijk persoon of een rechtspersoon?`, 'Welke stukken nodig zijn, hangt ervan af of het om een mens of om een rechtspersoon gaat (art. 7a lid 2 sub g Wet Bibob).', {
        opties: [
          { waarde: 'natuurlijk-persoon', label: 'Natuurlijk persoon' },
          { waarde: 'rechtspersoon', label: 'Rechtspersoon of andere onderneming' },
        ],
        bijlagen: [
          bijlage('identiteitsbewijs', 'Kopie van een geldig identiteitsbewijs (paspoort, identiteitskaart, rijbewijs of verblijfsdocument)', WAAROM.identiteit, natuurlijk),
          bijlage('handelsregister', 'Recent uittreksel uit het handelsregister; bij een buitenlandse rechtspersoon uit het buitenlandse handelsregister', WAAROM.handelsregister, is(n, 'rechtspersoon')),
        ],
        subvragen: [
          vraag(`${n}.a`, 'tekst', 'Naam, adres en woonplaats of plaats van vestiging, en geboortedatum of KvK-nummer', 'De Wet Bibob vraagt naam, adres en woonplaats van leidinggevenden, zeggenschaphebbenden en vermogensverschaffers (art. 7a lid 2 sub g Wet Bibob).'),
        ],
        herkomst: herkomst('identificatie'),
      }),
    );
  }
  const alsNatuurlijk = (condition: Condition): Condition => (natuurlijk ? allOf(condition, natuurlijk) : condition);
  const natuurlijkExtra = (): Extra => (natuurlijk ? { alleenAls: natuurlijk } : {});

  const zeggenschap = next();
  const andere = kind === 'aanvrager' ? 'dan de onderneming waarop de aanvraag betrekking heeft' : 'dan de aanvrager';
  questions.push(
    vraag(zeggenschap, 'ja-nee', `Heeft ${wie} in de afgelopen vijf jaar (uiteindelijke) zeggenschap gehad over andere rechtspersonen of ondernemingen ${andere}?`, 'Wie zeggenschap heeft of had over een rechtspersoon die strafbare feiten pleegde, staat in relatie tot die feiten (art. 3 lid 4 sub b Wet Bibob). Zeggenschap is bijvoorbeeld het houden van aandelen of stemrecht, direct of via andere rechtspersonen.', {
      bijlagen: [
        bijlage('bewijs-zeggenschap', 'Bewijsstukken van deze zeggenschap, zoals aandeelhoudersregisters (staat het in het Nederlandse handelsregister, dan volstaat een verwijzing daarnaar)', 'Om de opgegeven zeggenschap te kunnen controleren (art. 3 lid 4 sub b Wet Bibob).', ja(zeggenschap)),
        bijlage('organogram', 'Organogram van de verhoudingen tussen deze persoon, de aanvrager en deze rechtspersonen of ondernemingen, met de periodes', 'Het organogram laat zien via welke rechtspersonen zeggenschap en vermogen lopen (art. 3 lid 4 Wet Bibob).', ja(zeggenschap)),
        ...(volledig
          ? [
              bijlage('jaarrekeningen', 'Jaarrekeningen (en geconsolideerde jaarrekeningen, als die er zijn) over de afgelopen drie jaar van de rechtspersonen of ondernemingen waarover de zeggenschap nog bestaat', 'De jaarcijfers tonen de geldstromen tussen deze ondernemingen en de aanvrager (art. 7a lid 2 sub h Wet Bibob).', ja(zeggenschap)),
            ]
          : []),
      ],
      subvragen: [
        vraag(`${zeggenschap}.a`, 'tekst', 'Welke rechtspersonen of ondernemingen (naam, handelsnamen, KvK-nummer, adres), in welke rol en in welke periode?', 'Met deze gegevens worden de rechtspersonen in openbare bronnen nagezocht (art. 7b Wet Bibob).', { alleenAls: ja(zeggenschap) }),
      ],
      herkomst: herkomst('zeggenschap'),
    }),
  );

  const bestuur = next();
  questions.push(
    vraag(bestuur, 'ja-nee', `Is ${wie} in de afgelopen vijf jaar (indirect) bestuurder geweest van rechtspersonen of ondernemingen${kind === 'aanvrager' ? '' : ' anders dan de aanvrager'}?`, 'Wie leiding geeft of gaf aan een rechtspersoon die strafbare feiten pleegde, staat in relatie tot die feiten (art. 3 lid 4 sub b Wet Bibob).', {
      bijlagen: [
        bijlage('bewijs-bestuur', 'Bewijsstukken van deze bestuursfuncties (staat het in het Nederlandse handelsregister, dan volstaat een verwijzing daarnaar)', 'Om de opgegeven bestuursfuncties te kunnen controleren (art. 3 lid 4 sub b Wet Bibob).', ja(bestuur)),
        bijlage('organogram', `Organogram van deze bestuursfuncties met de periodes (dit mag één organogram zijn met dat bij vraag ${zeggenschap})`, 'Het organogram laat zien aan welke rechtspersonen deze persoon leiding geeft of gaf (art. 3 lid 4 Wet Bibob).', ja(bestuur)),
      ],
      subvragen: [
        vraag(`${bestuur}.a`, 'tekst', 'Van welke rechtspersonen of ondernemingen (naam, handelsnamen, KvK-nummer, adres), in welke functie en in welke periode?', 'Met deze gegevens worden de rechtspersonen in openbare bronnen nagezocht (art. 7b Wet Bibob).', { alleenAls: ja(bestuur) }),
      ],
      herkomst: herkomst('bestuur'),
    }),
  );
  const elders = `of een rechtspersoon of onderneming uit vraag ${zeggenschap} of ${bestuur}`;

  if (volledig) {
    const bezit = next();
    questions.push(
      vraag(bezit, 'ja-nee', `Had ${wie} nu, aan het einde van vorig jaar of aan het einde van het jaar daarvoor bezittingen, zoals bank- en spaartegoeden, contant geld vanaf € 500, aandelen, onroerende zaken, voertuigen of vorderingen?`, 'Bezittingen laten zien of het vermogen waarmee de activiteit wordt gefinancierd een verklaarbare herkomst heeft (art. 3 lid 2 en art. 7a lid 2 sub h Wet Bibob).', {
        bijlagen: [bijlage('bewijs-bezittingen', 'Bewijsstukken van de omvang van deze bezittingen (bijvoorbeeld rekeningafschriften of belastingaangiften)', 'Om de opgegeven bezittingen te kunnen controleren (art. 7a lid 2 sub h Wet Bibob).', ja(bezit))],
        subvragen: [vraag(`${bezit}.a`, 'tekst', 'Welke bezittingen, met hun waarde nu, aan het einde van vorig jaar en aan het einde van het jaar daarvoor?', 'Het verloop van het vermogen over drie momenten laat onverklaarde sprongen zien.', { alleenAls: ja(bezit) })],
        herkomst: herkomst('bezittingen'),
      }),
    );
    const schuld = next();
    questions.push(
      vraag(schuld, 'ja-nee', `Had ${wie} nu, aan het einde van vorig jaar of aan het einde van het jaar daarvoor schulden, ook aan de Belastingdienst?`, 'Schulden kunnen een schuldeiser invloed geven en verklaren de financiële positie (art. 3 lid 4 sub c en art. 7a lid 2 sub h Wet Bibob).', {
        bijlagen: [bijlage('bewijs-schulden', 'Bewijsstukken van de bron en omvang van deze schulden (bijvoorbeeld overeenkomsten of belastingaangiften)', 'Om de opgegeven schulden te kunnen controleren (art. 7a lid 2 sub h Wet Bibob).', ja(schuld))],
        subvragen: [vraag(`${schuld}.a`, 'tekst', 'Bij wie, en hoe hoog nu, aan het einde van vorig jaar en aan het einde van het jaar daarvoor?', 'Het verloop van de schulden laat zien of en hoe ze zijn afgelost.', { alleenAls: ja(schuld) })],
        herkomst: herkomst('schulden'),
      }),
    );
    const inkomen = next();
    questions.push(
      vraag(inkomen, 'ja-nee', `Had ${wie} in elk van de jaren dit jaar, vorig jaar en het jaar daarvoor inkomsten, zoals loon, een uitkering, winstuitkeringen of huuropbrengsten?`, 'Inkomsten verklaren de herkomst van vermogen; wie zonder inkomen leeft, wordt mogelijk door een ander onderhouden die daardoor invloed heeft (art. 3 lid 4 en art. 7a lid 2 sub h Wet Bibob).', {
        bijlagen: [bijlage('bewijs-inkomsten', 'Bewijsstukken van de bron en omvang van deze inkomsten (bijvoorbeeld jaaropgaven, loonstroken of belastingaangiften)', 'Om de opgegeven inkomsten te kunnen controleren (art. 7a lid 2 sub h Wet Bibob).', ja(inkomen))],
        subvragen: [
          vraag(`${inkomen}.a`, 'tekst', 'Welke inkomsten (bron, soort en bedrag per jaar)?', 'Bron en bedrag worden vergeleken met de bewijsstukken.', { alleenAls: ja(inkomen) }),
          vraag(`${inkomen}.b`, 'tekst', 'Welke inkomsten waren er wel, en hoe werd in de jaren zonder inkomsten in het levensonderhoud voorzien (met eigen vermogen, door een ander — wie? — of op een andere manier)?', 'Wie een ander onderhoudt, kan daardoor invloed hebben op de aanvrager (art. 3 lid 4 sub c Wet Bibob).', {
            alleenAls: alsNatuurlijk(nee(inkomen)),
          }),
        ],
        herkomst: herkomst('inkomsten'),
      }),
    );
    const partner = next();
    questions.push(
      vraag(partner, 'ja-nee', `Heeft ${wie} een fiscaal partner?`, 'Vermogen en inkomsten kunnen bij een fiscaal partner zijn ondergebracht (art. 7a lid 2 sub h Wet Bibob).', {
        ...natuurlijkExtra(),
        subvragen: [vraag(`${partner}.a`, 'tekst', 'Naam, geboortedatum en -plaats en adres van de fiscaal partner', 'Om de gegevens over vermogen en inkomsten van het huishouden te kunnen plaatsen.', { alleenAls: ja(partner) })],
        herkomst: herkomst('partner'),
      }),
    );
    const lening = next();
    questions.push(
      vraag(lening, 'ja-nee', `Heeft ${wie}, ${elders}, leningen ontvangen (ook leningen die alleen in de bijlagen bij dit formulier worden genoemd)?`, 'Een geldverstrekker is vermogensverschaffer en kan daardoor invloed hebben; ook zijn strafbare feiten tellen mee (art. 3 lid 4 sub c en art. 7a lid 2 sub g onder 3° en sub h Wet Bibob).', {
        bijlagen: [
          bijlage('leningsovereenkomst', 'Ondertekende leningsovereenkomst(en)', WAAROM.leningsovereenkomst, ja(lening)),
          bijlage('aflossingsbewijs', 'Bewijs dat het geleende bedrag is ontvangen en van de betaalde rente en aflossingen (bijvoorbeeld rekeningafschriften)', WAAROM.aflossingsbewijs, ja(lening)),
        ],
        subvragen: [
          vraag(`${lening}.a`, 'personen', 'Wie zijn de geldverstrekkers (naam, adres en woonplaats of plaats van vestiging, KvK-nummer)?', 'Een geldverstrekker wordt als vermogensverschaffer betrokkene in het onderzoek (art. 3 lid 4 sub c Wet Bibob).', {
            alleenAls: ja(lening),
            wordtBetrokkene: { rol: 'vermogensverschaffer' },
          }),
          vraag(`${lening}.b`, 'tekst', 'Per lening: bedrag bij aanvang, restschuld, rente, datum van de overeenkomst en datum van verstrekking', 'De voorwaarden laten zien of de lening zakelijk is (art. 3 lid 2 Wet Bibob).', { alleenAls: ja(lening) }),
          vraag(`${lening}.c`, 'ja-nee', 'Zijn voor deze leningen zekerheden gesteld, zoals een pandrecht, hypotheek of borgstelling?', 'Wie zekerheid heeft, kan bij wanbetaling zeggenschap krijgen (art. 3 lid 4 Wet Bibob).', {
            alleenAls: ja(lening),
            bijlagen: [bijlage('zekerheden', 'Bewijsstukken van de gestelde zekerheden', 'Om de gestelde zekerheden en wie ze houdt te kunnen controleren (art. 3 lid 4 Wet Bibob).', ja(`${lening}.c`))],
          }),
        ],
        herkomst: herkomst('leningen'),
      }),
    );
  }

  const straf = next();
  questions.push(
    vraag(straf, 'ja-nee', `Is ${wie}, ${elders}, in de afgelopen vijf jaar veroordeeld, een transactie (schikking) met het Openbaar Ministerie aangegaan of op een andere manier als verdachte aangemerkt?`, 'Veroordelingen, transacties en verdenkingen bepalen de mate van gevaar (art. 3 lid 2 tot en met 4 en art. 3a Wet Bibob). Een feit dat niet is vervolgd, mag worden meegewogen (art. 3a lid 2).', {
      subvragen: [vraag(`${straf}.a`, 'tekst', 'Wie was verdachte, in welk jaar, in welk land en om welke strafbare feiten ging het?', 'Aard, ernst en aantal van de feiten wegen mee (art. 3 lid 2 en 3 Wet Bibob).', { alleenAls: ja(straf) })],
      herkomst: herkomst('strafrecht'),
    }),
  );
  const boete = next();
  questions.push(
    vraag(boete, 'ja-nee', `Is aan ${wie}, ${elders}, in de afgelopen vijf jaar een bestuurlijke of fiscale boete opgelegd, bijvoorbeeld door de Nederlandse Arbeidsinspectie of de Belastingdienst?`, 'Een overtreding waarvoor een bestuurlijke boete kan worden opgelegd, geldt in de Wet Bibob als strafbaar feit (art. 1 lid 5 en art. 3a lid 1 sub d en e Wet Bibob).', {
      bijlagen: [bijlage('boetebesluiten', 'Kopie van de besluiten waarbij de boetes zijn opgelegd', 'Het besluit toont het feit, de hoogte en de datum van de boete (art. 3a lid 1 sub d en e Wet Bibob).', ja(boete))],
      subvragen: [vraag(`${boete}.a`, 'tekst', 'Aan wie, in welk jaar, door welk bestuursorgaan en voor welke feiten?', 'Aard en aantal van de beboete feiten wegen mee (art. 3 lid 3 Wet Bibob).', { alleenAls: ja(boete) })],
      herkomst: herkomst('boetes'),
    }),
  );
  const vergunning = next();
  questions.push(
    vraag(vergunning, 'ja-nee', `Is in de afgelopen vijf jaar een vergunning van ${wie}, ${elders}, geweigerd of ingetrokken?`, 'Een eerdere weigering of intrekking kan wijzen op feiten die ook voor deze beoordeling van belang zijn (art. 3 Wet Bibob).', {
      bijlagen: [bijlage('besluiten', 'Kopie van de besluiten tot weigering of intrekking', 'Het besluit toont de grond van de weigering of intrekking (art. 3 Wet Bibob).', ja(vergunning))],
      subvragen: [vraag(`${vergunning}.a`, 'tekst', 'Van wie, in welk jaar, door welk bestuursorgaan, voor welke locatie en welke onderneming?', 'Met deze gegevens kan het bestuursorgaan het besluit opvragen (art. 28 lid 2 sub m Wet Bibob).', { alleenAls: ja(vergunning) })],
      herkomst: herkomst('vergunningen'),
    }),
  );
  const handhaving = next();
  questions.push(
    vraag(handhaving, 'ja-nee', `Is aan ${wie}, ${elders}, in de afgelopen vijf jaar een last onder bestuursdwang of een last onder dwangsom opgelegd, een sluiting op grond van artikel 13b Opiumwet daaronder begrepen?`, 'Handhavingsbesluiten tonen overtredingen bij activiteiten die met de aangevraagde kunnen samenhangen (art. 3 lid 3 Wet Bibob).', {
      bijlagen: [bijlage('besluiten', 'Kopie van de besluiten waarbij de last is opgelegd', 'Het besluit toont de overtreding en de locatie (art. 3 lid 3 Wet Bibob).', ja(handhaving))],
      subvragen: [vraag(`${handhaving}.a`, 'tekst', 'Aan wie, om welke overtreding, in welk jaar, door welk bestuursorgaan en op welke locatie?', 'Aard en aantal van de overtredingen wegen mee (art. 3 lid 3 Wet Bibob).', { alleenAls: ja(handhaving) })],
      herkomst: herkomst('handhaving'),
    }),
  );
  const faillissement = next();
  questions.push(
    vraag(faillissement, 'ja-nee', `Is ${wie}, ${elders}, in de afgelopen vijf jaar failliet verklaard of in surseance van betaling geweest?`, 'Eerdere faillissementen zeggen iets over de herkomst van vermogen en over eerdere ondernemingen van dezelfde personen (art. 3 lid 2 Wet Bibob).', {
      subvragen: [vraag(`${faillissement}.a`, 'tekst', 'Welke onderneming, wanneer, en hoe is het faillissement of de surseance afgewikkeld?', 'Met deze gegevens wordt het Centraal Insolventieregister geraadpleegd (art. 7b Wet Bibob).', { alleenAls: ja(faillissement) })],
      herkomst: herkomst('faillissement'),
    }),
  );
  if (volledig) {
    const arbeid = next();
    questions.push(
      vraag(arbeid, 'ja-nee', `Heeft ${wie} eerder als werknemer (niet als ondernemer) gewerkt op de locatie waarop de aanvraag betrekking heeft?`, 'Zo wordt zichtbaar of een eerdere exploitatie op deze locatie feitelijk wordt voortgezet door of met dezelfde personen (art. 3 lid 4 sub c Wet Bibob).', {
        ...natuurlijkExtra(),
        subvragen: [vraag(`${arbeid}.a`, 'tekst', 'Bij welke werkgever en in welke periode?', 'Met deze gegevens wordt de eerdere exploitatie nagezocht.', { alleenAls: ja(arbeid) })],
        herkomst: herkomst('arbeidshistorie'),
      }),
    );
    HORECA_ONLY.add(arbeid);
    HORECA_ONLY.add(`${arbeid}.a`);
  }
  return questions;
}

interface BlockSectionSpec {
  readonly nummer: string;
  readonly titel: string;
  /** 'vennoot', 'bestuurder', …: as in "voor iedere vennoot". */
  readonly enkelvoud: string;
  readonly rol: RoleId;
  readonly kind: BlockKind;
  readonly wie: string;
  readonly genoemdBij: string;
  readonly soortVraag: boolean;
}

function blockSection({ nummer, titel, enkelvoud, rol, kind, wie, genoemdBij, soortVraag }: BlockSectionSpec): Section {
  return {
    nummer,
    titel,
    toelichting: `Vul dit blok in voor iedere ${enkelvoud} die bij vraag ${genoemdBij} is genoemd. Heeft u voor dezelfde persoon al een ander blok ingevuld, dan mag u naar die antwoorden verwijzen.`,
    herhaalPer: rol,
    vragen: personBlock({ nummer, kind, wie, soortVraag }),
  };
}

// ── The sections ─────────────────────────────────────────────────────────────────────────────────────────────

const NP = is('1.2', 'natuurlijk-persoon');
const PV = is('1.2', 'personenvennootschap');
const RP = is('1.2', 'rechtspersoon');
const ONDERNEMING = anyOf(PV, RP, ja('1.2.a'));

const section1: Section = {
  nummer: '1',
  titel: 'Identificatie van de aanvrager',
  toelichting:
    'Vul dit formulier volledig en naar waarheid in en lever de gevraagde bijlagen mee. Een onvolledig formulier kan ertoe leiden dat de aanvraag buiten behandeling wordt gelaten (art. 4:5 Awb) of, bij een vastgoedtransactie, dat de gemeente de transactie niet aangaat. Opzettelijk onjuiste opgaven zijn strafbaar (valsheid in geschrift, art. 225 Wetboek van Strafrecht). U mag verwijzen naar een ander antwoord, een bijlage of een stuk dat u eerder in deze procedure gaf.',
  vragen: [
    vraag('1.1', 'tekst', 'Voor welke beschikking of transactie vult u dit formulier in, en op welke locatie heeft die betrekking?', 'De Wet Bibob toetst het gevaar dat juist deze beschikking of transactie wordt misbruikt (art. 3 lid 1 en art. 5a Wet Bibob).', {
      herkomst: `${FORM_2013}, vraag 1A`,
    }),
    vraag('1.2', 'keuze', 'In welke vorm doet u de aanvraag?', 'De rechtsvorm hoort bij de gegevens die de betrokkene in ieder geval verstrekt (art. 7a lid 2 sub e Wet Bibob) en bepaalt welke vragen en bijlagen gelden.', {
      opties: [
        { waarde: 'natuurlijk-persoon', label: 'Als natuurlijk persoon (privépersoon of eenmanszaak)' },
        { waarde: 'personenvennootschap', label: 'Als vennootschap onder firma, commanditaire vennootschap of maatschap' },
        { waarde: 'rechtspersoon', label: 'Als rechtspersoon (bv, nv, stichting, vereniging, coöperatie of buitenlandse rechtsvorm)' },
      ],
      bijlagen: [
        bijlage('identiteitsbewijs', 'Kopie van een geldig identiteitsbewijs van de aanvrager (paspoort, identiteitskaart, rijbewijs of verblijfsdocument)', WAAROM.identiteit, NP),
        bijlage('handelsregister', 'Recent uittreksel uit het handelsregister van de Kamer van Koophandel (bij een buitenlandse rechtsvorm: uit het buitenlandse handelsregister)', WAAROM.handelsregister, ONDERNEMING),
        bijlage('eigendomsstructuur', 'Overzicht van de eigendoms- en zeggenschapsstructuur (organogram met percentages) en een kopie van het aandeelhoudersregister', 'Om de zeggenschaphebbenden en vermogensverschaffers vast te stellen, ook via tussenliggende rechtspersonen (art. 3 lid 4 en art. 7a lid 2 sub g Wet Bibob).', RP),
        bijlage('jaarrekeningen', 'Jaarrekeningen (balans en winst-en-verliesrekening met toelichting) over de afgelopen drie boekjaren; niet voor jaren waarin de onderneming nog niet bestond', 'De jaarcijfers tonen de financiële positie en de herkomst van de middelen van de onderneming (art. 7a lid 2 sub h Wet Bibob).', ONDERNEMING),
        bijlage('vennootschapsovereenkomst', 'Kopie van de vennootschapsovereenkomst of het maatschapscontract', 'De overeenkomst toont wie vennoot is en hoe zeggenschap en winst zijn verdeeld (art. 3 lid 4 Wet Bibob).', PV),
      ],
      subvragen: [
        vraag('1.2.a', 'ja-nee', 'Drijft u als natuurlijk persoon een eenmanszaak?', 'Bij een eenmanszaak horen een inschrijving in het handelsregister en jaarcijfers (art. 7a lid 2 sub d en h Wet Bibob).', { alleenAls: NP }),
      ],
      herkomst: `${FORM_2013}, vragen 1B, 1C en 1F`,
    }),
    vraag('1.3', 'tekst', 'Achternaam en voornamen van de aanvrager', 'Naam, adres en woonplaats van de betrokkene (art. 7a lid 2 sub a Wet Bibob).', {
      alleenAls: NP,
      wordtBetrokkene: { rol: 'aanvrager', soort: 'persoon' },
      subvragen: [
        vraag('1.3.a', 'tekst', 'Geboortedatum en geboorteplaats', 'Om de aanvrager eenduidig te identificeren in registers (art. 7b Wet Bibob).'),
        vraag('1.3.b', 'tekst', 'Burgerservicenummer (BSN)', 'Het burgerservicenummer hoort bij de gegevens die de betrokkene in ieder geval verstrekt (art. 7a lid 2 sub c Wet Bibob).'),
        vraag('1.3.c', 'tekst', 'Adres en woonplaats', 'Naam, adres en woonplaats van de betrokkene (art. 7a lid 2 sub a Wet Bibob).'),
      ],
      herkomst: `${FORM_2013}, vraag 1B`,
    }),
    vraag('1.4', 'tekst', 'Statutaire naam van de vennootschap of rechtspersoon', 'Naam en plaats van vestiging van de betrokkene (art. 7a lid 2 sub a Wet Bibob).', {
      alleenAls: anyOf(PV, RP),
      wordtBetrokkene: { rol: 'aanvrager', soort: 'rechtspersoon' },
      subvragen: [
        vraag('1.4.a', 'tekst', 'Rechtsvorm', 'De rechtsvorm van de betrokkene (art. 7a lid 2 sub e Wet Bibob).'),
        vraag('1.4.b', 'tekst', 'Adres en plaats van vestiging', 'Adres en plaats van vestiging van de betrokkene (art. 7a lid 2 sub a Wet Bibob).'),
      ],
      herkomst: `${FORM_2013}, vragen 1D, 1E en 1F`,
    }),
    vraag('1.5', 'tekst', 'Inschrijvingsnummer bij de Kamer van Koophandel (KvK-nummer)', 'Het nummer van inschrijving bij de Kamer van Koophandel (art. 7a lid 2 sub d Wet Bibob).', {
      alleenAls: ONDERNEMING,
      herkomst: `${FORM_2013}, vragen 1B tot en met 1F`,
    }),
    vraag('1.6', 'tekst', 'Alle handelsnamen die de aanvrager gebruikt of heeft gebruikt', 'De handelsnamen waarvan de betrokkene gebruikmaakt of heeft gemaakt (art. 7a lid 2 sub f Wet Bibob).', {
      alleenAls: ONDERNEMING,
      herkomst: `${FORM_2013}, vragen 1B tot en met 1F`,
    }),
    vraag('1.7', 'ja-nee', 'Laat de aanvrager zich bij deze aanvraag vertegenwoordigen, bijvoorbeeld door een adviseur of gemachtigde?', 'Naam, adres, woonplaats en burgerservicenummer van de vertegenwoordiger horen bij de gegevens die de betrokkene in ieder geval verstrekt (art. 7a lid 2 sub b en c Wet Bibob).', {
      bijlagen: [bijlage('machtiging', 'Schriftelijke machtiging van de vertegenwoordiger', 'Zo staat vast dat de vertegenwoordiger namens de aanvrager mag optreden en tekenen.', ja('1.7'))],
      subvragen: [
        vraag('1.7.a', 'tekst', 'Naam van de vertegenwoordiger', 'De vertegenwoordiger wordt als betrokkene vastgelegd (art. 7a lid 2 sub b Wet Bibob).', { alleenAls: ja('1.7'), wordtBetrokkene: { rol: 'vertegenwoordiger' } }),
        vraag('1.7.b', 'tekst', 'Adres en woonplaats van de vertegenwoordiger', 'Art. 7a lid 2 sub b Wet Bibob.', { alleenAls: ja('1.7') }),
        vraag('1.7.c', 'tekst', 'Burgerservicenummer van de vertegenwoordiger (alleen als de vertegenwoordiger een natuurlijk persoon is)', 'Art. 7a lid 2 sub c Wet Bibob.', { alleenAls: ja('1.7') }),
      ],
      herkomst: `${FORM_2013}, hoofdstuk 7 (machtiging); art. 7a lid 2 sub b Wet Bibob`,
    }),
    vraag('1.8', 'personen', 'Wie zijn de vennoten (naam, adres en woonplaats of plaats van vestiging)?', 'Vennoten geven leiding aan en hebben zeggenschap over de vennootschap (art. 3 lid 4 en art. 7a lid 2 sub g Wet Bibob). Voor iedere vennoot vult u blok 3 in.', {
      alleenAls: PV,
      wordtBetrokkene: { rol: 'vennoot' },
      herkomst: `${FORM_2013}, vragen 1D en 1E`,
    }),
    vraag('1.9', 'personen', 'Wie zijn de bestuurders (ook bestuurders die zelf rechtspersoon zijn)?', 'Bestuurders zijn leidinggevenden van de aanvrager (art. 3 lid 4 sub c en art. 7a lid 2 sub g onder 1° Wet Bibob). Voor iedere bestuurder vult u blok 4 in.', {
      alleenAls: RP,
      wordtBetrokkene: { rol: 'bestuurder' },
      herkomst: `${FORM_2013}, vraag 1F`,
    }),
    vraag('1.10', 'personen', 'Wie zijn de aandeelhouders, en welk percentage van de aandelen houdt ieder?', 'Aandeelhouders hebben zeggenschap over en verschaffen vermogen aan de aanvrager (art. 3 lid 4 sub c en art. 7a lid 2 sub g onder 2° en 3° Wet Bibob). Voor iedere aandeelhouder vult u blok 5 in.', {
      alleenAls: RP,
      wordtBetrokkene: { rol: 'aandeelhouder' },
      herkomst: `${FORM_2013}, vraag 1F`,
    }),
    vraag('1.11', 'ja-nee', 'Zijn er andere uiteindelijk zeggenschaphebbenden of uiteindelijk begunstigden (UBO’s) dan de hierboven genoemde vennoten en aandeelhouders, bijvoorbeeld via certificaten, een pandrecht of vruchtgebruik op aandelen, een stichting of een trust?', 'Wie aan het eind van de keten zeggenschap heeft of de opbrengst ontvangt, is zeggenschaphebbende over de aanvrager (art. 3 lid 4 sub c en art. 7a lid 2 sub g onder 2° Wet Bibob).', {
      alleenAls: anyOf(PV, RP),
      bijlagen: [bijlage('bewijs-ubo', 'Bewijsstukken waaruit de uiteindelijke zeggenschap of begunstiging blijkt (bijvoorbeeld certificaten of een aandeelhoudersregister)', 'Om de opgegeven uiteindelijk zeggenschaphebbenden te kunnen controleren (art. 3 lid 4 Wet Bibob).', ja('1.11'))],
      subvragen: [
        vraag('1.11.a', 'personen', 'Wie zijn dat (naam, adres en woonplaats, percentage van de zeggenschap of het belang)?', 'Voor iedere uiteindelijk zeggenschaphebbende of begunstigde vult u blok 6 in.', {
          alleenAls: ja('1.11'),
          wordtBetrokkene: { rol: 'ubo' },
        }),
      ],
      herkomst: `${FORM_2013}, vragen 1E, 1F en 1G`,
    }),
    vraag('1.12', 'ja-nee', 'Zijn er andere (uiteindelijk) leidinggevenden dan de hierboven genoemde bestuurders en vennoten, zoals een bedrijfsleider of een leidinggevende die op de vergunning wordt vermeld?', 'Wie direct of indirect leiding geeft aan de aanvrager, is leidinggevende van betrokkene (art. 1 lid 1, art. 3 lid 4 sub c en art. 7a lid 2 sub g onder 1° Wet Bibob).', {
      subvragen: [
        vraag('1.12.a', 'personen', 'Wie zijn dat (naam, adres en woonplaats)?', 'Voor iedere andere leidinggevende vult u blok 7 in.', { alleenAls: ja('1.12'), wordtBetrokkene: { rol: 'leidinggevende' } }),
      ],
      herkomst: `${FORM_2013}, vragen 1E en 1F`,
    }),
  ],
};

const section2: Section = {
  nummer: '2',
  titel: 'De aanvrager als natuurlijk persoon',
  toelichting: 'Alleen als u bij vraag 1.2 heeft aangegeven dat u als natuurlijk persoon aanvraagt.',
  alleenAls: NP,
  vragen: personBlock({ nummer: '2', kind: 'aanvrager', wie: 'de aanvrager', soortVraag: false }),
};

const section3 = blockSection({ nummer: '3', titel: 'Vennoten', enkelvoud: 'vennoot', rol: 'vennoot', kind: 'vennoot', wie: 'deze vennoot', genoemdBij: '1.8', soortVraag: true });
const section4 = blockSection({ nummer: '4', titel: 'Bestuurders', enkelvoud: 'bestuurder', rol: 'bestuurder', kind: 'leiding', wie: 'deze bestuurder', genoemdBij: '1.9', soortVraag: true });
const section5 = blockSection({
  nummer: '5',
  titel: 'Aandeelhouders',
  enkelvoud: 'aandeelhouder',
  rol: 'aandeelhouder',
  kind: 'zeggenschap',
  wie: 'deze aandeelhouder',
  genoemdBij: '1.10',
  soortVraag: true,
});
const section6 = blockSection({
  nummer: '6',
  titel: 'Uiteindelijk zeggenschaphebbenden en begunstigden (UBO’s)',
  enkelvoud: 'uiteindelijk zeggenschaphebbende of begunstigde',
  rol: 'ubo',
  kind: 'zeggenschap',
  wie: 'deze uiteindelijk zeggenschaphebbende',
  genoemdBij: '1.11.a',
  soortVraag: true,
});
const section7 = blockSection({
  nummer: '7',
  titel: 'Andere leidinggevenden',
  enkelvoud: 'andere leidinggevende',
  rol: 'leidinggevende',
  kind: 'leiding',
  wie: 'deze leidinggevende',
  genoemdBij: '1.12.a',
  soortVraag: false,
});

const section8: Section = {
  nummer: '8',
  titel: 'Financiering van de activiteit',
  toelichting: 'Hoe de activiteit waarvoor u de beschikking aanvraagt (bouw, onderneming, exploitatie) wordt gefinancierd. De wijze van financiering hoort bij de gegevens die u in ieder geval verstrekt (art. 7a lid 2 sub h Wet Bibob).',
  vragen: [
    eigenVermogenVraag('8.1', 'Wordt de activiteit (mede) gefinancierd met eigen vermogen van de aanvrager?', undefined, `${FORM_2013}, bijlage 2 vraag 6F en bijlage 3 vraag 6B`),
    leningVraag('8.2', 'Wordt de activiteit (mede) gefinancierd met een lening of ander vreemd vermogen?', undefined, `${FORM_2013}, bijlage 2 vraag 6G en bijlage 3 vraag 6C`),
    vraag('8.3', 'ja-nee', 'Wordt de activiteit (mede) gefinancierd met een schenking, gift of andere bijdrage van een ander?', 'Wie geld schenkt of bijdraagt, verschaft vermogen aan de aanvrager (art. 3 lid 4 sub c en art. 7a lid 2 sub g onder 3° en sub h Wet Bibob).', {
      bijlagen: [bijlage('schenkingsbewijs', 'Schenkingsakte of -overeenkomst en bewijs van de betaling (bijvoorbeeld rekeningafschriften)', WAAROM.herkomstEigenVermogen, ja('8.3'))],
      subvragen: [
        vraag('8.3.a', 'personen', 'Wie zijn de schenkers of bijdragers (naam, adres en woonplaats of plaats van vestiging)?', 'Een schenker of bijdrager wordt als vermogensverschaffer betrokkene in het onderzoek (art. 3 lid 4 sub c Wet Bibob).', {
          alleenAls: ja('8.3'),
          wordtBetrokkene: { rol: 'vermogensverschaffer' },
        }),
        vraag('8.3.b', 'bedrag', 'Om welk bedrag gaat het in totaal?', 'Het bedrag wordt vergeleken met de bewijsstukken (art. 7a lid 2 sub h Wet Bibob).', { alleenAls: ja('8.3') }),
      ],
      herkomst: `Opbouw formulier 2024 (schenkingen, domeinreferentie §6); ${FORM_2013}, bijlage 1 vraag 6F (bijdragen van anderen)`,
    }),
  ],
};

const section9: Section = {
  nummer: '9',
  titel: 'Vestigingslocatie en pand',
  vragen: [
    vraag('9.1', 'ja-nee', 'Is de aanvraag gebonden aan een bepaalde locatie (pand of terrein)?', 'Bij ‘nee’ vervallen de vragen 9.2 en 9.3. Eigenaar en verhuurder van de locatie kunnen in een zakelijk samenwerkingsverband met de aanvrager staan (art. 3 lid 4 sub c Wet Bibob).', {
      subvragen: [vraag('9.1.a', 'tekst', 'Adres van de locatie', 'Met het adres worden Kadaster en andere openbare bronnen geraadpleegd (art. 7b Wet Bibob).', { alleenAls: ja('9.1') })],
      herkomst: `${FORM_2013}, bijlage 3 vraag 6E`,
    }),
    vraag('9.2', 'ja-nee', 'Is (of wordt) het pand of terrein geheel of gedeeltelijk eigendom van de aanvrager?', 'De aankoop van het pand moet met geld van verklaarbare herkomst zijn betaald (art. 3 lid 1 sub a en art. 7a lid 2 sub h Wet Bibob).', {
      alleenAls: ja('9.1'),
      bijlagen: [bijlage('eigendomsbewijs', 'Kopie van de akte van levering (eigendomsbewijs) van het pand of terrein', 'De akte toont eigenaar, koopsom en datum en wordt vergeleken met het Kadaster (art. 7b Wet Bibob).', ja('9.2'))],
      subvragen: [
        vraag('9.2.a', 'tekst', 'Jaar van aankoop, aankoopbedrag, eigendomspercentage en de namen van eventuele mede-eigenaren', 'Om de aankoop met het Kadaster en de financiering te vergelijken.', { alleenAls: ja('9.2') }),
        vraag('9.2.b', 'tekst', 'Hoe is de aankoop gefinancierd? Noem leningen hiervoor ook bij vraag 8.2.', 'De wijze van financiering (art. 7a lid 2 sub h Wet Bibob).', { alleenAls: ja('9.2') }),
      ],
      herkomst: `${FORM_2013}, bijlage 2 vraag 6C en bijlage 3 vraag 6H`,
    }),
    huurVraag('9.3', 'Wordt het pand of terrein gehuurd, gepacht of op grond van een andere overeenkomst gebruikt?', ja('9.1'), `${FORM_2013}, bijlage 2 vraag 6D en bijlage 3 vragen 6F en 6G`, true),
  ],
};

const section10: Section = {
  nummer: '10',
  titel: 'Omgevingsvergunning: bouw en gebruik',
  toelichting: 'Vragen die alleen bij een omgevingsvergunning horen (art. 5.31 Omgevingswet).',
  vragen: [
    vraag('10.1', 'ja-nee', 'Is de aanvrager ook de opdrachtgever van de bouw?', 'Een opdrachtgever die niet zelf aanvraagt, kan redelijkerwijs met de aanvrager gelijk te stellen zijn (art. 5.31 lid 2 Omgevingswet).', {
      bijlagen: [bijlage('bewijs-opdrachtgever', 'Bewijsstuk waaruit blijkt wie de opdrachtgever is (bijvoorbeeld de aannemingsovereenkomst)', 'Om vast te stellen wie feitelijk achter de bouw staat (art. 5.31 lid 2 Omgevingswet).', nee('10.1'))],
      subvragen: [
        vraag('10.1.a', 'personen', 'Wie is of zijn de opdrachtgever(s) (naam, adres en woonplaats of plaats van vestiging, KvK-nummer)?', 'De opdrachtgever wordt als met de aanvrager gelijk te stellen persoon betrokkene (art. 5.31 lid 2 Omgevingswet).', {
          alleenAls: nee('10.1'),
          wordtBetrokkene: { rol: 'gelijkgestelde' },
        }),
      ],
      herkomst: `${FORM_2013}, bijlage 2 vraag 6A`,
    }),
    vraag('10.2', 'ja-nee', 'Voert de aanvrager de bouw geheel zelf uit?', 'Wie de bouw (mede) uitvoert, kan in een zakelijk samenwerkingsverband met de aanvrager staan (art. 3 lid 4 sub c Wet Bibob).', {
      subvragen: [
        vraag('10.2.a', 'personen', 'Wie voert de bouw (mede) uit (naam, adres en plaats van vestiging, KvK-nummer)?', 'Aannemers en uitvoerders worden als zakelijk samenwerkingsverband betrokkene (art. 3 lid 4 sub c Wet Bibob).', {
          alleenAls: nee('10.2'),
          wordtBetrokkene: { rol: 'samenwerkingsverband' },
        }),
      ],
      herkomst: `${FORM_2013}, bijlage 2 vraag 6B`,
    }),
    vraag('10.3', 'bedrag', 'Wat zijn de (verwachte) bouwkosten?', 'De bouwkosten worden vergeleken met de financiering: elke euro moet een aantoonbare herkomst hebben (art. 7a lid 2 sub h Wet Bibob).', {
      bijlagen: [
        bijlage('begroting-bouwkosten', 'Begroting van de bouwkosten', 'Om de bouwkosten met de financiering te vergelijken (art. 7a lid 2 sub h Wet Bibob).'),
        bijlage('investeringsplanning', 'Investeringsplanning: wanneer welke kosten worden gemaakt', 'Om te zien wanneer welk geld nodig is en waar het vandaan komt (art. 7a lid 2 sub h Wet Bibob).'),
      ],
      herkomst: `${FORM_2013}, bijlage 2 vraag 6E`,
    }),
    vraag('10.4', 'keuze', 'Wat is het beoogde gebruik van het bouwwerk na de bouw?', 'Het beoogde gebruik bepaalt welk gevaar er is dat de vergunning mede wordt gebruikt om strafbare feiten te plegen (art. 3 lid 1 sub b en lid 3 Wet Bibob).', {
      opties: [
        { waarde: 'eigen-gebruik', label: 'Eigen gebruik door de aanvrager' },
        { waarde: 'verhuur', label: 'Verhuur aan een ander' },
        { waarde: 'verkoop', label: 'Verkoop' },
        { waarde: 'anders', label: 'Anders' },
      ],
      subvragen: [
        vraag('10.4.a', 'tekst', 'Welke activiteit komt er, en wie wordt huurder of koper als dat al bekend is?', 'Een huurder of koper kan in een zakelijk samenwerkingsverband met de aanvrager staan (art. 3 lid 4 sub c Wet Bibob).', {
          alleenAls: anyOf(is('10.4', 'verhuur'), is('10.4', 'verkoop'), is('10.4', 'anders')),
        }),
      ],
      herkomst: 'Opbouw formulier 2024 (beoogd gebruik, domeinreferentie §6)',
    }),
  ],
};

const section11: Section = {
  nummer: '11',
  titel: 'Horeca en andere vergunningen voor een onderneming',
  toelichting: 'Vragen bij een Alcoholwetvergunning, exploitatievergunning of andere vergunning voor een inrichting of bedrijf (art. 27 Alcoholwet, art. 7 Wet Bibob).',
  vragen: [
    vraag('11.1', 'keuze', 'Gaat het om een onderneming die de aanvrager al drijft, een overname of een nieuwe onderneming?', 'Bij een nieuwe onderneming of een overname moet de hele investering een aantoonbare herkomst hebben; bij een bestaande onderneming tonen de jaarcijfers de geldstromen (art. 7a lid 2 sub h Wet Bibob).', {
      opties: [
        { waarde: 'bestaand', label: 'De aanvrager drijft deze onderneming al' },
        { waarde: 'overname', label: 'De aanvrager neemt de onderneming over' },
        { waarde: 'nieuw', label: 'Er wordt een nieuwe onderneming gestart' },
      ],
      bijlagen: [
        bijlage('openingsbalans', 'Openingsbalans en investerings- en financieringsbegroting', 'Om de investering met de financiering en de herkomst van het geld te vergelijken (art. 7a lid 2 sub h Wet Bibob).', anyOf(is('11.1', 'nieuw'), is('11.1', 'overname'))),
        bijlage('overnameovereenkomst', 'Koopovereenkomst van de overname, met de verdeling van de koopsom over inventaris en goodwill, en de betalingsbewijzen', 'De overeenkomst en de betalingen tonen aan wie en met welk geld de koopsom is betaald (art. 3 lid 4 sub c en art. 7a lid 2 sub h Wet Bibob).', is('11.1', 'overname')),
        bijlage('jaarrekeningen-onderneming', 'Jaarrekeningen (balans en winst-en-verliesrekening met toelichting) van de onderneming over de afgelopen drie boekjaren', 'De jaarcijfers tonen de geldstromen van de bestaande onderneming (art. 7a lid 2 sub h Wet Bibob).', is('11.1', 'bestaand')),
      ],
      subvragen: [
        vraag('11.1.a', 'tekst', 'Van wie wordt de onderneming overgenomen (naam, adres en KvK-nummer)?', 'De verkoper kan na de overname invloed houden, bijvoorbeeld via een uitgestelde betaling (art. 3 lid 4 sub c Wet Bibob).', { alleenAls: is('11.1', 'overname') }),
        vraag('11.1.b', 'tekst', 'Wat is de koopsom, en welk deel daarvan is voor inventaris en voor goodwill?', 'Een koopsom die niet past bij de onderneming kan wijzen op het wegsluizen of witwassen van geld (art. 3 lid 1 sub a Wet Bibob).', { alleenAls: is('11.1', 'overname') }),
      ],
      herkomst: `${FORM_2013}, bijlage 3 vraag 6A`,
    }),
    vraag('11.2', 'ja-nee', 'Worden of zijn er speelautomaten in de onderneming geplaatst?', 'Wie speelautomaten plaatst en de opbrengst deelt, staat in een zakelijk samenwerkingsverband met de aanvrager (art. 3 lid 4 sub c Wet Bibob).', {
      bijlagen: [
        bijlage('exploitatieovereenkomst', 'De exploitatieovereenkomst voor de speelautomaten', 'De overeenkomst toont met wie en op welke voorwaarden wordt samengewerkt (art. 3 lid 4 sub c Wet Bibob).', ja('11.2')),
        bijlage('opbrengst-speelautomaten', 'Bewijsstukken van wat voor het plaatsen van de speelautomaten is ontvangen', 'Om de geldstroom uit de speelautomaten te kunnen controleren (art. 7a lid 2 sub h Wet Bibob).', ja('11.2')),
      ],
      subvragen: [
        vraag('11.2.a', 'personen', 'Wie plaatst de speelautomaten (naam, adres en plaats van vestiging, KvK-nummer)?', 'De exploitant van de speelautomaten wordt als zakelijk samenwerkingsverband betrokkene (art. 3 lid 4 sub c Wet Bibob).', {
          alleenAls: ja('11.2'),
          wordtBetrokkene: { rol: 'samenwerkingsverband' },
        }),
      ],
      herkomst: `${FORM_2013}, bijlage 3 vraag 6D`,
    }),
    vraag('11.3', 'ja-nee', 'Wordt de inventaris van de onderneming geheel of gedeeltelijk gehuurd of gepacht?', 'Wie de inventaris verhuurt, kan invloed hebben op de onderneming (art. 3 lid 4 sub c Wet Bibob).', {
      bijlagen: [
        bijlage('huurovereenkomst-inventaris', 'Kopie van de huur- of pachtovereenkomst voor de inventaris', 'De overeenkomst toont wie de verhuurder is en op welke voorwaarden (art. 3 lid 4 sub c Wet Bibob).', ja('11.3')),
        bijlage('lijst-inventaris', 'Lijst van de gehuurde of gepachte inventaris', 'Om de vergoeding met de inventaris te kunnen vergelijken.', ja('11.3')),
      ],
      subvragen: [
        vraag('11.3.a', 'personen', 'Wie verhuurt of verpacht de inventaris (naam, adres en woonplaats of plaats van vestiging)?', 'De verhuurder van de inventaris wordt als zakelijk samenwerkingsverband betrokkene (art. 3 lid 4 sub c Wet Bibob).', {
          alleenAls: ja('11.3'),
          wordtBetrokkene: { rol: 'samenwerkingsverband' },
        }),
        vraag('11.3.b', 'tekst', 'Hoe hoog is de vergoeding, en per welke periode wordt betaald?', 'Een vergoeding die niet past bij de inventaris kan wijzen op een verborgen afspraak.', { alleenAls: ja('11.3') }),
        vraag('11.3.c', 'ja-nee', 'Is er een achterstand in, of uitstel van, de betaling van deze huur of pacht?', 'Een betalingsachterstand kan de verhuurder invloed geven op de bedrijfsvoering (art. 3 lid 4 sub c Wet Bibob).', { alleenAls: ja('11.3') }),
      ],
      herkomst: `${FORM_2013}, bijlage 3 vragen 6I en 6J`,
    }),
    vraag('11.4', 'ja-nee', 'Is (of wordt) de inventaris geheel of gedeeltelijk eigendom van de aanvrager?', 'Ook de aankoop van inventaris moet met geld van verklaarbare herkomst zijn betaald (art. 7a lid 2 sub h Wet Bibob).', {
      subvragen: [vraag('11.4.a', 'tekst', 'Wat was het aankoopbedrag en hoe is de aankoop gefinancierd? Noem leningen hiervoor ook bij vraag 8.2.', 'De wijze van financiering (art. 7a lid 2 sub h Wet Bibob).', { alleenAls: ja('11.4') })],
      herkomst: `${FORM_2013}, bijlage 3 vraag 6K`,
    }),
  ],
};

const TRANSACTIE = '12.1';
const VERVREEMDING = is(TRANSACTIE, 'vervreemding-aan-gemeente');
const VERHUUR_AAN = is(TRANSACTIE, 'verhuur-aan-gemeente');
const VERWERVING = is(TRANSACTIE, 'verwerving-van-gemeente');
const HUUR_VAN = is(TRANSACTIE, 'huur-van-gemeente');
const DEELNAME = is(TRANSACTIE, 'deelname');

const section12: Section = {
  nummer: '12',
  titel: 'Vastgoedtransactie',
  toelichting: 'Vragen bij een vastgoedtransactie met de gemeente (art. 1 lid 1 en art. 5a Wet Bibob). Welke vragen gelden, hangt af van het antwoord op vraag 12.1.',
  vragen: [
    vraag(TRANSACTIE, 'keuze', 'Welke transactie gaat de aanvrager met de gemeente aan, of is de aanvrager aangegaan?', 'Het soort transactie (art. 1 lid 1 Wet Bibob, begrip vastgoedtransactie) bepaalt welke vragen van dit onderdeel gelden.', {
      opties: [
        { waarde: 'vervreemding-aan-gemeente', label: 'De gemeente verwerft een onroerende zaak of een zakelijk recht van de aanvrager' },
        { waarde: 'verhuur-aan-gemeente', label: 'De gemeente huurt, pacht of gebruikt een onroerende zaak van de aanvrager' },
        { waarde: 'verwerving-van-gemeente', label: 'De aanvrager verwerft een onroerende zaak of een zakelijk recht (zoals erfpacht) van de gemeente' },
        { waarde: 'huur-van-gemeente', label: 'De aanvrager huurt, pacht of gebruikt een onroerende zaak van de gemeente' },
        { waarde: 'deelname', label: 'De aanvrager neemt samen met de gemeente deel in een rechtspersoon, cv of vof die een onroerende zaak in eigendom heeft, huurt of verhuurt' },
      ],
      herkomst: `${FORM_2013}, bijlage 5 vraag 6.1A`,
    }),
    vraag('12.2', 'ja-nee', 'Is (of wordt) de onroerende zaak geheel of gedeeltelijk eigendom van de aanvrager?', 'Bij ‘nee’ vervallen de vragen 12.3 en 12.4. De aankoop van de onroerende zaak moet met geld van verklaarbare herkomst zijn betaald (art. 9 lid 3 sub a Wet Bibob).', {
      alleenAls: anyOf(VERVREEMDING, VERHUUR_AAN),
      bijlagen: [bijlage('eigendomsbewijs', 'Kopie van de akte van levering (eigendomsbewijs) van de onroerende zaak', 'De akte toont eigenaar, koopsom en datum en wordt vergeleken met het Kadaster (art. 7b Wet Bibob).', ja('12.2'))],
      subvragen: [vraag('12.2.a', 'tekst', 'Jaar van aankoop en aankoopbedrag', 'Om de aankoop met het Kadaster en de financiering te vergelijken.', { alleenAls: ja('12.2') })],
      herkomst: `${FORM_2013}, bijlage 5 vragen 6.2A en 6.3A`,
    }),
    eigenVermogenVraag('12.3', 'Is (of wordt) de aankoop van de onroerende zaak (mede) met eigen vermogen gefinancierd?', ja('12.2'), `${FORM_2013}, bijlage 5 vragen 6.2B en 6.3B`),
    leningVraag('12.4', 'Is (of wordt) de aankoop van de onroerende zaak (mede) met een lening of ander vreemd vermogen gefinancierd?', ja('12.2'), `${FORM_2013}, bijlage 5 vragen 6.2C en 6.3C`),
    huurVraag('12.5', 'Huurt, pacht of gebruikt de aanvrager de onroerende zaak zelf weer van een ander?', VERHUUR_AAN, `${FORM_2013}, bijlage 5 vraag 6.3D`, false),
    vraag('12.6', 'keuze', 'Waarvoor gaat de aanvrager de onroerende zaak gebruiken?', 'Het gebruik bepaalt het gevaar dat in of met de onroerende zaak strafbare feiten worden gepleegd (art. 9 lid 3 sub b Wet Bibob).', {
      alleenAls: anyOf(VERWERVING, HUUR_VAN),
      opties: [
        { waarde: 'geen-gebruik', label: 'De onroerende zaak wordt niet gebruikt' },
        { waarde: 'verhuur-aan-derde', label: 'Verhuur, verpachting of ingebruikgeving aan een ander' },
        { waarde: 'bedrijfsmatig', label: 'Eigen bedrijfsmatige activiteiten' },
        { waarde: 'anders', label: 'Andere activiteiten' },
      ],
      bijlagen: [bijlage('overeenkomst-gebruiker', 'Kopie van de huur-, pacht- of gebruiksovereenkomst met de ander', 'De overeenkomst toont wie de onroerende zaak feitelijk gaat gebruiken en op welke voorwaarden (art. 3 lid 4 sub c Wet Bibob).', is('12.6', 'verhuur-aan-derde'))],
      subvragen: [
        vraag('12.6.a', 'personen', 'Aan wie (naam, adres en woonplaats of plaats van vestiging, KvK-nummer)?', 'De huurder of gebruiker wordt als zakelijk samenwerkingsverband betrokkene (art. 3 lid 4 sub c Wet Bibob).', {
          alleenAls: is('12.6', 'verhuur-aan-derde'),
          wordtBetrokkene: { rol: 'samenwerkingsverband' },
        }),
        vraag('12.6.b', 'tekst', 'Welke activiteiten?', 'Het soort activiteit bepaalt het gevaar van strafbare feiten in of met de onroerende zaak (art. 9 lid 3 sub b Wet Bibob).', {
          alleenAls: anyOf(is('12.6', 'bedrijfsmatig'), is('12.6', 'anders')),
        }),
      ],
      herkomst: `${FORM_2013}, bijlage 5 vragen 6.4A tot en met 6.7A`,
    }),
    vraag('12.7', 'ja-nee', 'Betaalt de aanvrager de gemeente een vergoeding, zoals een koopsom, erfpachtcanon, huur of gebruiksvergoeding?', 'Bij ‘nee’ vervallen de vragen 12.8 en 12.9. De betaling aan de gemeente mag niet met geld uit strafbare feiten gebeuren (art. 9 lid 3 sub a Wet Bibob).', {
      alleenAls: anyOf(VERWERVING, HUUR_VAN),
      subvragen: [vraag('12.7.a', 'tekst', 'Hoe hoog is de vergoeding, hoeveel is al betaald en hoeveel moet nog worden betaald?', 'Om de betalingen met de financiering te vergelijken (art. 7a lid 2 sub h Wet Bibob).', { alleenAls: ja('12.7') })],
      herkomst: `${FORM_2013}, bijlage 5 vragen 6.4B tot en met 6.7B`,
    }),
    eigenVermogenVraag('12.8', 'Wordt (of werd) deze vergoeding (mede) met eigen vermogen betaald?', ja('12.7'), `${FORM_2013}, bijlage 5 vragen 6.4C tot en met 6.7C`),
    leningVraag('12.9', 'Wordt (of werd) deze vergoeding (mede) met een lening of ander vreemd vermogen betaald?', ja('12.7'), `${FORM_2013}, bijlage 5 vragen 6.4D tot en met 6.7D`),
    vraag('12.10', 'ja-nee', 'Heeft de aanvrager eigen vermogen (kapitaal) of vreemd vermogen (leningen) in de rechtspersoon of vennootschap ingebracht, of zal de aanvrager dat doen?', 'Bij ‘nee’ vervallen de vragen 12.11 en 12.12. De inbreng moet een verklaarbare herkomst hebben (art. 9 lid 3 sub a Wet Bibob).', {
      alleenAls: DEELNAME,
      subvragen: [vraag('12.10.a', 'tekst', 'Om welk bedrag gaat het, en in welke vorm (kapitaal of lening)?', 'Om de inbreng met de financiering te vergelijken (art. 7a lid 2 sub h Wet Bibob).', { alleenAls: ja('12.10') })],
      herkomst: `${FORM_2013}, bijlage 5 vragen 6.8A en 6.8D`,
    }),
    eigenVermogenVraag('12.11', 'Is (of wordt) deze inbreng (mede) met eigen vermogen gefinancierd?', ja('12.10'), `${FORM_2013}, bijlage 5 vragen 6.8B en 6.8E`),
    leningVraag('12.12', 'Is (of wordt) deze inbreng (mede) met een lening of ander vreemd vermogen gefinancierd?', ja('12.10'), `${FORM_2013}, bijlage 5 vragen 6.8C en 6.8F`),
  ],
};

const section13: Section = {
  nummer: '13',
  titel: 'Verklaring en ondertekening',
  vragen: [
    vraag('13.1', 'ja-nee', 'Verklaart de ondertekenaar dat alle vragen volledig en naar waarheid zijn beantwoord en dat de bijlagen juist zijn en met de werkelijkheid overeenstemmen?', 'Opzettelijk onjuiste opgaven zijn strafbaar als valsheid in geschrift (art. 225 Wetboek van Strafrecht) en kunnen tot weigering of intrekking leiden (art. 3 lid 6 Wet Bibob).', {
      herkomst: `${FORM_2013}, hoofdstuk 7`,
    }),
    vraag('13.2', 'tekst', 'Naam en hoedanigheid van iedere ondertekenaar, en namens welke betrokkene hij tekent', 'Zo staat vast wie voor de juistheid van de antwoorden instaat.', {
      bijlagen: [bijlage('ondertekend-formulier', 'Het door iedere ondertekenaar ondertekende formulier', 'De handtekening bevestigt de verklaring van vraag 13.1 (art. 225 Wetboek van Strafrecht).')],
      herkomst: `${FORM_2013}, hoofdstuk 7`,
    }),
    vraag('13.3', 'datum', 'Datum van ondertekening', 'De datum bepaalt op welk moment de verklaring is afgelegd.', { herkomst: `${FORM_2013}, hoofdstuk 7` }),
  ],
};

const sections: readonly Section[] = [section1, section2, section3, section4, section5, section6, section7, section8, section9, section10, section11, section12, section13];

const SECTIONS_PER_GEBIED: Readonly<Record<Toepassingsgebied, readonly string[]>> = {
  wabo: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '13'],
  horeca: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '11', '13'],
  vastgoed: ['1', '2', '3', '4', '5', '6', '7', '12', '13'],
};

function defaultNumbers(gebied: Toepassingsgebied): string[] {
  const included = new Set(SECTIONS_PER_GEBIED[gebied]);
  return sections
    .filter((section) => included.has(section.nummer))
    .flatMap((section) => section.vragen.flatMap(descendantNumbers))
    .filter((nummer) => gebied === 'horeca' || !HORECA_ONLY.has(nummer));
}

export const BASE_QUESTION_SET: QuestionSet = {
  formaat: QUESTION_SET_FORMAT,
  id: 'bibob-vragenformulier',
  versie: 'werkbank-1-structuur-2013',
  titel: 'Bibob-vragenformulier (werkversie naar de opbouw van de formulieren van 2013)',
  bron:
    'Eigen formulering van Bibob Werkbank. Volgt de opbouw en inhoud van de Bibob-vragenformulieren van de Regeling Bibob-formulieren (regeling van de Minister van Veiligheid en Justitie van 24 juni 2013, nr. 398136): bijlage 2 (omgevingsvergunning bouw), bijlage 3 (overige beschikkingen, zoals horeca- en APV-vergunningen) en bijlage 5 (vastgoedtransacties), en de gegevens die de betrokkene volgens art. 7a lid 2 Wet Bibob in ieder geval verstrekt. Dit is niet de officiële tekst van het Bibob-vragenformulier van de Regeling Bibob-formulieren 2024 (bijlage 1); die tekst publiceert Justis. Importeer die als nieuwe versie van deze vragenset; stel vragenlijsten daarna uitsluitend samen door vragen uit die versie te selecteren (art. 4 en 5 Regeling Bibob-formulieren 2024).',
  sections,
  standaardSelecties: {
    wabo: defaultNumbers('wabo'),
    horeca: defaultNumbers('horeca'),
    vastgoed: defaultNumbers('vastgoed'),
  },
};
