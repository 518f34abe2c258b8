/**
 * The formulier bevindingen eigen onderzoek.
 *
 * A bestuursorgaan that asks the LBB for advice sends the data and documents the betrokkene provided "tezamen met
 * de bevindingen van het eigen onderzoek" (Wet Bibob art. 7a lid 4), on a form set by ministerial regulation (lid 5).
 * The LBB "kan afzien van het uitbrengen van een advies" when that information was not sent (art. 9 lid 5 sub a), or
 * when it shows that the bestuursorgaan made too little use of its possibilities for eigen onderzoek (sub b).
 *
 * The structure follows the official form: bijlage 6 of the Regeling Bibob-formulieren of 2013 (the 2024 form,
 * bijlage 2, replaced it with the same parts): 1 Betrokkene; 2 Besluit; 3 Aanleiding adviesaanvraag; 4 Andere
 * opmerkelijkheden en relevante zaken (the findings, each with its source); 5 Onderzoeksvragen; 6 Nadere
 * identificatie betrokken (rechts)personen en ondernemingen; 7 Inhoudsopgave van de bijlagen.
 *
 * The findings are confidential: art. 7a lid 6 applies the closed list of recipients of art. 28 lid 2 to them.
 */
import { rolLabel } from '../betrokkenen';
import { compareDates, formatDutchDate, isIsoDate } from '../termijnen';
import { financingCheck, herkomstSchema, investeringSchema, SOORTEN_MET_VERSTREKKER } from './financing';
import { otherBestuursorgaanProblems } from './otherBestuursorgaan';
import { aangemerktAls, aangemerkteCategorieen, onderzoeksBronnen, onderzoeksNotitieSchema } from './sources';
import type { BetrokkeneRef, BevindingenFormulier, BevindingenFormulierInput, FormulierSectie, GegevensHerkomst, OnderzoeksNotitie, Probleem } from './types';

export const BEVINDINGEN_FORMULIER_LEGAL_BASIS = 'art. 7a lid 4 en 5 Wet Bibob; Regeling Bibob-formulieren (formulier bevindingen eigen onderzoek)';

const VERTROUWELIJK =
  'Vertrouwelijk. Wie deze gegevens krijgt, moet ze geheimhouden (art. 28 lid 1 Wet Bibob); doorgeven mag alleen aan de ontvangers van art. 28 lid 2 (art. 7a lid 6 Wet Bibob).';

function rollenTekst(betrokkene: BetrokkeneRef): string {
  return betrokkene.rollen.length === 0 ? 'geen rol vastgelegd' : betrokkene.rollen.map(rolLabel).join(', ');
}

const herkomstTekst: Readonly<Record<GegevensHerkomst, string>> = {
  'eigen-onderzoek': 'uit eigen onderzoek',
  'advies-lbb': 'uit een advies van het LBB',
  anders: 'uit een andere bron',
};

function notitieRegel(notitie: OnderzoeksNotitie): string {
  const bron = onderzoeksBronnen[notitie.bron]?.label ?? notitie.bron;
  const datum = isIsoDate(notitie.geraadpleegdOp) ? formatDutchDate(notitie.geraadpleegdOp) : notitie.geraadpleegdOp;
  const kenmerk = notitie.kenmerk && notitie.kenmerk.trim() !== '' ? `, kenmerk ${notitie.kenmerk.trim()}` : '';
  return `– Bron: ${bron}, geraadpleegd op ${datum}${kenmerk}. ${notitie.bevinding.trim()}`;
}

function byDate(a: OnderzoeksNotitie, b: OnderzoeksNotitie): number {
  if (isIsoDate(a.geraadpleegdOp) && isIsoDate(b.geraadpleegdOp)) return compareDates(a.geraadpleegdOp, b.geraadpleegdOp);
  return 0;
}

/**
 * Composes the formulier bevindingen eigen onderzoek from the eigen onderzoek. It always composes what it can;
 * `bevindingenFormulierProblems` says what is missing before the form can go to the LBB.
 */
export function composeBevindingenFormulier(input: BevindingenFormulierInput): BevindingenFormulier {
  const betrokkenen = new Map(input.betrokkenen.map((betrokkene) => [betrokkene.id, betrokkene]));
  const naamVan = (id: string): string => betrokkenen.get(id)?.naam ?? `onbekende betrokkene (${id})`;
  const hoofd = betrokkenen.get(input.betrokkeneId);
  const sections: FormulierSectie[] = [];

  sections.push({
    titel: '1. Betrokkene',
    regels: [
      `(Statutaire) naam: ${hoofd?.naam ?? 'nog niet vastgelegd'}`,
      `Handelsnamen: ${input.handelsnamen.length === 0 ? 'geen opgegeven' : input.handelsnamen.join(', ')}`,
    ],
  });

  sections.push({
    titel: '2. Besluit',
    regels: [
      `Dit formulier betreft: ${input.besluit.trim() === '' ? 'nog niet omschreven' : input.besluit.trim()}`,
      input.besluitGenomen
        ? 'Het besluit is al genomen (onderzoek met het oog op intrekking, art. 7a lid 3 Wet Bibob).'
        : 'Het besluit is nog niet genomen.',
      input.ondernemingInBedrijf === null
        ? 'Of de onderneming open of in bedrijf is: niet van toepassing of onbekend.'
        : input.ondernemingInBedrijf
          ? 'De onderneming is open of in bedrijf.'
          : 'De onderneming is (nog) niet open of in bedrijf.',
    ],
  });

  const aanleiding = [
    `Bericht op grond van art. 26 Wet Bibob (van de officier van justitie of een ander bestuursorgaan): ${input.aanleiding.berichtArt26 ? 'ja, een kopie is bijgevoegd' : 'nee'}.`,
    `Advies van een RIEC: ${input.aanleiding.riecAdvies ? 'ja, een kopie is bijgevoegd' : 'nee'}.`,
  ];
  if (input.aanleiding.toelichting.trim() !== '') aanleiding.push(`Aanleiding: ${input.aanleiding.toelichting.trim()}`);
  sections.push({ titel: '3. Aanleiding adviesaanvraag', regels: aanleiding });

  sections.push({
    titel: '4. Andere opmerkelijkheden en relevante zaken',
    regels:
      input.andereDossiers.length === 0
        ? ['De betrokken (rechts)personen komen bij de gemeente niet in andere dossiers voor.']
        : input.andereDossiers.map((vermelding) => `${naamVan(vermelding.betrokkeneId)} komt ook voor in dossier ${vermelding.dossier}.`),
  });

  const bevindingen: string[] = [];
  for (const betrokkene of input.betrokkenen) {
    const notities = input.notities.filter((notitie) => notitie.betrokkeneId === betrokkene.id).sort(byDate);
    bevindingen.push(
      notities.length === 0
        ? `${betrokkene.naam} (${rollenTekst(betrokkene)}): geen bevindingen vastgelegd.`
        : `${betrokkene.naam} (${rollenTekst(betrokkene)}):`,
    );
    bevindingen.push(...notities.map(notitieRegel));
  }
  const zwevend = input.notities.filter((notitie) => !betrokkenen.has(notitie.betrokkeneId));
  for (const notitie of zwevend) bevindingen.push(`${naamVan(notitie.betrokkeneId)}:`, notitieRegel(notitie));
  sections.push({ titel: '4.1 Bevindingen van het eigen onderzoek per betrokkene', regels: bevindingen });

  sections.push({
    titel: '4.2 Wijze van financiering (art. 7a lid 2 sub h Wet Bibob)',
    regels:
      input.financiering === null
        ? ['De financieringscontrole is niet uitgevoerd.']
        : financingCheck(input.financiering.investeringen, input.financiering.herkomsten, input.betrokkenen).toelichting,
  });

  sections.push({
    titel: '4.3 Informatie van andere bestuursorganen (art. 28 lid 2 sub m Wet Bibob)',
    regels:
      input.anderBestuursorgaan.length === 0
        ? ['Er is geen informatie van andere bestuursorganen ontvangen.']
        : input.anderBestuursorgaan.map((info) => {
            const verstrekt = info.verstrektOp ?? input.opgesteldOp;
            const datum = (date: string) => (isIsoDate(date) ? formatDutchDate(date) : date);
            return `Bron: ${info.verstrekkendOrgaan.trim()}, verstrekt op ${datum(verstrekt)}, ${herkomstTekst[info.herkomst]} verkregen op ${datum(info.verkregenOp)}; over ${naamVan(info.betrokkeneId)}: ${info.omschrijving.trim()}`;
          }),
  });

  sections.push({
    titel: '5. Onderzoeksvragen',
    regels: input.onderzoeksvragen.length === 0 ? ['Geen onderzoeksvragen.'] : input.onderzoeksvragen.map((vraag, index) => `${index + 1}. ${vraag.trim()}`),
  });

  sections.push({
    titel: '6. Nadere identificatie betrokken (rechts)personen en ondernemingen',
    regels: input.betrokkenen.length === 0 ? ['Geen betrokkenen vastgelegd.'] : input.betrokkenen.map((betrokkene) => `${betrokkene.naam} — rol: ${rollenTekst(betrokkene).toLowerCase()}`),
  });

  const bijlagen: string[] = [];
  if (input.aanleiding.berichtArt26) bijlagen.push('Bericht op grond van art. 26 Wet Bibob');
  if (input.aanleiding.riecAdvies) bijlagen.push('Advies van het RIEC');
  if (input.bijlagen.vragenformulierMetBijlagen) bijlagen.push('Het ingevulde Bibob-vragenformulier met de daarbij ontvangen bijlagen (art. 7a lid 4 Wet Bibob)');
  bijlagen.push(...input.bijlagen.overige.map((bijlage) => bijlage.trim()).filter((bijlage) => bijlage !== ''));
  sections.push({ titel: '7. Inhoudsopgave van de bijlagen', regels: bijlagen.length === 0 ? ['Geen bijlagen opgegeven.'] : bijlagen });

  return { titel: 'Formulier bevindingen eigen onderzoek', vertrouwelijk: VERTROUWELIJK, legalBasis: BEVINDINGEN_FORMULIER_LEGAL_BASIS, sections };
}

function zodPad(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((pad, part) => (typeof part === 'number' ? `${pad}[${part}]` : `${pad}.${String(part)}`), prefix);
}

/**
 * What is missing or not allowed before the formulier bevindingen eigen onderzoek can go to the LBB. Empty when it
 * can go. Dates are checked against `opgesteldOp`.
 */
export function bevindingenFormulierProblems(input: BevindingenFormulierInput): Probleem[] {
  if (!isIsoDate(input.opgesteldOp)) {
    return [{ pad: 'opgesteldOp', melding: 'Vul de datum van het formulier in als jjjj-mm-dd (een bestaande datum).' }];
  }
  const problems: Probleem[] = [];
  const betrokkenen = new Map(input.betrokkenen.map((betrokkene) => [betrokkene.id, betrokkene]));

  // Onderdeel 1 and 6: who the form is about.
  if (input.betrokkenen.length === 0) {
    problems.push({ pad: 'betrokkenen', melding: 'Leg de betrokkenen vast met hun rol (formulier bevindingen eigen onderzoek, onderdeel 6).' });
  }
  if (!betrokkenen.has(input.betrokkeneId)) {
    problems.push({ pad: 'betrokkeneId', melding: 'Kies de betrokkene waarover het formulier gaat (onderdeel 1); die moet in de lijst van betrokkenen staan.' });
  }

  // Onderdeel 2 and 3.
  if (input.besluit.trim() === '') {
    problems.push({ pad: 'besluit', melding: 'Omschrijf het besluit waarover u advies vraagt, met de wettelijke grondslag (onderdeel 2).' });
  }
  if (!input.aanleiding.berichtArt26 && !input.aanleiding.riecAdvies && input.aanleiding.toelichting.trim() === '') {
    problems.push({
      pad: 'aanleiding.toelichting',
      melding: 'Geef de aanleiding voor de adviesaanvraag (onderdeel 3): een bericht op grond van art. 26 Wet Bibob, een RIEC-advies of een eigen toelichting.',
    });
  }

  // Onderdeel 7: art. 7a lid 4 requires the data and documents of the betrokkene to go along.
  if (!input.bijlagen.vragenformulierMetBijlagen) {
    problems.push({
      pad: 'bijlagen.vragenformulierMetBijlagen',
      melding: 'Stuur de door de betrokkene verstrekte gegevens en bescheiden mee (art. 7a lid 4 Wet Bibob): zonder die informatie kan het LBB afzien van advies (art. 9 lid 5 sub a).',
    });
  }

  // Onderdeel 4: research notes, per betrokkene.
  input.betrokkenen.forEach((betrokkene, index) => {
    if (!input.notities.some((notitie) => notitie.betrokkeneId === betrokkene.id)) {
      problems.push({
        pad: `betrokkenen[${index}]`,
        melding: `Voor ${betrokkene.naam} is geen onderzoeksnotitie vastgelegd. Leg ook vast welke bronnen niets opleverden: het LBB kan afzien van advies als onvoldoende eigen onderzoek is gedaan (art. 9 lid 5 sub b Wet Bibob).`,
      });
    }
  });

  const notitieSchema = onderzoeksNotitieSchema(input.opgesteldOp);
  input.notities.forEach((notitie, index) => {
    const pad = `notities[${index}]`;
    const checked = notitieSchema.safeParse(notitie);
    if (!checked.success) {
      for (const issue of checked.error.issues) problems.push({ pad: zodPad(pad, issue.path), melding: issue.message });
    }
    const betrokkene = betrokkenen.get(notitie.betrokkeneId);
    if (!betrokkene) {
      problems.push({ pad: `${pad}.betrokkeneId`, melding: 'Deze notitie gaat over een persoon die niet in de lijst van betrokkenen staat.' });
      return;
    }
    const bron = onderzoeksBronnen[notitie.bron];
    if (bron?.alleenAangemerkten && aangemerktAls(betrokkene.rollen).length === 0) {
      problems.push({
        pad: `${pad}.bron`,
        melding: `${bron.label} geeft alleen gegevens over wie in het eigen onderzoek is aangemerkt als ${Object.values(aangemerkteCategorieen).join(', ')} (${bron.legalBasis}). ${betrokkene.naam} (${rollenTekst(betrokkene)}) is dat niet.`,
      });
    }
  });

  // Onderdeel 4: the financing check.
  if (input.financiering === null) {
    problems.push({
      pad: 'financiering',
      melding: 'De financieringscontrole is niet uitgevoerd. De wijze van financiering hoort bij de gegevens die de betrokkene verschaft (art. 7a lid 2 sub h Wet Bibob): zet elke investering tegenover haar onderbouwde herkomst.',
    });
  } else {
    input.financiering.investeringen.forEach((investering, index) => {
      const checked = investeringSchema.safeParse(investering);
      if (!checked.success) for (const issue of checked.error.issues) problems.push({ pad: zodPad(`financiering.investeringen[${index}]`, issue.path), melding: issue.message });
    });
    input.financiering.herkomsten.forEach((herkomst, index) => {
      const pad = `financiering.herkomsten[${index}]`;
      const checked = herkomstSchema.safeParse(herkomst);
      if (!checked.success) for (const issue of checked.error.issues) problems.push({ pad: zodPad(pad, issue.path), melding: issue.message });
      if (!SOORTEN_MET_VERSTREKKER.includes(herkomst.soort)) return;
      const soort = herkomst.soort;
      const verstrekkerId = herkomst.verstrekkerBetrokkeneId ?? '';
      const verstrekker = betrokkenen.get(verstrekkerId);
      if (verstrekkerId === '') {
        problems.push({
          pad: `${pad}.verstrekkerBetrokkeneId`,
          melding: `Noem wie de ${soort} “${herkomst.omschrijving.trim()}” verstrekt: die persoon verschaft vermogen en moet met naam en adres als vermogensverschaffer worden vastgelegd (art. 1 lid 1 en art. 7a lid 2 sub g 3° Wet Bibob).`,
        });
      } else if (!verstrekker) {
        problems.push({
          pad: `${pad}.verstrekkerBetrokkeneId`,
          melding: `De verstrekker van de ${soort} “${herkomst.omschrijving.trim()}” staat niet in de lijst van betrokkenen; leg hem vast als vermogensverschaffer (art. 7a lid 2 sub g 3° Wet Bibob).`,
        });
      } else if (!aangemerktAls(verstrekker.rollen).includes('vermogensverschaffer')) {
        problems.push({
          pad: `${pad}.verstrekkerBetrokkeneId`,
          melding: `${verstrekker.naam} verstrekt de ${soort} “${herkomst.omschrijving.trim()}” en verschaft dus vermogen: leg de rol vermogensverschaffer vast (art. 1 lid 1, art. 3 lid 4 sub c en art. 7a lid 2 sub g 3° Wet Bibob).`,
        });
      }
    });
  }

  // Onderdeel 4: information from other bestuursorganen (art. 28 lid 2 sub m).
  input.anderBestuursorgaan.forEach((info, index) => {
    const pad = `anderBestuursorgaan[${index}]`;
    const betrokkene = betrokkenen.get(info.betrokkeneId);
    if (!betrokkene) {
      problems.push({ pad: `${pad}.betrokkeneId`, melding: 'Deze informatie gaat over een persoon die niet in de lijst van betrokkenen staat.' });
      return;
    }
    for (const problem of otherBestuursorgaanProblems(info, input.opgesteldOp, betrokkene.rollen)) {
      problems.push({ pad: `${pad}.${problem.pad}`, melding: problem.melding });
    }
  });

  input.andereDossiers.forEach((vermelding, index) => {
    const pad = `andereDossiers[${index}]`;
    if (!betrokkenen.has(vermelding.betrokkeneId)) {
      problems.push({ pad: `${pad}.betrokkeneId`, melding: 'Deze vermelding gaat over een persoon die niet in de lijst van betrokkenen staat.' });
    }
    if (vermelding.dossier.trim() === '') {
      problems.push({ pad: `${pad}.dossier`, melding: 'Noem het dossier waarin de betrokkene voorkomt, zodat het LBB het kan opvragen (onderdeel 4).' });
    }
  });

  return problems;
}
