import type { SjabloonTekst, Velden, VerplichtVeld } from './opmaak';

/**
 * Every letter the app makes (../shared/bibob-domain.md §10), each as data: what it is made from (its source),
 * to whom it goes, its fields, the fields the law makes required, and the standard template a municipality can
 * edit. The values of the fields come from the dossier (main/letters); the required ones must be in every version
 * of the template and must have a value, or the letter is refused instead of made.
 */

export const briefSoortIds = [
  'toezending-vragenformulier',
  'herstelverzoek',
  'informatieverzoek',
  'adviesaanvraag-lbb',
  'mededeling-adviesaanvraag',
  'termijn-niet-haalbaar',
  'verlengingsbesluit',
  'intern-advies',
  'voornemen-zienswijze',
  'bericht-derde',
  'besluit',
  'vastgoed-niet-contracteren',
  'vastgoed-ontbinding',
  'melding-lbb',
  'dossiersamenvatting',
] as const;
export type BriefSoortId = (typeof briefSoortIds)[number];

/** The longest template text accepted (a 20-page letter is far less). */
export const MAX_SJABLOON_TEKENS = 100_000;

/** What a letter is made from: the dossier itself, or one record of it. */
export type BriefBron = 'dossier' | 'herstelverzoek' | 'informatieverzoek' | 'lbb-verzoek' | 'zienswijze-betrokkene' | 'zienswijze-derde';

/** Who receives it: decides the address block (an internal document has none). */
export type Ontvanger = 'aanvrager' | 'partner' | 'lbb' | 'derde' | 'intern';

/** What the coordinator adds when making the letter. */
/** What the coordinator adds to a letter; `zienswijzeTot` for a voornemen or bericht made before its invitation is recorded. */
export type Invoer = 'termijnTot' | 'zienswijzeTot' | 'nieuweDatum' | 'reden' | 'deelAdvies' | 'doorbrekingen';

export interface BriefSoort {
  readonly id: BriefSoortId;
  readonly label: string;
  readonly bron: BriefBron;
  readonly ontvanger: Ontvanger;
  readonly vertrouwelijk: boolean;
  readonly invoer: readonly Invoer[];
  /** Fields of this letter type besides the common ones. */
  readonly velden: Velden;
  readonly verplicht: readonly VerplichtVeld[];
  readonly standaard: SjabloonTekst;
}

/** Fields every letter has. */
export const algemeneVelden: Velden = {
  'gemeente.naam': { soort: 'tekst', omschrijving: 'De naam van de gemeente (briefhoofd)' },
  datum: { soort: 'tekst', omschrijving: 'De datum van de brief' },
  kenmerk: { soort: 'tekst', omschrijving: 'Het kenmerk van de brief (volgens de opbouw in de huisstijl)' },
  zaaknummer: { soort: 'tekst', omschrijving: 'Het zaaknummer van het dossier' },
  'aanvrager.naam': { soort: 'tekst', omschrijving: 'De naam van de aanvrager of betrokkene' },
  'besluit.omschrijving': { soort: 'tekst', omschrijving: 'De soort besluit, met het adres van de locatie' },
  'ondertekenaar.naam': { soort: 'tekst', omschrijving: 'Wie ondertekent' },
  'ondertekenaar.functie': { soort: 'tekst', omschrijving: 'In welke functie' },
  contact: { soort: 'tekst', omschrijving: 'Hoe de ontvanger contact opneemt' },
};

const tekst = (omschrijving: string) => ({ soort: 'tekst', omschrijving }) as const;
const lijst = (omschrijving: string) => ({ soort: 'lijst', omschrijving }) as const;
const blokken = (omschrijving: string) => ({ soort: 'blokken', omschrijving }) as const;

const GEHEIMHOUDING = { veld: 'tekst.geheimhouding', waarom: 'bij een afschrift van het advies hoort de schriftelijke waarschuwing voor de geheimhoudingsplicht (art. 28 lid 3 Wet Bibob).', magLeeg: true };
const BEZWAAR = { veld: 'tekst.bezwaar', waarom: 'een besluit vermeldt wie, binnen welke termijn en bij welk orgaan bezwaar kan maken (art. 3:45 lid 2 Awb).' };

export const briefSoorten: Readonly<Record<BriefSoortId, BriefSoort>> = {
  'toezending-vragenformulier': {
    id: 'toezending-vragenformulier',
    label: 'Toezending Bibob-vragenformulier',
    bron: 'dossier',
    ontvanger: 'aanvrager',
    vertrouwelijk: true,
    invoer: ['termijnTot'],
    velden: {
      'tekst.aanleiding': tekst('Waarom het formulier komt: de aanvraag, of het onderzoek naar intrekking (art. 7a lid 3 Wet Bibob)'),
      vragen: blokken('De onderdelen van het bijgevoegde formulier (het formulier zelf is een apart document)'),
      bijlagen: lijst('De gevraagde stukken (staan in het bijgevoegde formulier; in de brief zelf leeg)'),
      'termijn.vragenformulier': tekst('De datum waarop het ingevulde formulier binnen moet zijn'),
      'tekst.buitenBehandeling': tekst('Vaste tekst: gevolg van een onvolledig formulier (art. 4:5 Awb)'),
      'tekst.privacy': tekst('Vaste tekst: waarvoor de gegevens worden gebruikt (AVG art. 13/14, art. 28 Wet Bibob)'),
      'tekst.valsheid': tekst('Vaste tekst: valsheid in geschrift (art. 225 Sr)'),
    },
    verplicht: [
      { veld: 'vragen', waarom: 'de brief noemt het bijgevoegde formulier met de gekozen vragen (§10).' },
      { veld: 'termijn.vragenformulier', waarom: 'de aanvrager moet weten wanneer het formulier binnen moet zijn.' },
      { veld: 'tekst.buitenBehandeling', waarom: 'de aanvrager moet weten dat een onvolledig formulier tot buiten behandeling kan leiden (art. 4:5 Awb).' },
      { veld: 'tekst.privacy', waarom: 'de aanvrager moet weten waarvoor zijn gegevens worden gebruikt (art. 13 en 14 AVG).' },
      { veld: 'tekst.valsheid', waarom: 'de aanvrager moet weten dat valse opgaven strafbaar zijn (art. 225 Sr).' },
    ],
    standaard: {
      onderwerp: 'Toezending van het Bibob-vragenformulier',
      tekst: `Geachte heer, mevrouw,

{tekst.aanleiding} Daarvoor vragen wij u het Bibob-vragenformulier in te vullen dat bij deze brief is gevoegd.

{vragen}

Stuur het ingevulde en ondertekende formulier met de stukken uiterlijk op {termijn.vragenformulier} terug. {tekst.buitenBehandeling}

{tekst.privacy}

{tekst.valsheid}`,
    },
  },
  herstelverzoek: {
    id: 'herstelverzoek',
    label: 'Herstelverzoek (art. 4:5 Awb)',
    bron: 'herstelverzoek',
    ontvanger: 'aanvrager',
    vertrouwelijk: true,
    invoer: [],
    velden: {
      ontbrekend: lijst('Wat ontbreekt en waarom het nodig is'),
      'termijn.herstel': tekst('De datum waarop de aanvulling binnen moet zijn'),
      'tekst.gevolg': tekst('Vaste tekst: gevolg van niet aanvullen (art. 4:5 Awb)'),
      'tekst.opschorting': tekst('Vaste tekst: opschorting van de beslistermijn (art. 4:15 lid 1 sub a Awb)'),
    },
    verplicht: [
      { veld: 'ontbrekend', waarom: 'een herstelverzoek noemt wat ontbreekt en waarom (art. 4:5 Awb).' },
      { veld: 'termijn.herstel', waarom: 'zonder termijn wordt de beslistermijn niet opgeschort (art. 4:15 lid 1 sub a Awb).' },
      { veld: 'tekst.gevolg', waarom: 'de aanvrager moet het gevolg kennen (art. 4:5 Awb).' },
      { veld: 'tekst.opschorting', waarom: 'de aanvrager moet weten dat de beslistermijn is opgeschort (art. 4:15 Awb).' },
    ],
    standaard: {
      onderwerp: 'Aanvulling van uw aanvraag (herstelverzoek)',
      tekst: `Geachte heer, mevrouw,

Wij hebben uw aanvraag voor {besluit.omschrijving} in behandeling. Voor het Bibob-onderzoek ontbreken nog de volgende gegevens en stukken. Wij vragen u die aan te vullen.

{ontbrekend}

# Termijn
Wij moeten de gegevens uiterlijk op {termijn.herstel} hebben ontvangen.

{tekst.gevolg}

{tekst.opschorting}`,
    },
  },
  informatieverzoek: {
    id: 'informatieverzoek',
    label: 'Informatieverzoek aan een partner (RIEC en anderen)',
    bron: 'informatieverzoek',
    ontvanger: 'partner',
    vertrouwelijk: true,
    invoer: [],
    velden: {
      'geadresseerde.naam': tekst('Aan wie het verzoek gaat'),
      grondslag: tekst('De grondslag van het verzoek'),
      betrokkenen: lijst('De betrokkenen waarover het verzoek gaat, met hun rol'),
      vragen: tekst('De vragen'),
      'termijn.antwoord': tekst('De datum waarop een antwoord wordt verwacht'),
      'tekst.vertrouwelijk': tekst('Vaste tekst: vertrouwelijkheid (art. 28 lid 1 Wet Bibob)'),
    },
    verplicht: [
      { veld: 'betrokkenen', waarom: 'het verzoek noemt over wie het gaat (§10).' },
      { veld: 'vragen', waarom: 'het verzoek noemt wat wordt gevraagd (§10).' },
      { veld: 'grondslag', waarom: 'het verzoek noemt zijn grondslag (§10).' },
      { veld: 'tekst.vertrouwelijk', waarom: 'het verzoek is vertrouwelijk (art. 28 lid 1 Wet Bibob).' },
    ],
    standaard: {
      onderwerp: 'Informatieverzoek Bibob',
      tekst: `Geachte heer, mevrouw,

Voor een Bibob-onderzoek naar een aanvraag voor {besluit.omschrijving} vragen wij u om informatie. Grondslag: {grondslag}.

# Betrokkenen
{betrokkenen}

# Onze vragen
{vragen}

Wij ontvangen uw antwoord graag uiterlijk op {termijn.antwoord}.

{tekst.vertrouwelijk}`,
    },
  },
  'adviesaanvraag-lbb': {
    id: 'adviesaanvraag-lbb',
    label: 'Adviesaanvraag aan het Landelijk Bureau Bibob',
    bron: 'lbb-verzoek',
    ontvanger: 'lbb',
    vertrouwelijk: true,
    invoer: [],
    velden: {
      bevoegdheid: tekst('De bevoegdheid om advies te vragen'),
      betrokkenen: lijst('De betrokkenen, met hun rol'),
      vragen: tekst('Wat het LBB wordt gevraagd'),
      formulier: blokken('Het formulier bevindingen eigen onderzoek (art. 7a lid 4 Wet Bibob)'),
    },
    verplicht: [
      { veld: 'bevoegdheid', waarom: 'een adviesaanvraag noemt de bevoegdheid waarop zij rust (art. 9 Wet Bibob).' },
      { veld: 'betrokkenen', waarom: 'de adviesaanvraag noemt de betrokkenen (§10).' },
      { veld: 'formulier', waarom: 'de bevindingen van het eigen onderzoek gaan mee (art. 7a lid 4 Wet Bibob).' },
    ],
    standaard: {
      onderwerp: 'Adviesaanvraag Wet Bibob',
      tekst: `Geachte heer, mevrouw,

Wij vragen u om advies over de mate van gevaar, bedoeld in artikel 3 van de Wet Bibob, bij de aanvraag van {aanvrager.naam} voor {besluit.omschrijving}. Wij vragen dit advies op grond van artikel 9 van de Wet Bibob, in samenhang met {bevoegdheid}.

# Betrokkenen
{betrokkenen}

# Onze vraag
{vragen}

{formulier}`,
    },
  },
  'mededeling-adviesaanvraag': {
    id: 'mededeling-adviesaanvraag',
    label: 'Mededeling adviesaanvraag (art. 32 Wet Bibob)',
    bron: 'lbb-verzoek',
    ontvanger: 'aanvrager',
    vertrouwelijk: true,
    invoer: [],
    velden: {
      'tekst.artikel32': tekst('Vaste tekst: dat het LBB om advies is gevraagd (art. 32 Wet Bibob)'),
      'tekst.opschorting': tekst('Vaste tekst: de opschorting van de beslistermijn (art. 31 Wet Bibob) met haar maximum; bij een redelijke termijn als standpunt van de gemeente, of leeg'),
      'opschorting.uiterlijk': tekst('Tot wanneer de beslistermijn ten hoogste is opgeschort'),
      beslisdatum: tekst('Wanneer naar verwachting uiterlijk wordt beslist'),
    },
    verplicht: [{ veld: 'tekst.artikel32', waarom: 'dat het Landelijk Bureau Bibob om advies is gevraagd, is wat art. 32 Wet Bibob voorschrijft.' }],
    standaard: {
      onderwerp: 'Advies gevraagd aan het Landelijk Bureau Bibob',
      tekst: `Geachte heer, mevrouw,

{tekst.artikel32}

{tekst.opschorting}

Naar verwachting beslissen wij uiterlijk op {beslisdatum}.

Deze brief is geen besluit; u kunt er geen bezwaar tegen maken.`,
    },
  },
  'termijn-niet-haalbaar': {
    id: 'termijn-niet-haalbaar',
    label: 'Mededeling termijn niet haalbaar (art. 4:14 Awb)',
    bron: 'dossier',
    ontvanger: 'aanvrager',
    // About a Bibob investigation into this applicant: confidential like every Bibob letter (art. 28 lid 1 Wet Bibob).
    vertrouwelijk: true,
    invoer: ['nieuweDatum', 'reden'],
    velden: {
      'tekst.mededeling': tekst('Vaste tekst: dat niet op tijd kan worden beslist, met de grondslag (art. 4:14 lid 1 of lid 3 Awb)'),
      'nieuwe.datum': tekst('De datum waarop het besluit wel tegemoet kan worden gezien'),
      reden: tekst('Waarom het niet op tijd lukt'),
    },
    verplicht: [
      { veld: 'tekst.mededeling', waarom: 'de mededeling rust op art. 4:14 Awb.' },
      { veld: 'nieuwe.datum', waarom: 'de mededeling noemt een termijn waarbinnen het besluit wel tegemoet kan worden gezien (art. 4:14 lid 1 en 3 Awb).' },
    ],
    standaard: {
      onderwerp: 'Beslissing op uw aanvraag later dan gepland',
      tekst: `Geachte heer, mevrouw,

{tekst.mededeling}

{reden}

U kunt ons besluit uiterlijk op {nieuwe.datum} tegemoet zien.

Deze brief is geen besluit; u kunt er geen bezwaar tegen maken.`,
    },
  },
  verlengingsbesluit: {
    id: 'verlengingsbesluit',
    label: 'Verlengingsbesluit beslistermijn',
    bron: 'dossier',
    ontvanger: 'aanvrager',
    // About a Bibob investigation into this applicant: confidential like every Bibob letter (art. 28 lid 1 Wet Bibob).
    vertrouwelijk: true,
    invoer: [],
    velden: {
      'verlenging.weken': tekst('Met hoeveel weken de termijn wordt verlengd'),
      'verlenging.grondslag': tekst('De grondslag van de verlenging'),
      'nieuwe.beslisdatum': tekst('De uiterste beslisdatum na de verlenging'),
    },
    verplicht: [
      { veld: 'verlenging.weken', waarom: 'het besluit noemt de verlenging (ten hoogste zes weken, art. 16.64 lid 2 Omgevingswet).' },
      { veld: 'verlenging.grondslag', waarom: 'een besluit vermeldt zijn grondslag (art. 3:47 lid 2 Awb).' },
    ],
    standaard: {
      onderwerp: 'Verlenging van de beslistermijn',
      tekst: `Geachte heer, mevrouw,

Wij verlengen de termijn waarbinnen wij beslissen op uw aanvraag voor {besluit.omschrijving} met {verlenging.weken} ({verlenging.grondslag}). Het Bibob-onderzoek naar uw aanvraag vraagt meer tijd dan de wettelijke termijn toelaat.

Wij beslissen uiterlijk op {nieuwe.beslisdatum}.`,
    },
  },
  'intern-advies': {
    id: 'intern-advies',
    label: 'Intern Bibob-advies aan burgemeester of college',
    bron: 'dossier',
    ontvanger: 'intern',
    vertrouwelijk: true,
    invoer: [],
    velden: {
      betrokkenen: lijst('De betrokkenen met hun rollen'),
      bevindingen: lijst('De bevindingen met bron en datum; beperkte gemarkeerd met hun beperking'),
      weggelaten: tekst('Uitleg bij de gemarkeerde beperkte bevindingen (leeg zonder beperkte bevindingen)'),
      relaties: lijst('Relaties tot de feiten (art. 3 lid 4 Wet Bibob)'),
      gevaar: lijst('De mate van gevaar per grond met de gewogen factoren'),
      conclusie: tekst('De conclusie over de mate van gevaar'),
      lid6: tekst('Art. 3 lid 6 Wet Bibob, als het van toepassing is'),
      evenredigheid: tekst('De afweging van de evenredigheid (art. 3 lid 5 Wet Bibob)'),
      'lbb.advies': tekst('Het advies van het LBB, als dat er is'),
      maatregel: tekst('De voorgestelde maatregel'),
      voorschriften: lijst('Voorschriften met wat ze wegnemen of beperken (art. 3 lid 7 Wet Bibob)'),
    },
    verplicht: [
      { veld: 'bevindingen', waarom: 'het advies noemt de bevindingen (§10).' },
      { veld: 'gevaar', waarom: 'het advies noemt de mate van gevaar per grond (art. 3 lid 1–3 Wet Bibob).' },
      { veld: 'conclusie', waarom: 'het advies eindigt in een conclusie over de mate van gevaar.' },
      { veld: 'maatregel', waarom: 'het advies stelt een maatregel voor (art. 3 Wet Bibob).' },
    ],
    standaard: {
      onderwerp: 'Intern Bibob-advies',
      tekst: `Zaak {zaaknummer} — {aanvrager.naam} — besluit: {besluit.omschrijving}. Opgesteld op {datum}.

# Betrokkenen
{betrokkenen}

# Bevindingen
{bevindingen}

{weggelaten}

# Relatie tot de feiten (art. 3 lid 4 Wet Bibob)
{relaties}

# Mate van gevaar (art. 3 lid 1–3 Wet Bibob)
{gevaar}

Conclusie: {conclusie}.

{lid6}

# Evenredigheid (art. 3 lid 5 Wet Bibob)
{evenredigheid}

# Advies van het Landelijk Bureau Bibob
{lbb.advies}

# Voorgestelde maatregel
{maatregel}

# Voorschriften (art. 3 lid 7 Wet Bibob)
{voorschriften}`,
    },
  },
  'voornemen-zienswijze': {
    id: 'voornemen-zienswijze',
    label: 'Voornemen met gelegenheid tot zienswijze (art. 33 Wet Bibob)',
    bron: 'zienswijze-betrokkene',
    ontvanger: 'aanvrager',
    vertrouwelijk: true,
    invoer: ['doorbrekingen'],
    velden: {
      aanvraag: tekst('De aanvraag waarover het voornemen gaat: datum van ontvangst en wat is gevraagd'),
      voornemen: tekst('Het voorgenomen besluit met zijn wettelijke grondslag, in de stem van het bestuursorgaan'),
      gronden: lijst('De gronden van het voornemen'),
      voorschriften: lijst('De voorgenomen voorschriften met hun doel'),
      'termijn.zienswijze': tekst('De laatste dag voor de zienswijze'),
      'tekst.wijze': tekst('Vaste tekst: de gelegenheid tot zienswijze, tot wanneer, schriftelijk (waarheen) of mondeling (art. 33 lid 1 en 3 Wet Bibob, art. 4:9 Awb)'),
      'tekst.geheimhouding': tekst('Vaste tekst: afschrift van het advies en de geheimhoudingsplicht (art. 28 lid 3 Wet Bibob); leeg zonder LBB-advies'),
    },
    verplicht: [
      { veld: 'aanvraag', waarom: 'de betrokkene moet weten over welke aanvraag het voornemen gaat.' },
      { veld: 'voornemen', waarom: 'de betrokkene moet weten wat wordt voorgenomen en op welke grondslag (art. 33 lid 1 Wet Bibob).' },
      { veld: 'gronden', waarom: 'de betrokkene moet de gronden kennen om erop te kunnen reageren.' },
      { veld: 'tekst.wijze', waarom: 'de betrokkene kan kiezen tussen schriftelijk en mondeling (art. 4:9 Awb).' },
      GEHEIMHOUDING,
    ],
    standaard: {
      onderwerp: 'Voornemen tot besluit en gelegenheid tot zienswijze',
      tekst: `Geachte heer, mevrouw,

{aanvraag}

# Voornemen
{voornemen}

# Waarom
{gronden}

# Voorschriften
{voorschriften}

# Uw zienswijze
{tekst.wijze}

{tekst.geheimhouding}`,
    },
  },
  'bericht-derde': {
    id: 'bericht-derde',
    label: 'Bericht aan een derde (art. 33 lid 1 Wet Bibob)',
    bron: 'zienswijze-derde',
    ontvanger: 'derde',
    vertrouwelijk: true,
    invoer: ['deelAdvies', 'doorbrekingen'],
    velden: {
      'derde.naam': tekst('De naam van de derde'),
      voornemen: tekst('Welk besluit het bestuursorgaan van plan is te nemen, met de grondslag'),
      'deel.advies': tekst('Alleen het deel van het advies dat op de derde betrekking heeft'),
      'termijn.zienswijze': tekst('De laatste dag voor de zienswijze'),
      'tekst.wijze': tekst('Vaste tekst: de gelegenheid tot zienswijze, tot wanneer, schriftelijk (waarheen) of mondeling (art. 33 lid 1 en 3 Wet Bibob, art. 4:9 Awb)'),
      'tekst.geheimhouding': tekst('Vaste tekst: afschrift en geheimhoudingsplicht (art. 28 lid 3 Wet Bibob); leeg zonder LBB-advies'),
    },
    verplicht: [
      { veld: 'voornemen', waarom: 'de derde moet weten welk besluit wordt voorgenomen om er een zienswijze op te kunnen geven (art. 33 lid 1 Wet Bibob).' },
      { veld: 'deel.advies', waarom: 'de derde krijgt het deel dat op hem betrekking heeft, en alleen dat (art. 28 lid 3 Wet Bibob).' },
      { veld: 'tekst.wijze', waarom: 'de derde kan zijn zienswijze schriftelijk of mondeling geven (art. 4:9 Awb).' },
      GEHEIMHOUDING,
    ],
    standaard: {
      onderwerp: 'Gelegenheid tot zienswijze',
      tekst: `Geachte heer, mevrouw,

{voornemen}

# Wat het voornemen over u zegt
{deel.advies}

# Uw zienswijze
{tekst.wijze}

{tekst.geheimhouding}`,
    },
  },
  besluit: {
    id: 'besluit',
    label: 'Besluit (verlening, weigering, intrekking, buiten behandeling)',
    bron: 'dossier',
    ontvanger: 'aanvrager',
    vertrouwelijk: true,
    invoer: ['doorbrekingen'],
    velden: {
      aanvraag: tekst('De aanvraag waarop wordt beslist: datum van ontvangst en wat is gevraagd'),
      dictum: tekst('Het besluit zelf'),
      motivering: lijst('De motivering (art. 3:46 Awb)'),
      zienswijzen: lijst('Elke zienswijze, samengevat, met de reactie van het bestuursorgaan (art. 3:46 Awb, art. 33 Wet Bibob); leeg zonder zienswijze'),
      grondslag: tekst('De wettelijke grondslag (art. 3:47 lid 2 Awb)'),
      voorschriften: lijst('Voorschriften met hun doel (art. 3 lid 7 Wet Bibob)'),
      'tekst.bezwaar': tekst('Vaste tekst: de bezwaarclausule (art. 3:45 lid 2, 6:7, 6:8 Awb)'),
    },
    verplicht: [
      { veld: 'aanvraag', waarom: 'een besluit noemt de aanvraag waarop het beslist (datum, wat is gevraagd).' },
      { veld: 'dictum', waarom: 'een besluit zegt wat wordt besloten.' },
      { veld: 'zienswijzen', waarom: 'een besluit gaat in op elke zienswijze die is gegeven (art. 3:46 Awb, art. 33 Wet Bibob).', magLeeg: true },
      { veld: 'motivering', waarom: 'een besluit berust op een deugdelijke motivering (art. 3:46 Awb).' },
      { veld: 'grondslag', waarom: 'een besluit vermeldt zo mogelijk zijn wettelijke grondslag (art. 3:47 lid 2 Awb).' },
      { veld: 'voorschriften', waarom: 'voorschriften staan in het besluit, elk met het gevaar dat ze wegnemen of beperken (art. 3 lid 7 Wet Bibob).', magLeeg: true },
      BEZWAAR,
    ],
    standaard: {
      onderwerp: 'Besluit op uw aanvraag',
      tekst: `Geachte heer, mevrouw,

{aanvraag}

# Besluit
{dictum}

# Motivering
{motivering}

Dit besluit rust op {grondslag}.

# Zienswijzen
{zienswijzen}

# Voorschriften
{voorschriften}

# Bezwaar
{tekst.bezwaar}`,
    },
  },
  'vastgoed-niet-contracteren': {
    id: 'vastgoed-niet-contracteren',
    label: 'Vastgoed: geen overeenkomst',
    bron: 'dossier',
    ontvanger: 'aanvrager',
    vertrouwelijk: true,
    invoer: ['doorbrekingen'],
    velden: {
      motivering: lijst('Waarom de gemeente de transactie niet aangaat'),
      grondslag: tekst('De grondslag'),
    },
    verplicht: [{ veld: 'motivering', waarom: 'de wederpartij moet weten waarom de gemeente niet contracteert.' }],
    standaard: {
      onderwerp: 'Vastgoedtransactie',
      tekst: `Geachte heer, mevrouw,

De gemeente gaat de voorgenomen vastgoedtransactie met {aanvrager.naam} niet aan. Wij hebben een onderzoek gedaan op grond van de Wet Bibob ({grondslag}).

# Waarom
{motivering}

Deze beslissing is een privaatrechtelijke beslissing van de gemeente; er staat geen bezwaar tegen open.`,
    },
  },
  'vastgoed-ontbinding': {
    id: 'vastgoed-ontbinding',
    label: 'Vastgoed: beroep op de contractclausule',
    bron: 'dossier',
    ontvanger: 'aanvrager',
    vertrouwelijk: true,
    invoer: ['doorbrekingen'],
    velden: {
      motivering: lijst('Waarom de gemeente zich op de clausule beroept'),
      grondslag: tekst('De grondslag'),
      clausule: tekst('De clausule in de overeenkomst'),
    },
    verplicht: [
      { veld: 'motivering', waarom: 'de wederpartij moet weten waarom de gemeente de overeenkomst beëindigt.' },
      { veld: 'clausule', waarom: 'een beroep op de ontbindende voorwaarde vraagt een beding in de overeenkomst (art. 5a sub b Wet Bibob).' },
    ],
    standaard: {
      onderwerp: 'Beëindiging van de overeenkomst',
      tekst: `Geachte heer, mevrouw,

De gemeente beroept zich op {clausule} en ontbindt de overeenkomst met {aanvrager.naam}. Wij hebben een onderzoek gedaan op grond van de Wet Bibob ({grondslag}).

# Waarom
{motivering}

Deze beslissing is een privaatrechtelijke beslissing van de gemeente; er staat geen bezwaar tegen open.`,
    },
  },
  'melding-lbb': {
    id: 'melding-lbb',
    label: 'Melding aan het Landelijk Bureau Bibob (art. 7a lid 7/8)',
    bron: 'dossier',
    ontvanger: 'lbb',
    vertrouwelijk: true,
    invoer: [],
    velden: {
      melding: tekst('Wat wordt gemeld en op grond waarvan (art. 7a lid 7 of lid 8 Wet Bibob)'),
      'betrokkene.identiteit': tekst('De onderzochte betrokkene (art. 11a lid 2 sub a)'),
      personen: lijst('De onderzochte personen van wie strafbare feiten aan de conclusie ten grondslag liggen (art. 11a lid 2 sub b)'),
      'besluit.kader': tekst('De beschikking of vastgoedtransactie (art. 11a lid 2 sub c)'),
      bestuursorgaan: tekst('Het bestuursorgaan dat concludeerde (art. 11a lid 2 sub d)'),
      'tekst.verantwoordelijk': tekst('Vaste tekst: verantwoordelijk voor correcties (art. 7a lid 7 Wet Bibob)'),
    },
    verplicht: [
      { veld: 'melding', waarom: 'de melding noemt de conclusie of het vermoeden van terugtrekking (art. 7a lid 7/8 Wet Bibob).' },
      { veld: 'betrokkene.identiteit', waarom: 'art. 11a lid 2 sub a Wet Bibob.' },
      { veld: 'personen', waarom: 'art. 11a lid 2 sub b Wet Bibob.' },
      { veld: 'besluit.kader', waarom: 'art. 11a lid 2 sub c Wet Bibob.' },
      { veld: 'bestuursorgaan', waarom: 'art. 11a lid 2 sub d Wet Bibob.' },
    ],
    standaard: {
      onderwerp: 'Melding Wet Bibob',
      tekst: `Geachte heer, mevrouw,

{melding}

# Gegevens (artikel 11a, tweede lid, van de Wet Bibob)
- Onderzochte betrokkene: {betrokkene.identiteit}
- Beschikking of vastgoedtransactie: {besluit.kader}
- Bestuursorgaan: {bestuursorgaan}

Onderzochte personen van wie strafbare feiten aan de conclusie ten grondslag liggen:
{personen}

{tekst.verantwoordelijk}`,
    },
  },
  dossiersamenvatting: {
    id: 'dossiersamenvatting',
    label: 'Dossiersamenvatting (één pagina)',
    bron: 'dossier',
    ontvanger: 'intern',
    vertrouwelijk: true,
    invoer: [],
    velden: {
      fase: tekst('De fase van het dossier'),
      ontvangen: tekst('Wanneer de aanvraag binnenkwam'),
      beslisdatum: tekst('De uiterste beslisdatum'),
      betrokkenen: lijst('De betrokkenen'),
      verzoeken: lijst('De informatieverzoeken en hun stand'),
      conclusie: tekst('De conclusie over de mate van gevaar'),
      uitkomst: tekst('De uitkomst'),
    },
    verplicht: [],
    standaard: {
      onderwerp: 'Dossiersamenvatting {kenmerk}',
      tekst: `{aanvrager.naam} — {besluit.omschrijving}

- Fase: {fase}
- Aanvraag ontvangen: {ontvangen}
- Uiterste beslisdatum: {beslisdatum}
- Conclusie: {conclusie}
- Uitkomst: {uitkomst}

# Betrokkenen
{betrokkenen}

# Informatieverzoeken
{verzoeken}`,
    },
  },
};

/** The fields of a letter type: the common ones and its own. */
export function veldenVan(soort: BriefSoortId): Velden {
  return { ...algemeneVelden, ...briefSoorten[soort].velden };
}
