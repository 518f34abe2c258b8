import type { Dossier } from '../../src/contract/schemas';
import { addDays, compareDates } from '../../src/domain/termijnen';
import type { Outcome, Phase } from '../../src/domain/workflow';
import type { VaultDatabase } from '../../main/vault/database';
import { writeBeoordeling, insertMelding } from '../../main/vault/repositories/beoordeling';
import { updateDossierPhase } from '../../main/vault/repositories/dossiers';
import { insertInformatieverzoek, markSent, recordAnswer } from '../../main/vault/repositories/informatieverzoeken';
import { appendTimelineEvent } from '../../main/vault/repositories/timeline';
import { writeBesluit } from '../../main/vault/repositories/zienswijzen';
import { markSent as markVragenformulierSent, setReceived } from '../../main/vault/repositories/vragenformulieren';
import { currentSet } from '../../main/services/questionnaireSets';
import { defaultSelection, type Selection } from '../../src/domain/vragenformulier';
import type { Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import { EMPTY_BEOORDELING, type ProposedMeasure } from '../../src/domain/beoordeling';

/*
 * The life of a fictitious dossier for the demo and load data: its phases with dates (as the timeline records them),
 * the vragenformulier sent and received, information requests to the RIEC and the LBB with answers, a finding and an outcome, the decision date and the
 * melding to the LBB. The mix of outcomes follows the Leiden 2023 figures of ../shared/bibob-domain.md §8.
 */

const pad: readonly Phase[] = ['vragenformulier-uitgezet', 'volledigheid', 'eigen-onderzoek', 'informatieverzoeken', 'beoordeling', 'advies', 'besluit'];

type Einde = { fase: 'afgerond'; uitkomst: Outcome } | { fase: 'buiten-behandeling' | 'ingetrokken'; uitkomst: Outcome };

function einde(random: () => number, vastgoed: boolean): Einde {
  const r = random();
  if (!vastgoed && r < 0.35) return { fase: 'buiten-behandeling', uitkomst: 'buiten-behandeling' };
  if (r < 0.47) return { fase: 'ingetrokken', uitkomst: 'ingetrokken' };
  if (r < 0.79) return { fase: 'afgerond', uitkomst: 'verlenen-met-voorschriften' };
  if (r < 0.89) return { fase: 'afgerond', uitkomst: 'verlenen' };
  return { fase: 'afgerond', uitkomst: vastgoed ? 'niet-contracteren' : random() < 0.7 ? 'weigeren' : 'intrekken' };
}

const selecties = new WeakMap<VaultDatabase, Map<Toepassingsgebied, Selection>>();

/** The standard selection of the current question set per toepassingsgebied, read once per database. */
function selectieVoor(db: VaultDatabase, gebied: Toepassingsgebied): Selection {
  let perGebied = selecties.get(db);
  if (!perGebied) {
    perGebied = new Map();
    selecties.set(db, perGebied);
  }
  let selectie = perGebied.get(gebied);
  if (!selectie) {
    selectie = defaultSelection(currentSet(db), gebied);
    perGebied.set(gebied, selectie);
  }
  return selectie;
}

/** A UUID from the PRNG, so that the same seed gives the same vault. */
export function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Lives a dossier up to `today`: phases, requests, assessment, outcome. Returns the phase it ends in. */
export function levensloop(db: VaultDatabase, dossier: Dossier, aanvragerId: string, random: () => number, today: string): Phase {
  const start = dossier.ontvangenOp ?? dossier.createdAt.slice(0, 10);
  const vastgoed = dossier.toepassingsgebied === 'vastgoed';
  const afloop = einde(random, vastgoed);
  // Which steps it goes through: buiten behandeling after the vragenformulier, a withdrawal somewhere on the way.
  const stappen: Phase[] = afloop.fase === 'buiten-behandeling' ? pad.slice(0, 2) : afloop.fase === 'ingetrokken' ? pad.slice(0, 1 + Math.floor(random() * 5)) : [...pad];
  stappen.push(afloop.fase);
  const duur = 20 + Math.floor(random() * 160);
  const stap = Math.max(1, Math.floor(duur / stappen.length));
  let datum = start;
  let fase = 'intake' as Phase;
  const wissel = (naar: Phase, op: string) => {
    appendTimelineEvent(db, dossier.id, { at: `${op}T10:00:00.000Z`, soort: 'fase.vooruit', omschrijving: `Fase gewijzigd naar ${naar}.` }, { van: fase, naar });
    fase = naar;
  };
  for (const naar of stappen) {
    const volgende = addDays(datum, stap + Math.floor(random() * stap));
    if (compareDates(volgende, today) > 0) break;
    datum = volgende;
    wissel(naar, datum);
    if (naar === 'vragenformulier-uitgezet') markVragenformulierSent(db, dossier.id, selectieVoor(db, dossier.toepassingsgebied as Toepassingsgebied), datum);
    if (naar === 'volledigheid') setReceived(db, dossier.id, datum);
    if (naar === 'informatieverzoeken') {
      const riec = uuidFrom(random);
      insertInformatieverzoek(db, { id: riec, dossierId: dossier.id, geadresseerde: 'riec', geadresseerdeNaam: 'RIEC Proefregio', betrokkeneIds: [aanvragerId], vragen: 'Zijn er signalen over de aanvrager? (fictief)' }, `${datum}T10:00:00.000Z`);
      markSent(db, riec, datum, addDays(datum, 28));
      const antwoord = addDays(datum, 10 + Math.floor(random() * 30));
      if (compareDates(antwoord, today) <= 0 && random() < 0.85) recordAnswer(db, riec, { ontvangenOp: antwoord, samenvatting: 'Geen bijzonderheden (fictief).', bijlageIds: [], beperkingen: [] });
      if (random() < 0.15) {
        const lbb = uuidFrom(random);
        insertInformatieverzoek(db, { id: lbb, dossierId: dossier.id, geadresseerde: 'lbb', geadresseerdeNaam: '', betrokkeneIds: [aanvragerId], vragen: 'Advies over de mate van gevaar (fictief).' }, `${datum}T10:00:00.000Z`);
        markSent(db, lbb, datum, addDays(datum, 56));
        const advies = addDays(datum, 40 + Math.floor(random() * 16));
        if (compareDates(advies, today) <= 0) recordAnswer(db, lbb, { ontvangenOp: advies, samenvatting: 'Mindere mate van gevaar (fictief).', bijlageIds: [], beperkingen: [] });
      }
    }
  }
  if (fase === afloop.fase) {
    const bibob = afloop.uitkomst === 'verlenen-met-voorschriften' || afloop.uitkomst === 'weigeren' || afloop.uitkomst === 'intrekken' || afloop.uitkomst === 'niet-contracteren';
    if (bibob) {
      writeBeoordeling(
        db,
        dossier.id,
        {
          beoordeling: {
            ...EMPTY_BEOORDELING,
            bevindingen: [{ id: 'f1', betrokkeneId: aanvragerId, soort: 'veroordeling', omschrijving: 'Veroordeling wegens heling (fictief).', bron: 'Justitiële documentatie', datum: addDays(start, -400), ernst: 'aanzienlijk' }],
          },
          voorgesteldeMaatregel: afloop.uitkomst as ProposedMeasure,
          terugtrekkingVermoed: false,
          terugtrekkingToelichting: '',
        },
        `${datum}T10:00:00.000Z`,
      );
      if (random() < 0.5) insertMelding(db, dossier.id, { id: uuidFrom(random), grondslag: 'art. 7a lid 7 Wet Bibob', conclusie: 'mindere-mate', gemeldOp: datum, kenmerk: `LBB-${dossier.zaaknummer}` }, `${datum}T10:00:00.000Z`);
    }
    if (afloop.fase === 'afgerond') writeBesluit(db, dossier.id, { besluitOp: datum, contractclausule: vastgoed ? true : null, bezwaar: null, beroep: null }, `${datum}T10:00:00.000Z`);
    db.prepare('UPDATE dossier SET uitkomst = ? WHERE id = ?').run(afloop.uitkomst, dossier.id);
    // Now and then a dossier is reopened and closed again.
    const heropend = addDays(datum, 30);
    if (random() < 0.03 && compareDates(addDays(heropend, 30), today) <= 0) {
      appendTimelineEvent(db, dossier.id, { at: `${heropend}T10:00:00.000Z`, soort: 'fase.heropend', omschrijving: 'Heropend (fictief).' }, { van: fase, naar: 'beoordeling' });
      fase = 'beoordeling';
      wissel(afloop.fase, addDays(heropend, 30));
    }
  }
  updateDossierPhase(db, dossier.id, fase, `${datum}T10:00:00.000Z`);
  return fase;
}
