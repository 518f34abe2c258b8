import { kies, type Stem } from './bestuursorgaan';

/**
 * The passages a letter must contain by law (../shared/bibob-domain.md §10), written once here. Templates name them
 * as fields ({tekst.geheimhouding} …) that a letter type requires, so that an edited template can move them but
 * never drop them. Each names the article it rests on.
 */

/** Awb 4:5 lid 1: an incomplete form may lead to the application not being dealt with. */
export const TEKST_BUITEN_BEHANDELING =
  'Ontvangen wij het formulier niet, of niet volledig ingevuld of zonder de gevraagde stukken, dan kunnen wij besluiten uw aanvraag niet te behandelen (artikel 4:5 van de Algemene wet bestuursrecht).';

/**
 * Wet Bibob art. 4 lid 1, for the toezending in a revocation investigation (art. 7a lid 3): there is no aanvraag, so
 * no Awb 4:5; the holder's refusal to complete the form "wordt aangemerkt als ernstig gevaar" (art. 3 lid 1).
 */
export const TEKST_WEIGERING_FORMULIER_INTREKKING =
  'Vult u het formulier niet volledig in, dan geldt die weigering als ernstig gevaar als bedoeld in artikel 3, eerste lid, van de Wet Bibob (artikel 4, eerste lid, van de Wet Bibob). Dat kan ertoe leiden dat wij uw vergunning intrekken.';

/** AVG art. 13/14 with Wet Bibob art. 28: what the data are used for and who may receive them. */
export const TEKST_PRIVACY =
  'Wij gebruiken uw gegevens voor een onderzoek op grond van de Wet Bibob. Wij kunnen het Landelijk Bureau Bibob om advies vragen (artikel 9 van de Wet Bibob) en de gegevens verstrekken aan de instanties die artikel 28, tweede lid, van de Wet Bibob noemt. Wie de gegevens ontvangt, moet ze geheimhouden (artikel 28, eerste lid). Meer over uw rechten leest u in de privacyverklaring van de gemeente (artikelen 13 en 14 van de Algemene verordening gegevensbescherming).';

/** Wetboek van Strafrecht art. 225: false statements are punishable. */
export const TEKST_VALSHEID =
  'Vul het formulier naar waarheid in. Wie opzettelijk onjuiste gegevens verstrekt of een vals of vervalst stuk gebruikt, kan worden vervolgd voor valsheid in geschrift (artikel 225 van het Wetboek van Strafrecht).';

/** Awb 4:5 lid 1 for a herstelverzoek: the consequence of not completing. */
export const TEKST_GEVOLG_HERSTEL =
  'Vult u de aanvraag niet of niet volledig aan binnen deze termijn, dan kunnen wij besluiten de aanvraag niet te behandelen (artikel 4:5 van de Algemene wet bestuursrecht).';

/** Awb 4:15 lid 1 sub a: the beslistermijn is suspended from the day after the letter. */
export function tekstOpschortingHerstel(dagtekening: string): string {
  return `De termijn waarbinnen wij op uw aanvraag beslissen, is opgeschort vanaf de dag na de dagtekening van deze brief (${dagtekening}) tot de dag waarop uw aanvulling binnen is of de termijn ongebruikt is verstreken (artikel 4:15, eerste lid, onder a, van de Algemene wet bestuursrecht).`;
}

/** Wet Bibob art. 28 lid 1: the confidentiality of what a partner receives in a request. */
export const TEKST_VERTROUWELIJK_VERZOEK =
  'Dit verzoek en de gegevens erin zijn vertrouwelijk. Wie krachtens de Wet Bibob gegevens over een derde krijgt, moet die geheimhouden (artikel 28, eerste lid, van de Wet Bibob). Wij vragen niet meer dan voor het onderzoek nodig is.';

/** Wet Bibob art. 32: the only statutory element of the notice. */
export function tekstArtikel32(besluit: string, aangevraagdOp: string): string {
  return `Over uw aanvraag voor ${besluit} hebben wij op ${aangevraagdOp} het Landelijk Bureau Bibob om advies gevraagd. Dit laten wij u weten op grond van artikel 32 van de Wet Bibob.`;
}

/**
 * Wet Bibob art. 28 lid 3 with lid 1: the copy of the advice and the written warning that goes with it. Lid 3: "De in
 * artikel 33, eerste lid, bedoelde derde wordt het advies slechts verstrekt voor zover het op hem betrekking heeft" —
 * so the betrokkene receives the whole advice. Lid 1: the secrecy concerns "gegevens met betrekking tot een derde".
 * Lid 4: when the decision is challenged in court, the betrokkene may make those data known to the court.
 */
export function tekstGeheimhouding(ontvanger: 'betrokkene' | 'derde', stem: Stem): string {
  const afschrift =
    ontvanger === 'betrokkene'
      ? 'Bij deze brief ontvangt u een afschrift van het advies van het Landelijk Bureau Bibob.'
      : 'Bij deze brief ontvangt u een afschrift van het advies van het Landelijk Bureau Bibob, voor zover het op u betrekking heeft.';
  const rechter = ontvanger === 'betrokkene' ? ' Vecht u het besluit aan bij de rechter, dan mag u deze gegevens aan de rechter bekendmaken (artikel 28, vierde lid).' : '';
  return `${afschrift} ${kies(stem, 'Ik wijs', 'Wij wijzen')} u er uitdrukkelijk op dat u verplicht bent de gegevens daarin over anderen dan uzelf geheim te houden (artikel 28, eerste en derde lid, van de Wet Bibob).${rechter}`;
}

/**
 * Art. 33 lid 1 Wet Bibob with Awb 4:9 (applying through art. 33 lid 3): the opportunity, by which date, written or
 * oral, and where — the body's address for a written zienswijze, the contact for an oral one. In the voice of the
 * body that decides; a third party is told why he is heard.
 */
export function tekstZienswijzeWijze(input: { stem: Stem; rol: 'betrokkene' | 'derde'; termijn: string; orgaan: string; adres: string; contact: string }): string {
  const { stem } = input;
  const wie = input.rol === 'derde' ? ' als derde die in het voornemen wordt genoemd' : '';
  return `Voordat ${kies(stem, 'ik besluit, geef ik', 'wij besluiten, geven wij')} u${wie} de gelegenheid uw zienswijze op dit voornemen te geven (artikel 33, eerste lid, van de Wet Bibob). Dat kan tot en met ${input.termijn}, naar uw keuze schriftelijk of mondeling (artikel 4:9 van de Algemene wet bestuursrecht, van toepassing via artikel 33, derde lid, van de Wet Bibob). Schriftelijk: stuur uw zienswijze aan ${input.orgaan}, ${input.adres}, en vermeld het kenmerk van deze brief. Mondeling: maak voor die datum een afspraak via ${input.contact}.`;
}

/**
 * Awb 3:45 lid 2 with 6:7 and 6:8 lid 1: who may object, within what term from when, and to which body at which
 * address.
 */
export function tekstBezwaar(orgaan: string, adres: string): string {
  return `Bent u het niet eens met dit besluit, dan kunt u als belanghebbende bezwaar maken. Dat doet u binnen zes weken, te rekenen vanaf de dag na de dag waarop dit besluit bekend is gemaakt (artikelen 6:7 en 6:8 van de Algemene wet bestuursrecht). Stuur uw bezwaarschrift aan ${orgaan}, ${adres}. Vermeld daarin uw naam en adres, de datum, het kenmerk van dit besluit en waarom u het er niet mee eens bent, en onderteken het.`;
}

/**
 * After the uniforme openbare voorbereidingsprocedure (Awb afd. 3.4) the besluit names beroep instead of bezwaar
 * (Awb 3:45 lid 2): no bezwaar first (7:1 lid 1 onder d), six weeks (6:7) from the day after the terinzagelegging
 * (6:8 lid 4, with 3:44 lid 1 onder a); beroep is barred for whoever can reasonably be blamed for giving no
 * zienswijze on the ontwerp (6:13).
 */
export function tekstBeroepUniformeVoorbereiding(voorbereiding: string): string {
  return `Dit besluit is voorbereid met de uniforme openbare voorbereidingsprocedure (afdeling 3.4 van de Algemene wet bestuursrecht, ${voorbereiding}). Daartegen kunt u geen bezwaar maken; als belanghebbende kunt u rechtstreeks beroep instellen bij de rechtbank (artikel 7:1, eerste lid, onder d, van de Algemene wet bestuursrecht). Dat doet u binnen zes weken, te rekenen vanaf de dag na de dag waarop dit besluit ter inzage is gelegd (artikelen 6:7 en 6:8, vierde lid). Beroep staat niet open voor wie redelijkerwijs kan worden verweten dat hij over het ontwerpbesluit geen zienswijze naar voren heeft gebracht (artikel 6:13). Vermeld in uw beroepschrift uw naam en adres, de datum, het kenmerk van dit besluit en waarom u het er niet mee eens bent, en onderteken het.`;
}

/** Wet Bibob art. 7a lid 7 (or lid 8): sent at once, and the municipality stays responsible for corrections. */
export const TEKST_MELDING_VERANTWOORDELIJK =
  'Wij blijven verantwoordelijk voor de juistheid van deze gegevens en melden u onverwijld een correctie, in het bijzonder wanneer de conclusie in bezwaar of beroep vervalt (artikel 7a, zevende lid, van de Wet Bibob).';

/**
 * The suspension in the art. 32 notice (issue 20 §4). Wet Bibob art. 31 suspends "de wettelijke termijn" from the
 * request for advice until it is received, at most for the LBB's term of art. 15 (eight weeks, its waiting for data
 * of lid 2, the one extension of at most four weeks of lid 3); `uiterlijk` is the deadline engine's last suspended
 * day plus one. Whether art. 31 also suspends a redelijke termijn is not settled (../shared/bibob-domain.md §5): the
 * letter then states the municipality's position (the setting art31SuspendsRedelijkeTermijn), never settled law;
 * when the municipality does not count the suspension, or there is no beslistermijn, the letter says nothing of it.
 */
export function tekstOpschortingAdvies(termijn: 'wettelijk' | 'redelijk' | 'geen' | null, art31SchortRedelijkeTermijnOp: boolean, uiterlijk: string): string {
  const maximum = `ten hoogste tot ${uiterlijk}: de adviestermijn van het Landelijk Bureau Bibob van acht weken, eventueel verlengd met de tijd dat het Bureau op gegevens wacht en met ten hoogste vier weken (artikel 15 van de Wet Bibob)`;
  if (termijn === 'wettelijk') return `Zolang het advies er niet is, is de termijn waarbinnen wij beslissen opgeschort (artikel 31 van de Wet Bibob), ${maximum}.`;
  if (termijn === 'redelijk' && art31SchortRedelijkeTermijnOp) {
    return `Artikel 31 van de Wet Bibob schort de wettelijke beslistermijn op zolang het advies er niet is. Voor uw aanvraag geldt geen wettelijke termijn maar een redelijke termijn; of artikel 31 ook die opschort, regelt de wet niet uitdrukkelijk. De gemeente gaat ervan uit dat dat zo is, ${maximum}.`;
  }
  return '';
}
