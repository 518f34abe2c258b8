import { BibobError } from '../../src/contract/errors';
import { besluitsoort as besluitsoortById, rechtsmiddelVoor, type Besluitsoort } from '../../src/domain/besluitsoorten';
import {
  besluitDictum,
  briefSoorten,
  buitenBehandelingProblemen,
  adresProblemen,
  adresRegels as adresLijnen,
  besluitGrondslag,
  TEKST_VOORSCHRIFT_INTREKKING,
  nogUitTeNodigen,
  voornemenUitkomst,
  zienswijzeTermijnProblemen,
  voorschriftProblemen,
  voorschriftRegel,
  doorbrekingProblemen,
  herhaalt,
  isBeperkt,
  internAdviesProblemen,
  internAdviesWaarden,
  letterlijkeProblemen,
  uitgaandeGronden,
  kenmerkVan,
  termijnNietHaalbaarProblemen,
  termijnNietHaalbaarTekst,
  TEKST_BUITEN_BEHANDELING,
  tekstGeheimhouding,
  TEKST_GEVOLG_HERSTEL,
  TEKST_MELDING_VERANTWOORDELIJK,
  TEKST_PRIVACY,
  TEKST_VALSHEID,
  TEKST_VERTROUWELIJK_VERZOEK,
  TEKST_WEIGERING_FORMULIER_INTREKKING,
  tekstArtikel32,
  tekstBeroepUniformeVoorbereiding,
  tekstBezwaar,
  tekstOpschortingHerstel,
  tekstZienswijzeWijze,
  tekstOpschortingAdvies,
  naStreep,
  vergunningInBrief,
  aanvraagZin,
  kies,
  ondertekening as ondertekeningVan,
  orgaanNaam,
  orgaanVan,
  stemVan,
  voornemenHandeling,
  voluit,
  type Stem,
  type Blok,
  type Briefhoofd,
  type BriefSoortId,
  type Doorbreking,
  type VeldWaarde,
} from '../../src/domain/brieven';
import { gevaarMaten, meldingPersonen, metVoorschriften, type Beoordeling, type GevaarMate } from '../../src/domain/beoordeling';
import { rolLabel } from '../../src/domain/betrokkenen';
import { addressees, lbbAdviceAuthority, lbbSuspension } from '../../src/domain/informatieverzoeken';
import { addDays, compareDates, formatDutchDate, lbbSuspensionLastDay } from '../../src/domain/termijnen';
import { dutchWeeks } from '../../src/domain/termijnen/calendar';
import type { Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import { bekendeAntwoorden, formulierDocument, type FormulierDocument, type QuestionSet } from '../../src/domain/vragenformulier';
import { outcomeLabel, phaseLabels, zienswijzeRequired, type Outcome, type Phase } from '../../src/domain/workflow';
import { rondeVan } from '../../src/domain/zienswijze';
import { afwijkingInBrief } from '../../src/domain/afwijkingAdvies';
import type { VaultDatabase } from '../vault/database';
import { readBeoordeling } from '../vault/repositories/beoordeling';
import { betrokkenenOfDossier, type LinkedBetrokkene } from '../vault/repositories/betrokkenen';
import type { Dossier } from '../../src/contract/schemas';
import { requireDossier } from '../vault/repositories/dossiers';
import { findHerstelverzoek, herstelverzoekenOfDossier } from '../vault/repositories/herstelverzoeken';
import { findInformatieverzoek, informatieverzoekenOfDossier } from '../vault/repositories/informatieverzoeken';
import { termijnGebeurtenissen } from '../vault/repositories/termijnGebeurtenissen';
import { findPartij, partijenOfDossier } from '../vault/repositories/zienswijzen';
import { art4Kader, conclusieVan, meldingStatus } from './beoordelingService';
import { besluitMotiveringProblemen, besluitOf, stepDone as zienswijzeStapGedaan } from './besluitService';
import { findVerderBesluit } from '../vault/repositories/verdereBesluiten';
import { deadlineResultOf, readTermSettings } from './deadlineService';
import { bevindingenFormulierVan } from './eigenOnderzoekService';
import { questionnaireView } from './questionnaireService';

/**
 * Everything a letter is filled with, read from the vault: the values of its fields, the address block, and the
 * reasons it cannot be made yet (§10). The rules themselves are pure (src/domain/brieven); this module only
 * gathers the dossier's data for them.
 */

export interface BriefVerzoek {
  readonly dossierId: string;
  readonly soort: BriefSoortId;
  readonly bronId: string | null;
  readonly invoer: { readonly termijnTot?: string | undefined; readonly zienswijzeTot?: string | undefined; readonly nieuweDatum?: string | undefined; readonly reden?: string | undefined; readonly deelAdvies?: string | undefined };
  readonly doorbrekingen: readonly Doorbreking[];
}

export interface BriefGegevens {
  readonly dossier: Dossier;
  readonly waarden: Record<string, VeldWaarde>;
  readonly problemen: { pad: string; melding: string }[];
  readonly geadresseerde: readonly string[];
  /** Restricted findings the letter carries on the coordinator's recorded reason (letters to the betrokkene or a third party). */
  readonly doorbroken: readonly Doorbreking[];
  /** Restricted findings an internal document shows, marked. */
  readonly beperktGetoond: number;
  /** What goes with the letter, listed under "Bijlage(n)" at its end. */
  readonly bijlagen: readonly string[];
  /** The form the toezending encloses, as a document of its own; null for every other letter. */
  readonly formulier: FormulierDocument | null;
  /** The signature of a decision or voornemen: by or on behalf of the body that takes it; null: the letterhead's signatory. */
  readonly ondertekening: readonly string[] | null;
}

/**
 * The kind of decision in running text: "een alcoholwetvergunning (Markt 1, Proefstad)", "een exploitatievergunning
 * (artikel 2:28 APV) voor Markt 1, Proefstad": the permit as a common noun — for an APV permit its own name and
 * article from the settings — never the label of the menu.
 */
export function besluitOmschrijving(dossier: Dossier, briefhoofd: Briefhoofd | null = null): string {
  const soort = dossier.besluitsoort ? besluitsoortById(dossier.besluitsoort) : undefined;
  return soort ? `een ${vergunningMetLocatie(soort, dossier.locatieAdres, briefhoofd)}` : 'een vergunning';
}

/**
 * The permit in running text with its location: "alcoholwetvergunning (Havenkade 9)", or, when the name already ends
 * in its own parenthesis ("exploitatievergunning (artikel 2:28 APV)"), "… voor Havenkade 9".
 */
function vergunningMetLocatie(soort: Besluitsoort, locatieAdres: string | null | undefined, briefhoofd: Briefhoofd | null): string {
  const vergunning = vergunningInBrief(soort, briefhoofd?.apvVergunningen);
  const locatie = locatieAdres ? (vergunning.endsWith(')') ? ` voor ${locatieAdres}` : ` (${locatieAdres})`) : '';
  return `${vergunning}${locatie}`;
}

function naamMetRollen(link: LinkedBetrokkene): string {
  const rollen = link.rollen.map((rol) => rolLabel(rol.rol).toLowerCase());
  return `${link.betrokkene.naam}${rollen.length > 0 ? ` (${rollen.join(', ')})` : ''}`;
}

/**
 * A betrokkene as a request to the RIEC or the LBB identifies it: name and role, and of the data art. 7a lid 2
 * Wet Bibob names what the vault holds — the legal form (sub e), the KvK-nummer (sub d) and the address with
 * place (sub a) — and, so that the partner can tell a natural person from a namesake, his date (and place) of birth. The BSN (sub c) stays out: the read model holds it masked, and the partner identifies by the rest.
 */
function identificatie(link: LinkedBetrokkene): string {
  const { betrokkene } = link;
  const geboren = betrokkene.geboortedatum ? `geboren ${formatDutchDate(betrokkene.geboortedatum)}${betrokkene.geboorteplaats ? ` te ${betrokkene.geboorteplaats}` : ''}` : null;
  const delen = [betrokkene.rechtsvorm, betrokkene.kvkNummer ? `KvK-nummer ${betrokkene.kvkNummer}` : null, geboren, adresLijnen(betrokkene.adres).join(', ') || 'adres niet bekend'];
  return `${naamMetRollen(link)}: ${delen.filter((deel): deel is string => deel !== null && deel !== '').join(', ')}`;
}

function identiteit(link: LinkedBetrokkene): string {
  const { betrokkene } = link;
  const extra = [betrokkene.geboortedatum ? `geboren ${formatDutchDate(betrokkene.geboortedatum)}` : null, betrokkene.geboorteplaats ? `te ${betrokkene.geboorteplaats}` : null, betrokkene.kvkNummer ? `KvK ${betrokkene.kvkNummer}` : null]
    .filter((part): part is string => part !== null)
    .join(' ');
  return `${betrokkene.naam}${extra ? `, ${extra}` : ''}`;
}

function adresRegels(naam: string, adres: string | null | undefined): string[] {
  return [naam, ...adresLijnen(adres)];
}

/** The voorschriften written out in full with their aim, and that breach can lead to revocation (art. 3 lid 7). */
function voorschriften(beoordeling: Beoordeling): string[] {
  if (beoordeling.voorschriften.length === 0) return [];
  return [...beoordeling.voorschriften.map(voorschriftRegel), TEKST_VOORSCHRIFT_INTREKKING];
}

function lbbAdvies(db: VaultDatabase, dossierId: string) {
  return informatieverzoekenOfDossier(db, dossierId).find((verzoek) => verzoek.geadresseerde === 'lbb' && verzoek.antwoord !== null) ?? null;
}

/**
 * Awb 3:49: a decision may refer to an advice given for it when the advice itself holds the motivation and the
 * addressee knows or is given it; the betrokkene receives a copy of the whole advice (art. 28 lid 3 Wet Bibob). So the
 * besluit names the LBB advice it rests on and says whether the copy went with the voornemen or goes with this letter.
 */
function lbbVerwijzing(db: VaultDatabase, dossierId: string, aanvragerId: string | null, stem: Stem): string[] {
  const advies = lbbAdvies(db, dossierId);
  if (!advies?.antwoord) return [];
  const voornemen = partijenOfDossier(db, dossierId).find((partij) => partij.rol === 'betrokkene' && partij.betrokkeneId === aanvragerId && partij.afschriftAdvies);
  const afschrift = voornemen
    ? `Een afschrift van het advies hebt u ontvangen bij het voornemen van ${formatDutchDate(voornemen.uitgenodigdOp)}.`
    : 'Een afschrift van het advies is bij dit besluit gevoegd.';
  return [`Dit besluit rust mede op het advies van het Landelijk Bureau Bibob van ${formatDutchDate(advies.antwoord.ontvangenOp)}; voor de motivering ${kies(stem, 'verwijs ik', 'verwijzen wij')} ook naar dat advies (artikel 3:49 van de Algemene wet bestuursrecht). ${afschrift}`];
}

/**
 * What goes with a letter besides itself, for its "Bijlage(n)" line: the copy of the LBB advice with the voornemen
 * (the whole advice) and the bericht aan een derde (his part) — art. 28 lid 3 Wet Bibob —, and with the besluit when
 * the betrokkene did not receive it with the voornemen (Awb 3:49); the betrokkene's data and documents with the
 * adviesaanvraag (art. 7a lid 4 Wet Bibob).
 */
function meegezonden(db: VaultDatabase, soort: BriefSoortId, dossierId: string, aanvragerId: string | null): string[] {
  const advies = lbbAdvies(db, dossierId)?.antwoord ?? null;
  const vanAdvies = advies ? ` van ${formatDutchDate(advies.ontvangenOp)}` : '';
  switch (soort) {
    case 'voornemen-zienswijze':
      return advies ? [`Afschrift van het advies van het Landelijk Bureau Bibob${vanAdvies}`] : [];
    case 'bericht-derde':
      return advies ? [`Afschrift van het deel van het advies van het Landelijk Bureau Bibob${vanAdvies} dat op u betrekking heeft`] : [];
    case 'besluit': {
      const alGehad = partijenOfDossier(db, dossierId).some((partij) => partij.rol === 'betrokkene' && partij.betrokkeneId === aanvragerId && partij.afschriftAdvies);
      return advies && !alGehad ? [`Afschrift van het advies van het Landelijk Bureau Bibob${vanAdvies}`] : [];
    }
    case 'adviesaanvraag-lbb':
      return ['Het ingevulde Bibob-vragenformulier met de stukken die de betrokkene heeft verstrekt (artikel 7a, vierde lid, van de Wet Bibob)'];
    default:
      return [];
  }
}

/**
 * The lines of a section of the formulier bevindingen as the letter sets them: a betrokkene's line "Naam (Rol):"
 * followed by its notes "– Bron: …" becomes one item per note, "Naam (rol) — bron: …" (not a bullet holding a
 * dash); numbered lines ("1. Staat …") stand as numbered paragraphs, not as bullets before their number.
 */
function formulierRegels(regels: readonly string[]): Blok[] {
  if (regels.length === 0) return [];
  if (regels.every((regel) => /^\d+\. /.test(regel))) return regels.map((tekst) => ({ soort: 'alinea', tekst }));
  const items: string[] = [];
  let kop: string | null = null;
  let kopGebruikt = false;
  const sluitKop = () => {
    if (kop !== null && !kopGebruikt) items.push(`${kop}:`);
  };
  for (const regel of regels) {
    const notitie = /^– (.*)$/s.exec(regel);
    if (notitie && kop !== null) {
      items.push(`${kop} — ${naStreep(notitie[1]!)}`);
      kopGebruikt = true;
      continue;
    }
    const persoon = /^(.*) \(([^)]*)\):$/s.exec(regel);
    sluitKop();
    if (persoon) {
      kop = `${persoon[1]} (${persoon[2]!.toLowerCase()})`;
      kopGebruikt = false;
    } else {
      kop = null;
      items.push(regel);
    }
  }
  sluitKop();
  return [{ soort: 'lijst', items }];
}

function aanvragerLink(links: readonly LinkedBetrokkene[]): LinkedBetrokkene | undefined {
  return links.find((link) => link.rollen.some((rol) => rol.rol === 'aanvrager'));
}

function requireBron<T extends { dossierId: string }>(record: T | null, dossierId: string, wat: string): T {
  if (!record || record.dossierId !== dossierId) throw new BibobError('NOT_FOUND', `${wat} bestaat niet (meer) in dit dossier.`);
  return record;
}

/** Gathers the values of a letter of this type for this dossier. */
export function briefGegevens(db: VaultDatabase, verzoek: BriefVerzoek, vandaag: string, briefhoofd: Briefhoofd | null): BriefGegevens {
  const dossier = requireDossier(db, verzoek.dossierId);
  const soortDef = briefSoorten[verzoek.soort];
  // The besluit letter for a further decision of the dossier (issue 19 item 12): its own besluitsoort, outcome,
  // legal basis and rechtsmiddel; without one, the dossier's own decision as before.
  const verder = verzoek.soort === 'besluit' && verzoek.bronId ? requireBron(findVerderBesluit(db, verzoek.bronId), dossier.id, 'Dit besluit') : null;
  const besluitsoortId = verder ? verder.besluitsoort : dossier.besluitsoort;
  const soort = besluitsoortId ? besluitsoortById(besluitsoortId) : undefined;
  const links = betrokkenenOfDossier(db, dossier.id);
  const aanvrager = aanvragerLink(links);
  const besluit = besluitOmschrijving({ ...dossier, besluitsoort: besluitsoortId }, briefhoofd);
  const bijlagen: string[] = [];
  let formulier: FormulierDocument | null = null;
  const problemen: { pad: string; melding: string }[] = [];
  const probleem = (pad: string, melding: string) => problemen.push({ pad, melding });
  let geadresseerde: string[] = soortDef.ontvanger === 'intern' ? [] : soortDef.ontvanger === 'lbb' ? ['Landelijk Bureau Bibob'] : adresRegels(dossier.aanvragerNaam, aanvrager?.betrokkene.adres);
  // A letter to the applicant goes to its postal address (Awb 3:41); a letter to another betrokkene checks its own below.
  let adresVan: { naam: string; adres: string | null | undefined } | null = soortDef.ontvanger === 'aanvrager' ? { naam: dossier.aanvragerNaam, adres: aanvrager?.betrokkene.adres } : null;
  let doorbroken: readonly Doorbreking[] = [];
  let beperktGetoond = 0;
  // The body that decides speaks, signs and hears the bezwaar (§10): the burgemeester "ik", the college "wij".
  const orgaan = orgaanVan(soort ?? undefined);
  const stem = stemVan(orgaan);
  const orgaanTekst = orgaanNaam(orgaan, briefhoofd?.gemeente ?? '');
  let ondertekening: string[] | null = null;
  const namen = new Map(links.map((link) => [link.betrokkene.id, link.betrokkene.naam]));
  /** The motivation of a letter to the betrokkene or a third party: restricted findings refused unless overridden. */
  const motiveringNaarBuiten = (beoordeling: Beoordeling): string[] => {
    const uit = uitgaandeGronden(beoordeling, verzoek.doorbrekingen, conclusieVan(db, dossier, beoordeling), namen, dossier.toepassingsgebied === 'vastgoed');
    for (const entry of uit.problemen) probleem(entry.pad, entry.melding);
    doorbroken = uit.doorbroken;
    return [...uit.regels];
  };
  const waarden: Record<string, VeldWaarde> = {
    'gemeente.naam': briefhoofd?.gemeente ?? '',
    datum: formatDutchDate(vandaag),
    kenmerk: kenmerkVan(briefhoofd?.huisstijl.kenmerkFormaat ?? '{zaaknummer}', { zaaknummer: dossier.zaaknummer, jaar: vandaag.slice(0, 4), brief: verzoek.soort }),
    zaaknummer: dossier.zaaknummer,
    'aanvrager.naam': dossier.aanvragerNaam,
    'besluit.omschrijving': besluit,
    'ondertekenaar.naam': briefhoofd?.ondertekenaar ?? '',
    'ondertekenaar.functie': briefhoofd?.functie ?? '',
    contact: briefhoofd?.contact ?? '',
  };
  const beoordeeld = readBeoordeling(db, dossier.id);
  const uitkomst = ((verder ? verder.uitkomst : dossier.uitkomst) ?? beoordeeld.voorgesteldeMaatregel) as Outcome | null;
  /** The legal basis that fits an outcome (Awb 3:47 lid 2): for the besluit and the voornemen alike. */
  const grondslagVoor = (voor: Outcome | null): string => {
    const conclusie = conclusieVan(db, dossier, beoordeeld.beoordeling);
    // A suspension rests on Alcoholwet art. 32 lid 1 in the case of art. 31 lid 3 onder a (art. 3 Wet Bibob); changing
    // voorschriften on art. 3 lid 7; the other outcomes on the basis that fits them (besluitGrondslag).
    return voluit(voor === 'voorschriften-wijzigen' && soort?.voorschriftenWijzigen
      ? `artikel 3, zevende lid, van de Wet Bibob${soort.voorschriftenWijzigen.includes('Omgevingswet') ? ` in samenhang met ${soort.voorschriftenWijzigen}` : ''}`
      : voor === 'schorsen' && soort?.schorsing
        ? `artikel 3 van de Wet Bibob in samenhang met ${soort.schorsing} en ${soort.bibobGrond}`
        : soort && voor
          ? (besluitGrondslag(voor, soort, beoordeeld.beoordeling.lid6.vanToepassing && conclusie !== 'ernstig') ?? '')
          : '');
  };
  const aanvraag = (brief: 'besluit' | 'voornemen') =>
    aanvraagZin({ stem, brief, ontvangenOp: (verder?.ontvangenOp ?? dossier.ontvangenOp) ? formatDutchDate((verder?.ontvangenOp ?? dossier.ontvangenOp)!) : null, besluit, ambtshalve: soort?.ambtshalve === true });

  switch (verzoek.soort) {
    case 'toezending-vragenformulier': {
      // The questions go out as the form itself, a document of its own (issue 20 §4); the letter names its parts.
      const vragenlijst = questionnaireView(db, dossier).vragenlijst as QuestionSet | null;
      formulier = vragenlijst ? formulierDocument(vragenlijst, bekendeAntwoorden(aanvrager ? { soort: aanvrager.betrokkene.soort, rechtsvorm: aanvrager.betrokkene.rechtsvorm } : null, vragenlijst)) : null;
      const aantal = formulier ? formulier.secties.reduce((som, sectie) => som + sectie.vragen.length, 0) : 0;
      waarden.vragen = formulier
        ? [{ soort: 'alinea', tekst: `Het formulier telt ${aantal} ${aantal === 1 ? 'vraag' : 'vragen'} in ${formulier.secties.length === 1 ? 'één onderdeel' : `${formulier.secties.length} onderdelen`} en noemt de stukken die u meestuurt.` }]
        : [];
      waarden.bijlagen = [];
      if (formulier) bijlagen.push('Bibob-vragenformulier');
      const vergunning = soort ? vergunningInBrief(soort, briefhoofd?.apvVergunningen) : 'vergunning';
      // A revocation has no aanvraag: the holder provides the data under Wet Bibob art. 7a lid 3.
      waarden['tekst.aanleiding'] = soort?.ambtshalve
        ? `Wij onderzoeken op grond van de Wet Bibob of er aanleiding is uw ${vergunning}${dossier.locatieAdres ? ` voor ${dossier.locatieAdres}` : ''} in te trekken: of er gevaar is dat de vergunning mede wordt gebruikt om strafbare feiten te plegen of uit strafbare feiten verkregen vermogen te benutten. U bent verplicht ons daarvoor de gevraagde gegevens en bescheiden te verstrekken (artikel 7a, derde lid, van de Wet Bibob).`
        : `Wij hebben uw aanvraag voor ${besluit} ontvangen. Voordat wij beslissen, onderzoeken wij op grond van de Wet Bibob of er gevaar is dat de vergunning mede wordt gebruikt om strafbare feiten te plegen of uit strafbare feiten verkregen vermogen te benutten.`;
      const termijn = verzoek.invoer.termijnTot;
      if (termijn && compareDates(termijn, vandaag) <= 0) probleem('invoer.termijnTot', 'De datum waarop het formulier binnen moet zijn, moet na vandaag liggen.');
      waarden['termijn.vragenformulier'] = termijn ? formatDutchDate(termijn) : '';
      // A revocation has no aanvraag: not Awb 4:5 but Wet Bibob art. 4 lid 1 (refusal counts as ernstig gevaar).
      waarden['tekst.buitenBehandeling'] = soort?.ambtshalve ? TEKST_WEIGERING_FORMULIER_INTREKKING : TEKST_BUITEN_BEHANDELING;
      waarden['tekst.privacy'] = TEKST_PRIVACY;
      waarden['tekst.valsheid'] = TEKST_VALSHEID;
      break;
    }
    case 'herstelverzoek': {
      const herstel = requireBron(verzoek.bronId ? findHerstelverzoek(db, verzoek.bronId) : null, dossier.id, 'Dit herstelverzoek');
      waarden.ontbrekend = herstel.ontbrekend.map((item) => `${item.omschrijving} — ${naStreep(item.waarom)}`);
      waarden['termijn.herstel'] = herstel.termijnTot ? formatDutchDate(herstel.termijnTot) : '';
      waarden['tekst.gevolg'] = TEKST_GEVOLG_HERSTEL;
      waarden['tekst.opschorting'] = tekstOpschortingHerstel(formatDutchDate(herstel.verzondenOp));
      waarden.datum = formatDutchDate(herstel.verzondenOp);
      break;
    }
    case 'informatieverzoek': {
      const request = requireBron(verzoek.bronId ? findInformatieverzoek(db, verzoek.bronId) : null, dossier.id, 'Dit informatieverzoek');
      if (request.geadresseerde === 'lbb') probleem('bronId', 'Een adviesaanvraag aan het LBB is een eigen brief: kies "Adviesaanvraag aan het Landelijk Bureau Bibob".');
      const info = addressees[request.geadresseerde];
      const naam = request.geadresseerdeNaam || info.label;
      geadresseerde = [naam];
      waarden['geadresseerde.naam'] = naam;
      waarden.grondslag = info.legalBasis;
      waarden.betrokkenen = links.filter((link) => request.betrokkeneIds.includes(link.betrokkene.id)).map(identificatie);
      waarden.vragen = request.vragen;
      waarden['termijn.antwoord'] = request.uiterlijkOp ? formatDutchDate(request.uiterlijkOp) : 'zo spoedig mogelijk';
      waarden['tekst.vertrouwelijk'] = TEKST_VERTROUWELIJK_VERZOEK;
      break;
    }
    case 'adviesaanvraag-lbb':
    case 'mededeling-adviesaanvraag': {
      const request = requireBron(verzoek.bronId ? findInformatieverzoek(db, verzoek.bronId) : null, dossier.id, 'Deze adviesaanvraag');
      if (request.geadresseerde !== 'lbb') throw new BibobError('CONFLICT', 'Deze brief hoort bij een adviesaanvraag aan het Landelijk Bureau Bibob.');
      if (verzoek.soort === 'adviesaanvraag-lbb') {
        const bevoegdheid = lbbAdviceAuthority(dossier.besluitsoort);
        if (bevoegdheid.ok) waarden.bevoegdheid = voluit(bevoegdheid.bevoegdheid);
        else probleem('bevoegdheid', bevoegdheid.melding);
        const { formulier, problemen } = bevindingenFormulierVan(db, dossier.id, vandaag);
        for (const melding of problemen) probleem('formulier', melding);
        waarden.betrokkenen = links.map(identificatie);
        waarden.vragen = request.vragen;
        waarden.formulier = [
          { soort: 'kop', tekst: formulier.titel },
          { soort: 'alinea', tekst: `${formulier.vertrouwelijk} Grondslag: ${formulier.legalBasis}.` },
          ...formulier.sections.flatMap((sectie): Blok[] => [{ soort: 'kop', tekst: sectie.titel }, ...formulierRegels(sectie.regels)]),
        ];
        // What section 7 of the form lists goes with the letter: the "Bijlage(n)" line names the same documents
        // (the questionnaire itself is added below, in the letter's own words).
        const inhoud = formulier.sections.find((sectie) => sectie.titel.startsWith('7.'))?.regels ?? [];
        bijlagen.push(...inhoud.filter((regel) => regel !== 'Geen bijlagen opgegeven.' && !regel.startsWith('Het ingevulde Bibob-vragenformulier')));
      } else {
        if (!request.verzondenOp || !request.uiterlijkOp) throw new BibobError('CONFLICT', 'Een mededeling op grond van art. 32 Wet Bibob hoort bij een verzonden adviesaanvraag aan het LBB.');
        waarden['tekst.artikel32'] = tekstArtikel32(besluit, formatDutchDate(request.verzondenOp));
        // The maximum of the art. 31 suspension as the deadline engine computes it (request day included, art. 15
        // lid 2 waiting days, the one extension of lid 3 only when announced within the eight weeks). The letter
        // says "ten hoogste tot <datum>", exclusive: the day after the last suspended day.
        const lbb = lbbSuspension(request, vandaag);
        waarden['opschorting.uiterlijk'] = formatDutchDate(lbb && lbb.kind === 'lbb-advies' ? addDays(lbbSuspensionLastDay(lbb), 1) : request.uiterlijkOp);
        waarden['tekst.opschorting'] = tekstOpschortingAdvies(soort?.beslistermijn.kind ?? null, readTermSettings(db).art31SuspendsRedelijkeTermijn, String(waarden['opschorting.uiterlijk']));
        // The cached deadline: every change that moves it (this request included) recomputes it in its own transaction.
        waarden.beslisdatum = dossier.uitersteBeslisdatum ? formatDutchDate(dossier.uitersteBeslisdatum) : 'zodra het advies binnen is';
      }
      break;
    }
    case 'termijn-niet-haalbaar': {
      const kind = soort?.beslistermijn.kind ?? null;
      const mededelingUiterlijk = kind === 'redelijk' ? (deadlineResultOf(db, dossier, vandaag)?.mededelingUiterlijk ?? null) : null;
      for (const melding of termijnNietHaalbaarProblemen({ termijn: kind, ontvangenOp: dossier.ontvangenOp, uitersteBeslisdatum: dossier.uitersteBeslisdatum, mededelingUiterlijk, vandaag, nieuweDatum: verzoek.invoer.nieuweDatum ?? null })) {
        probleem('invoer.nieuweDatum', melding);
      }
      if (soort && kind !== 'geen') waarden['tekst.mededeling'] = termijnNietHaalbaarTekst(kind === 'wettelijk' ? 'wettelijk' : 'redelijk', besluit, soort.beslistermijn.legalBasis);
      waarden['nieuwe.datum'] = verzoek.invoer.nieuweDatum ? formatDutchDate(verzoek.invoer.nieuweDatum) : '';
      waarden.reden = verzoek.invoer.reden ?? '';
      break;
    }
    case 'verlengingsbesluit': {
      const extension = soort?.beslistermijn.extension ?? null;
      const verdaging = termijnGebeurtenissen(db, dossier.id).filter((event) => event.soort === 'verdaging').at(-1);
      if (!extension) probleem('besluitsoort', 'De regeling van dit besluit kent geen verlenging van de beslistermijn.');
      else if (!verdaging || verdaging.soort !== 'verdaging') probleem('termijn', 'Leg eerst de verlenging vast bij de beslistermijn (Termijnen → verlenging); de brief volgt die.');
      else {
        waarden['verlenging.weken'] = dutchWeeks(verdaging.weken);
        waarden['verlenging.grondslag'] = voluit(extension.legalBasis);
        waarden['nieuwe.beslisdatum'] = dossier.uitersteBeslisdatum ? formatDutchDate(dossier.uitersteBeslisdatum) : '';
        waarden.datum = formatDutchDate(verdaging.besluitOp);
      }
      break;
    }
    case 'intern-advies': {
      const lbb = lbbAdvies(db, dossier.id);
      const input = {
        betrokkenen: links.map((link) => ({ id: link.betrokkene.id, naam: link.betrokkene.naam, rollen: link.rollen.map((rol) => rolLabel(rol.rol).toLowerCase()) })),
        beoordeling: beoordeeld.beoordeling,
        voorgesteldeMaatregel: beoordeeld.voorgesteldeMaatregel,
        maatregelLabel: beoordeeld.voorgesteldeMaatregel ? outcomeLabel(beoordeeld.voorgesteldeMaatregel, dossier.toepassingsgebied as Toepassingsgebied) : null,
        lbbAdvies: lbb?.antwoord ? { ontvangenOp: lbb.antwoord.ontvangenOp, samenvatting: lbb.antwoord.samenvatting } : null,
        kader: art4Kader(db, dossier, dossier.uitkomst ?? beoordeeld.voorgesteldeMaatregel),
      };
      problemen.push(...internAdviesProblemen(input));
      const result = internAdviesWaarden(input);
      Object.assign(waarden, result.waarden);
      beperktGetoond = result.beperkt.length;
      break;
    }
    case 'voornemen-zienswijze':
    case 'bericht-derde': {
      const rol = verzoek.soort === 'voornemen-zienswijze' ? 'betrokkene' : 'derde';
      // Made from the recorded invitation, or — the real order (art. 33 lid 1) — from the betrokkene to invite,
      // before the invitation is recorded: then the letter is dated today and names the term entered with it.
      const partij = verzoek.bronId ? findPartij(db, verzoek.bronId) : null;
      if (partij) {
        requireBron(partij, dossier.id, 'Deze uitnodiging voor een zienswijze');
        if (partij.rol !== rol) throw new BibobError('CONFLICT', rol === 'derde' ? 'Deze uitnodiging is voor de betrokkene: kies het voornemen met gelegenheid tot zienswijze.' : 'Deze uitnodiging is voor een derde: kies het bericht aan een derde.');
      }
      const ontvangers = links.map((entry) => ({ betrokkeneId: entry.betrokkene.id, naam: entry.betrokkene.naam, aanvrager: entry.rollen.some((entryRol) => entryRol.rol === 'aanvrager') }));
      const voorUitkomst = voornemenUitkomst(dossier.toepassingsgebied as Toepassingsgebied, (dossier.uitkomst as Outcome | null) ?? null);
      const vooraf = partij ? null : (nogUitTeNodigen(rol, ontvangers, partijenOfDossier(db, dossier.id), voorUitkomst).find((ontvanger) => ontvanger.betrokkeneId === verzoek.bronId) ?? null);
      if (!partij && !vooraf) {
        if (!ontvangers.some((ontvanger) => ontvanger.betrokkeneId === verzoek.bronId)) throw new BibobError('NOT_FOUND', 'Deze uitnodiging voor een zienswijze bestaat niet (meer) in dit dossier.');
        throw new BibobError(
          'CONFLICT',
          voorUitkomst === null
            ? 'Leg eerst een voorgenomen maatregel vast waarvoor een zienswijze nodig is (voorschriften, weigeren of intrekken): het voornemen zegt welk besluit wordt voorgenomen (art. 33 lid 1 Wet Bibob).'
            : rol === 'betrokkene'
              ? 'Het voornemen gaat naar de aanvrager, zolang die voor dit voornemen nog niet is uitgenodigd; daarna maakt u het bij de vastgelegde uitnodiging.'
              : 'Het bericht aan een derde gaat naar een betrokkene die niet de aanvrager is, zolang die voor dit voornemen nog niet is uitgenodigd; daarna maakt u het bij de vastgelegde uitnodiging.',
        );
      }
      const betrokkeneId = partij ? partij.betrokkeneId : vooraf!.betrokkeneId;
      const termijnTot = partij ? partij.termijnTot : (verzoek.invoer.zienswijzeTot ?? null);
      if (!partij) for (const melding of zienswijzeTermijnProblemen(termijnTot, vandaag)) probleem('invoer.zienswijzeTot', melding);
      const termijn = termijnTot ? formatDutchDate(termijnTot) : '';
      const link = links.find((entry) => entry.betrokkene.id === betrokkeneId);
      geadresseerde = adresRegels(link?.betrokkene.naam ?? dossier.aanvragerNaam, link?.betrokkene.adres);
      adresVan = { naam: link?.betrokkene.naam ?? dossier.aanvragerNaam, adres: link?.betrokkene.adres };
      waarden['termijn.zienswijze'] = termijn;
      waarden['tekst.wijze'] = tekstZienswijzeWijze({
        stem,
        rol,
        termijn,
        orgaan: orgaanTekst,
        adres: (briefhoofd?.adres ?? '').replace(/\n/g, ', '),
        contact: briefhoofd?.contact ?? 'de contactgegevens in deze brief',
      });
      ondertekening = briefhoofd ? ondertekeningVan(orgaan, briefhoofd.gemeente, briefhoofd.ondertekenaar, briefhoofd.functie) : null;
      // The intended decision of this round (art. 33 lid 1: "de voorgenomen beschikking"), with its legal basis.
      const voorgenomen = ((partij ? partij.uitkomst : dossier.uitkomst) ?? beoordeeld.voorgesteldeMaatregel) as Outcome | null;
      const vergunning = soort ? vergunningMetLocatie(soort, dossier.locatieAdres, briefhoofd) : 'vergunning';
      const handeling = voorgenomen ? voornemenHandeling(voorgenomen, vergunning, rol === 'derde' ? null : dossier.aanvragerNaam, beoordeeld.beoordeling.schorsingWeken) : null;
      const grondslag = grondslagVoor(voorgenomen);
      const voornemen = handeling ? `${kies(stem, 'Ik ben', 'Wij zijn')} van plan ${handeling}.${grondslag ? ` Dat voornemen rust op ${grondslag}.` : ''}` : '';
      if (!handeling) probleem('uitkomst', 'Leg eerst de voorgenomen maatregel vast in de beoordeling: het voornemen zegt welk besluit wordt voorgenomen (art. 33 lid 1 Wet Bibob).');
      waarden['tekst.geheimhouding'] = lbbAdvies(db, dossier.id) ? tekstGeheimhouding(rol, stem) : '';
      waarden.datum = formatDutchDate(partij ? partij.uitgenodigdOp : vandaag);
      if (rol === 'betrokkene') {
        waarden.aanvraag = aanvraag('voornemen');
        waarden.voornemen = voornemen;
        waarden.gronden = motiveringNaarBuiten(beoordeeld.beoordeling);
        waarden.voorschriften = beoordeeld.voorgesteldeMaatregel === 'verlenen-met-voorschriften' ? voorschriften(beoordeeld.beoordeling) : [];
        if (beoordeeld.voorgesteldeMaatregel === 'verlenen-met-voorschriften') for (const entry of voorschriftProblemen(beoordeeld.beoordeling.voorschriften)) probleem(entry.pad, entry.melding);
      } else {
        waarden['derde.naam'] = link?.betrokkene.naam ?? '';
        waarden.voornemen = voornemen ? `${voornemen} In dat voornemen wordt u genoemd; daarom krijgt u deze brief.` : '';
        waarden['deel.advies'] = verzoek.invoer.deelAdvies ?? '';
        // The coordinator's own text for the third party: it may not repeat a restricted finding either (art. 28 lid 1).
        for (const entry of [...doorbrekingProblemen(beoordeeld.beoordeling, verzoek.doorbrekingen), ...letterlijkeProblemen([verzoek.invoer.deelAdvies ?? ''], beoordeeld.beoordeling, verzoek.doorbrekingen)]) {
          probleem(entry.pad === 'tekst' ? 'invoer.deelAdvies' : entry.pad, entry.melding);
        }
        // Recorded with the letter: the overrides its text needed.
        doorbroken = verzoek.doorbrekingen.filter((entry) => {
          const bevinding = beoordeeld.beoordeling.bevindingen.find((candidate) => candidate.id === entry.bevindingId);
          return bevinding !== undefined && isBeperkt(bevinding) && herhaalt([verzoek.invoer.deelAdvies ?? ''], bevinding);
        });
      }
      break;
    }
    case 'besluit': {
      if (dossier.toepassingsgebied === 'vastgoed') throw new BibobError('CONFLICT', 'Bij een vastgoedtransactie is er geen besluit met bezwaar: kies een van de vastgoedbrieven.');
      const dictum = uitkomst && soort ? besluitDictum(uitkomst, vergunningInBrief(soort, briefhoofd?.apvVergunningen), dossier.aanvragerNaam, stem, beoordeeld.beoordeling.schorsingWeken) : null;
      waarden.aanvraag = aanvraag('besluit');
      ondertekening = briefhoofd ? ondertekeningVan(orgaan, briefhoofd.gemeente, briefhoofd.ondertekenaar, briefhoofd.functie) : null;
      // Awb 3:46 and 3:50: every zienswijze answered, a departure from the LBB advice reasoned, before the besluit is made.
      for (const entry of besluitMotiveringProblemen(db, dossier.id)) probleem(entry.pad, entry.melding);
      const besluitGegevens = besluitOf(db, dossier.id);
      const ronde = rondeVan(partijenOfDossier(db, dossier.id), (dossier.uitkomst as Outcome | null) ?? null);
      const zienswijzen = ronde.map((partij) => {
        const naam = namen.get(partij.betrokkeneId) ?? 'een betrokkene';
        const wie = `${naam}${partij.rol === 'derde' ? ' (derde)' : ''}`;
        return partij.ontvangenOp
          ? `Zienswijze van ${wie}, ontvangen op ${formatDutchDate(partij.ontvangenOp)}: ${partij.samenvatting.trim()} ${kies(stem, 'Mijn', 'Onze')} reactie: ${partij.reactie.trim()}`
          : `${wie} is op ${formatDutchDate(partij.uitgenodigdOp)} in de gelegenheid gesteld een zienswijze te geven, tot en met ${formatDutchDate(partij.termijnTot)}, en heeft dat niet gedaan.`;
      });
      waarden.zienswijzen = zienswijzen;
      const afwijking = afwijkingInBrief(besluitGegevens.lbbAdviesMate, uitkomst, conclusieVan(db, dossier, beoordeeld.beoordeling), stem, besluitGegevens.afwijkingLbbReden);
      const afwijkingRegels = afwijking && besluitGegevens.afwijkingLbbReden.trim() !== '' ? [afwijking] : [];
      // The coordinator's own texts in the letter may not repeat a restricted finding either (art. 28 lid 1 Wet Bibob).
      for (const entry of letterlijkeProblemen([...zienswijzen, ...afwijkingRegels], beoordeeld.beoordeling, verzoek.doorbrekingen)) probleem(entry.pad === 'tekst' ? 'zienswijzen' : entry.pad, entry.melding);
      if (!dictum) probleem('uitkomst', 'Leg eerst de voorgestelde maatregel vast in de beoordeling (of de uitkomst van het dossier): verlenen, met voorschriften, weigeren, intrekken of buiten behandeling.');
      waarden.dictum = dictum ?? '';
      // Art. 33 lid 1 Wet Bibob: before refusing, revoking or attaching voorschriften on Bibob grounds the betrokkene
      // (and a third party named) gets the chance of a zienswijze; the besluit waits for each answer or the term's end.
      const vereist = uitkomst ? zienswijzeRequired({ toepassingsgebied: dossier.toepassingsgebied as Toepassingsgebied, outcome: uitkomst }) : { required: false };
      if (vereist.required && !zienswijzeStapGedaan(db, dossier.id, uitkomst, vandaag, verder?.id ?? null)) {
        probleem(
          'zienswijze',
          `Dit besluit kan pas worden gemaakt na de gelegenheid tot zienswijze (${vereist.legalBasis ?? 'art. 33 Wet Bibob'}): nodig de betrokkene en de genoemde derden uit (Zienswijze en besluit) en wacht hun zienswijze of het einde van hun termijn af.`,
        );
      }
      if (uitkomst === 'buiten-behandeling') {
        const laatste = herstelverzoekenOfDossier(db, dossier.id).at(-1) ?? null;
        const holidays = { decreedDays: readTermSettings(db).decreedDays };
        for (const melding of buitenBehandelingProblemen(herstelverzoekenOfDossier(db, dossier.id), vandaag, holidays, { ambtshalve: soort?.ambtshalve === true })) probleem('uitkomst', melding);
        waarden.motivering = laatste
          ? [`${kies(stem, 'Ik heb', 'Wij hebben')} u op ${formatDutchDate(laatste.verzondenOp)} gevraagd uw aanvraag uiterlijk op ${formatDutchDate(laatste.termijnTot)} aan te vullen.`, ...laatste.ontbrekend.map((item) => `Ontbrak: ${item.omschrijving} — ${naStreep(item.waarom)}`)]
          : [];
        waarden.grondslag = 'artikel 4:5, eerste lid, van de Algemene wet bestuursrecht';
      } else {
        waarden.motivering = [...motiveringNaarBuiten(beoordeeld.beoordeling), ...lbbVerwijzing(db, dossier.id, aanvrager?.betrokkene.id ?? null, stem), ...afwijkingRegels];
        waarden.grondslag = grondslagVoor(uitkomst);
      }
      waarden.voorschriften = metVoorschriften(uitkomst) ? voorschriften(beoordeeld.beoordeling) : [];
      if (metVoorschriften(uitkomst)) for (const entry of voorschriftProblemen(beoordeeld.beoordeling.voorschriften)) probleem(entry.pad, entry.melding);
      if (metVoorschriften(uitkomst) && (waarden.voorschriften as string[]).length === 0) probleem('voorschriften', 'Een besluit met voorschriften noemt elk voorschrift met het gevaar dat het wegneemt of beperkt (art. 3 lid 7 Wet Bibob).');
      const rechtsmiddel = rechtsmiddelVoor(soort);
      if (rechtsmiddel.soort === 'beroep') {
        // Afd. 3.4 Awb: no bezwaar but direct beroep (art. 7:1 lid 1 onder d), from the terinzagelegging (art. 6:8 lid 4).
        waarden['tekst.bezwaar'] = tekstBeroepUniformeVoorbereiding(rechtsmiddel.voorbereiding);
      } else {
        if (!briefhoofd?.bezwaarAdres) probleem('tekst.bezwaar', 'Vul in Instellingen → Briefhoofd het adres voor bezwaarschriften in: een besluit vermeldt bij welk orgaan bezwaar kan worden gemaakt (art. 3:45 lid 2 Awb).');
        waarden['tekst.bezwaar'] = briefhoofd?.bezwaarAdres ? tekstBezwaar(orgaanTekst, briefhoofd.bezwaarAdres.replace(/\n/g, ', ')) : '';
      }
      break;
    }
    case 'vastgoed-niet-contracteren':
    case 'vastgoed-ontbinding': {
      if (dossier.toepassingsgebied !== 'vastgoed') throw new BibobError('CONFLICT', 'Deze brief hoort bij een vastgoedtransactie.');
      ondertekening = briefhoofd ? ondertekeningVan(orgaan, briefhoofd.gemeente, briefhoofd.ondertekenaar, briefhoofd.functie) : null;
      waarden.motivering = motiveringNaarBuiten(beoordeeld.beoordeling);
      // Art. 5a Wet Bibob: the advice and the eigen onderzoek before entering the transaction (onder a) or before
      // invoking the clause that allows suspending or dissolving it (onder b).
      waarden.grondslag = verzoek.soort === 'vastgoed-ontbinding' ? 'artikel 5a, onder b, van de Wet Bibob' : 'artikel 5a, onder a, van de Wet Bibob';
      // Art. 33 lid 2 onder d and e Wet Bibob: before deciding not to enter the transaction, or to suspend or dissolve
      // it, the wederpartij gets the opportunity of a zienswijze on that intended decision; the letter waits for it.
      const vastgoedUitkomst: Outcome = verzoek.soort === 'vastgoed-ontbinding' ? 'contract-ontbinden' : 'niet-contracteren';
      const hoorplicht = zienswijzeRequired({ toepassingsgebied: 'vastgoed', outcome: vastgoedUitkomst });
      if (hoorplicht.required && !zienswijzeStapGedaan(db, dossier.id, vastgoedUitkomst, vandaag)) {
        probleem(
          'zienswijze',
          `Deze brief kan pas worden gemaakt na de gelegenheid tot zienswijze (${hoorplicht.legalBasis ?? 'art. 33 lid 2 Wet Bibob'}) op het voornemen tot ${outcomeLabel(vastgoedUitkomst, 'vastgoed')}: nodig de wederpartij uit (Zienswijze en besluit) en wacht de zienswijze of het einde van de termijn af.`,
        );
      }
      if (verzoek.soort === 'vastgoed-ontbinding') {
        const clausule = besluitOf(db, dossier.id).contractclausule;
        if (clausule !== true) probleem('clausule', 'Leg eerst bij het besluit vast dat de overeenkomst het beding bevat dat opschorten of ontbinden toelaat (art. 5a sub b Wet Bibob).');
        waarden.clausule = clausule === true ? 'het beding in de overeenkomst dat ontbinding toelaat' : '';
      }
      break;
    }
    case 'melding-lbb': {
      const status = meldingStatus(db, dossier);
      const conclusie = gevaarMaten[conclusieVan(db, dossier, beoordeeld.beoordeling)];
      const delen: string[] = [];
      if (status.grondslag?.includes('lid 7')) delen.push(`Op grond van artikel 7a, zevende lid, van de Wet Bibob melden wij dat wij na eigen onderzoek, zonder advies van uw Bureau, concluderen tot ${conclusie.toLowerCase()}.`);
      if (status.grondslag?.includes('lid 8')) delen.push(`Op grond van artikel 7a, achtste lid, van de Wet Bibob melden wij dat wij redelijkerwijs vermoeden dat de betrokkene zich vanwege het toepassen van de Wet Bibob uit de procedure terugtrekt. ${beoordeeld.terugtrekkingToelichting}`.trim());
      if (delen.length === 0) probleem('melding', 'Er is geen melding aan het LBB nodig: de conclusie is geen (mindere mate van) gevaar na eigen onderzoek zonder LBB-advies, en er is geen terugtrekking vermoed (art. 7a lid 7/8 Wet Bibob).');
      waarden.melding = delen.join('\n\n');
      waarden['betrokkene.identiteit'] = aanvrager ? identiteit(aanvrager) : dossier.aanvragerNaam;
      // Art. 11a lid 2 sub b: only the persons (lid 1 onder b–f) whose own offences underlie the conclusion; a
      // lid-8 melding carries no conclusion of danger, so it names nobody there.
      const lid7 = status.grondslag?.includes('lid 7') ?? false;
      const grondslag = lid7 ? meldingPersonen(beoordeeld.beoordeling, conclusieVan(db, dossier, beoordeeld.beoordeling), links.map((link) => ({ id: link.betrokkene.id, rollen: link.rollen.map((rol) => rol.rol) }))) : [];
      const anderen = links.filter((link) => link !== aanvrager && grondslag.includes(link.betrokkene.id)).map(identiteit);
      waarden.personen =
        anderen.length > 0
          ? anderen
          : [lid7 ? 'Aan de conclusie liggen geen strafbare feiten van andere personen dan de betrokkene ten grondslag.' : 'Niet van toepassing: een melding op grond van artikel 7a, achtste lid, bevat geen conclusie van gevaar.'];
      waarden['besluit.kader'] = `${besluit}, zaak ${dossier.zaaknummer}`;
      waarden.bestuursorgaan = briefhoofd ? orgaanTekst : '';
      waarden['tekst.verantwoordelijk'] = TEKST_MELDING_VERANTWOORDELIJK;
      break;
    }
    case 'dossiersamenvatting': {
      waarden.fase = phaseLabels[dossier.fase as Phase] ?? dossier.fase;
      waarden.ontvangen = dossier.ontvangenOp ? formatDutchDate(dossier.ontvangenOp) : 'niet vastgelegd';
      waarden.beslisdatum = dossier.uitersteBeslisdatum ? formatDutchDate(dossier.uitersteBeslisdatum) : 'geen';
      waarden.betrokkenen = links.map(naamMetRollen);
      waarden.verzoeken = informatieverzoekenOfDossier(db, dossier.id).map(
        (request) => `${request.geadresseerdeNaam || addressees[request.geadresseerde].label}: ${request.status}${request.uiterlijkOp ? `, uiterlijk ${formatDutchDate(request.uiterlijkOp)}` : ''}`,
      );
      waarden.conclusie = beoordeeld.vastgelegd ? gevaarMaten[conclusieVan(db, dossier, beoordeeld.beoordeling)] : 'nog niet beoordeeld';
      waarden.uitkomst = dossier.uitkomst ? outcomeLabel(dossier.uitkomst as Outcome, dossier.toepassingsgebied as Toepassingsgebied) : 'nog geen';
      break;
    }
  }
  bijlagen.push(...meegezonden(db, verzoek.soort, dossier.id, aanvrager?.betrokkene.id ?? null));
  if (adresVan) for (const melding of adresProblemen(adresVan.naam, adresVan.adres)) probleem('geadresseerde', melding);
  return { dossier, waarden, problemen, geadresseerde, doorbroken, beperktGetoond, bijlagen, formulier, ondertekening };
}
