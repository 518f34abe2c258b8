/**
 * The audit trail as a coordinator reads it: one Dutch sentence per record ("C. Grasmuis legde een herstelverzoek
 * vast") and its details as "veld: oud → nieuw" lines, instead of the stored action code and JSON.
 */

/** What the actor did, completing "<wie> …". An action without an entry is read from its code (see actionSentence). */
const ACTIONS: Readonly<Record<string, string>> = {
  'agenda.bekeken': 'bekeek de agenda',
  'agenda.geexporteerd': 'exporteerde de agenda als agendabestand',
  'audit.bekeken': 'bekeek de audittrail',
  'audit.gecontroleerd': 'controleerde de audittrail',
  'audit.geexporteerd': 'exporteerde de audittrail',
  'beleid.geexporteerd': 'exporteerde het Bibob-beleid',
  'beleid.opgeslagen': 'sloeg een nieuwe versie van het Bibob-beleid op',
  'beleidstoets.gecorrigeerd': 'corrigeerde de toets aan het Bibob-beleid',
  'beleidstoets.vastgelegd': 'legde de toets aan het Bibob-beleid vast',
  'beoordeling.bekeken': 'bekeek de beoordeling',
  'beoordeling.bevinding-gecorrigeerd': 'corrigeerde een bevinding',
  'beoordeling.bevinding-ingetrokken': 'trok een bevinding in',
  'beoordeling.opgeslagen': 'sloeg de beoordeling op',
  'beoordeling.terugtrekking': 'legde een vermoeden van terugtrekking vast',
  'besluit.gecorrigeerd': 'corrigeerde een besluit in het dossier',
  'besluit.ingetrokken': 'haalde een besluit uit het dossier',
  'besluit.opgeslagen': 'legde het besluit vast',
  'besluit.toegevoegd': 'voegde een besluit toe aan het dossier',
  'besluit.uitkomst-vastgelegd': 'legde de uitkomst van een besluit vast',
  'besluiten.bekeken': 'bekeek de besluiten in het dossier',
  'betrokkene.bekeken': 'bekeek de pagina van een betrokkene',
  'betrokkene.gecorrigeerd': 'corrigeerde de gegevens van een betrokkene',
  'betrokkene.gekoppeld': 'voegde een betrokkene toe',
  'betrokkene.ontkoppeld': 'haalde een betrokkene uit het dossier',
  'betrokkene.samengevoegd': 'voegde twee betrokkenen samen',
  'bevinding.vastgelegd': 'legde een bevinding vast',
  'bijlage.bekeken': 'bekeek een bijlage',
  'bijlage.geexporteerd': 'exporteerde een bijlage',
  'bijlage.geimporteerd': 'voegde een bijlage toe',
  'bijlage.notitie-toegevoegd': 'schreef een notitie bij een bijlage',
  'bijlage.notities-bekeken': 'bekeek de notities bij een bijlage',
  'bijlage.verwijderd': 'verwijderde een bijlage',
  'bijlagen.lijst-bekeken': 'bekeek de lijst van bijlagen',
  'bijlagen.ontbrekend-gecontroleerd': 'controleerde of de bestanden van alle bijlagen aanwezig zijn',
  'brief.afgedrukt': 'drukte een brief af',
  'brief.bekeken': 'las een brief in de app (geen verstrekking)',
  'brief.geexporteerd': 'exporteerde een brief',
  'brief.gemaakt': 'maakte een brief',
  'brieven.bekeken': 'bekeek de brieven',
  'dashboard.bekeken': 'bekeek het dashboard',
  'dossier.aangemaakt': 'maakte het dossier aan',
  'dossier.afgedrukt': 'drukte de samenvatting van het dossier af',
  'dossier.bekeken': 'bekeek het dossier',
  'dossier.fase-gewijzigd': 'zette het dossier in een andere fase',
  'dossier.gewijzigd': 'wijzigde de gegevens van het dossier',
  'dossier.verwijderd': 'verwijderde het dossier',
  'eigen-onderzoek.bekeken': 'bekeek het eigen onderzoek',
  'eigen-onderzoek.financiering-verwijderd': 'verwijderde een regel van de financiering',
  'eigen-onderzoek.formulier': 'werkte het formulier bevindingen bij',
  'eigen-onderzoek.gegevens-ander-bestuursorgaan': 'legde gegevens van een ander bestuursorgaan vast',
  'eigen-onderzoek.gegevens-verwijderd': 'verwijderde gegevens van een ander bestuursorgaan',
  'eigen-onderzoek.herkomst': 'legde de herkomst van middelen vast',
  'eigen-onderzoek.investering': 'legde een investering vast',
  'eigen-onderzoek.notitie': 'schreef een onderzoeksnotitie',
  'eigen-onderzoek.notitie-gecorrigeerd': 'corrigeerde een onderzoeksnotitie',
  'eigen-onderzoek.notitie-ingetrokken': 'trok een onderzoeksnotitie in',
  'eigen-onderzoek.notitie-verwijderd': 'verwijderde een onderzoeksnotitie',
  'herstel.aanvulling-vastgelegd': 'legde de aanvulling op een herstelverzoek vast',
  'herstel.geregistreerd': 'legde een herstelverzoek vast',
  'herstel.ingetrokken': 'trok een herstelverzoek in',
  'herstelsleutel.afgedrukt': 'drukte de herstelsleutel af',
  'herstelsleutel.bevestigd': 'bevestigde dat de herstelsleutel op papier veilig is opgeborgen',
  'instelling.gewijzigd': 'wijzigde de instellingen',
  'kluis.aangemaakt': 'maakte de kluis aan',
  'kluis.ontgrendeld': 'opende de kluis met de wachtwoordzin',
  'kluis.ontgrendeld.met-herstelsleutel': 'opende de kluis met de herstelsleutel en stelde een nieuwe wachtwoordzin in',
  'kluis.vergrendeld': 'vergrendelde de kluis',
  'lbb.advies-aangevraagd': 'vroeg het LBB om advies',
  'lbb.advies-gecorrigeerd': 'corrigeerde het advies van het LBB',
  'lbb.advies-ingetrokken': 'trok het vastgelegde advies van het LBB in',
  'lbb.advies-ontvangen': 'legde het advies van het LBB vast',
  'lbb.betrokkene-geinformeerd': 'legde de mededeling van art. 32 Wet Bibob vast',
  'lbb.gegevens-gevraagd': 'legde een verzoek van het LBB om gegevens vast',
  'lbb.gegevens-ontvangen': 'legde vast dat de gevraagde gegevens naar het LBB gingen',
  'lbb.melding': 'legde de melding aan het LBB vast',
  'lbb.verlengd': 'legde de verlenging door het LBB vast',
  'netwerk.bekeken': 'bekeek het netwerk van betrokkenen',
  'netwerk.geexporteerd': 'exporteerde de tekening van het netwerk van betrokkenen',
  'bewaartermijnen.gewijzigd': 'wijzigde de bewaartermijnen per uitkomst',
  'vernietigingen.bekeken': 'bekeek de dossiers die te vernietigen zijn',
  'overdracht.bekeken': 'bekeek welke dossiers kunnen worden overgedragen',
  'overdracht.ontvangen': 'las een overgedragen dossier in uit een overdrachtspakket',
  'overdracht.reactie-ontvangen': 'las de reactie van een beoordelaar in bij het dossier',
  'overdracht.reactie-verzonden': 'maakte een reactiepakket bij een overgedragen dossier',
  'overdracht.verzonden': 'droeg het dossier over in een overdrachtspakket',
  'overzicht.bekeken': 'bekeek het overzicht van de dossiers',
  'rapport.bekeken': 'bekeek het jaarverslag',
  'rapport.geexporteerd': 'exporteerde het jaarverslag',
  'relatie.vastgelegd': 'legde een relatie vast',
  'relatie.verwijderd': 'verwijderde een relatie',
  'reservekopie.bewaren-gewijzigd': 'wijzigde hoeveel reservekopieën bewaard blijven',
  'reservekopie.gemaakt': 'maakte een reservekopie van de kluis',
  'reservekopie.map-gekozen': 'koos de map voor reservekopieën',
  'reservekopie.mislukt': 'probeerde een reservekopie te maken, maar die mislukte',
  'reservekopie.teruggezet': 'zette de kluis terug uit een reservekopie',
  'sjablonen.geexporteerd': 'exporteerde de briefsjablonen',
  'sjablonen.ingevoerd': 'voerde briefsjablonen in',
  'sjabloon.opgeslagen': 'sloeg een nieuwe versie van een briefsjabloon op',
  'termijn.gebeurtenis-ingetrokken': 'trok een opschorting of verdaging in',
  'termijn.gebeurtenis-vastgelegd': 'legde een opschorting, verdaging of mededeling vast',
  'verstrekkingsregister.bekeken': 'bekeek het verstrekkingsregister',
  'verzoek.aangemaakt': 'maakte een verzoek aan',
  'verzoek.antwoord-gecorrigeerd': 'corrigeerde het antwoord op een verzoek',
  'verzoek.antwoord-ingetrokken': 'trok het vastgelegde antwoord op een verzoek in',
  'verzoek.beantwoord': 'legde het antwoord op een verzoek vast',
  'verzoek.concept-verwijderd': 'verwijderde een concept-verzoek',
  'verzoek.ingetrokken': 'trok een verzoek in',
  'verzoek.verlengd': 'legde de verlenging van een verzoek vast',
  'verzoek.verzonden': 'legde de verzending van een verzoek vast',
  'verzoeken.bekeken': 'bekeek de verzoeken',
  'voorschrift.toegevoegd': 'voegde een voorschrift aan de bibliotheek toe',
  'vraagset.geimporteerd': 'importeerde een nieuwe versie van de vragenset',
  'vragenformulier.antwoorden-vastgelegd': 'legde de antwoorden op het vragenformulier vast',
  'vragenformulier.bekeken': 'bekeek het vragenformulier',
  'vragenformulier.betrokkene-bevestigd': 'legde een betrokkene uit de antwoorden vast',
  'vragenformulier.bijlage-gekoppeld': 'koppelde een bijlage aan het vragenformulier',
  'vragenformulier.bijlage-ontkoppeld': 'ontkoppelde een bijlage van het vragenformulier',
  'vragenformulier.ontvangen': 'legde de ontvangst van het vragenformulier vast',
  'vragenformulier.selectie-gewijzigd': 'wijzigde de selectie van vragen',
  'vragenformulier.status-vastgelegd': 'legde de status van een onderdeel van het vragenformulier vast',
  'vragenformulier.statussen-bevestigd': 'bevestigde de afgeleide statussen van het vragenformulier',
  'vragenformulier.statussen-vastgelegd': 'legde de status van meerdere onderdelen vast',
  'vragenformulier.verzonden': 'legde de verzending van het vragenformulier vast',
  'wachtwoordzin.gewijzigd': 'wijzigde de wachtwoordzin',
  'zienswijze.bekeken': 'bekeek de zienswijzen',
  'zienswijze.geen-nieuwe-ronde': 'legde vast dat na de gewijzigde uitkomst geen nieuwe zienswijzeronde nodig is',
  'zienswijze.ingetrokken': 'trok een uitnodiging voor een zienswijze in',
  'zienswijze.ontvangen': 'legde een zienswijze vast',
  'zienswijze.reactie': 'legde de reactie op een zienswijze vast',
  'zienswijze.reactie-gecorrigeerd': 'corrigeerde de reactie op een zienswijze',
  'zienswijze.uitgenodigd': 'nodigde uit voor een zienswijze',
  'zoeken': 'zocht in de kluis',
};

/** The actions that have a sentence (a test checks that every action the services write is among them). */
export const auditActionsNamed: ReadonlySet<string> = new Set(Object.keys(ACTIONS));

/** "toekomst.iets-nieuws" → "toekomst: iets nieuws", for an action the table does not name (another version's). */
function fromCode(action: string): string {
  const [subject, ...rest] = action.split('.');
  const what = rest.join(' ').replace(/-/g, ' ');
  return what ? `${subject!.replace(/-/g, ' ')}: ${what}` : subject!.replace(/-/g, ' ');
}

/** "C. Grasmuis legde een herstelverzoek vast." */
export function actionSentence(actor: string, action: string): string {
  const done = ACTIONS[action];
  return done ? `${actor} ${done}.` : `${actor} — ${fromCode(action)}.`;
}

/** "aanvragerNaam" → "aanvrager naam", "ingetrokken_reden" → "ingetrokken reden". */
function fieldWords(field: string): string {
  return field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(leeg)';
  if (typeof value === 'string') {
    // A calendar date reads as one: "5 oktober 2026".
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
    }
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value === true ? 'ja' : value === false ? 'nee' : String(value);
  // A list reads as its items, a nested record as "veld waarde" pairs: never as JSON.
  if (Array.isArray(value)) return value.length === 0 ? '(leeg)' : value.map(valueText).join(', ');
  if (typeof value === 'object') {
    const pairs = Object.entries(value as Record<string, unknown>).filter(([, inner]) => !isEmpty(inner));
    return pairs.length === 0 ? '(leeg)' : pairs.map(([field, inner]) => `${fieldWords(field)} ${valueText(inner)}`).join(', ');
  }
  return String(value);
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** A record's id (a UUID) under any field name, e.g. the "van" and "naar" of a relation. */
const isId = (value: unknown) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * The details as lines: a change stored as [old, new] reads "veld: oud → nieuw" (a first value just "veld: nieuw";
 * an unchanged or still empty field is left out), anything else "veld: waarde". Ids are left out, by field name or
 * by their form: they say nothing to a reader and stay in the CSV export.
 */
export function detailLines(details: Readonly<Record<string, unknown>>): string[] {
  const lines: string[] = [];
  for (const [field, value] of Object.entries(details)) {
    if (/(^id$|Id$|_id$)/.test(field) || isId(value)) continue;
    if (Array.isArray(value) && value.length === 2 && !Array.isArray(value[0])) {
      const [before, after] = value as [unknown, unknown];
      if ((isId(before) || isEmpty(before)) && (isId(after) || isEmpty(after))) continue;
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      lines.push(isEmpty(before) ? `${fieldWords(field)}: ${valueText(after)}` : `${fieldWords(field)}: ${valueText(before)} → ${valueText(after)}`);
    } else {
      lines.push(`${fieldWords(field)}: ${valueText(value)}`);
    }
  }
  return lines;
}
