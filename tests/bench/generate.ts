import { besluitsoortenVoor } from '../../src/domain/besluitsoorten';
import { rolIds, type Rol } from '../../src/domain/betrokkenen';
import type { Dossier } from '../../src/contract/schemas';
import type { VaultDatabase } from '../../main/vault/database';
import { insertDossier } from '../../main/vault/repositories/dossiers';
import { insertBetrokkene, linkBetrokkene } from '../../main/vault/repositories/betrokkenen';
import { indexEntry } from '../../main/vault/repositories/searchIndex';
import { indexDossier } from '../../main/services/dossierService';
import { refreshDeadline } from '../../main/services/deadlineService';
import { findDossier } from '../../main/vault/repositories/dossiers';
import { levensloop, uuidFrom } from './lifecycle';

/** A small deterministic PRNG (mulberry32), so the same seed gives the same vault. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Clearly fictitious: invented surnames and company words, "Proef" and "Fictief" everywhere.
const voornamen = ['Anna', 'Bram', 'Čedomir', 'Daan', 'Eline', 'Fatma', 'Gijs', 'Hüseyin', 'Inge', 'Joëlle', 'Kees', 'Lieke', 'Mehmet', 'Noor', 'Otto', 'Petra'];
const achternamen = ['Proefhuis', 'Vlinderboom', 'Zwaluwstaart', 'Čekić-Proef', 'Denneappel', 'Fictiefstra', 'Grasmuis', 'Hazelnoot', 'Ijsvogelaar', 'Klaverveld', 'Lindeblad', 'Müllerproef', 'Notendop', 'Oeverloper'];
const bedrijfsWoorden = ['Fictief', 'Proef', 'Denkbeeld', 'Schijn', 'Oefen'];
const branches = ['Eetcafé', 'Bouw', 'Vastgoed', 'Horeca', 'Snackbar', 'Transport', 'Beheer', 'Holding'];
const straten = ['Proefstraat', 'Fictieweg', 'Denkbeeldlaan', 'Oefenplein', 'Schijngracht'];
const plaatsen = ['Proefdorp', 'Fictiefstad', 'Oefenveen'];
const gebieden = ['wabo', 'horeca', 'vastgoed'] as const;
const coordinatoren = ['A. Proefhuis', 'B. Vlinderboom', 'C. Grasmuis', 'D. Notendop', 'E. Klaverveld'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function isoDay(random: () => number, fromYear: number, toYear: number, until?: string): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = until ? Date.parse(`${until}T00:00:00Z`) : Date.UTC(toYear, 11, 31);
  return new Date(start + Math.floor(random() * ((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

export function persoonsnaam(random: () => number): string {
  return `${pick(random, voornamen)} ${pick(random, achternamen)}`;
}

/**
 * Fills an unlocked vault with `dossiers` fictitious dossiers and about `betrokkenenPerDossier` betrokkenen each,
 * in one transaction, through the same repositories the services use; each dossier lives its life up to `today`
 * (phases, requests, assessment, outcome). The same seed gives the same vault. Returns some names to search for.
 */
export function generate(db: VaultDatabase, options: { dossiers: number; betrokkenenPerDossier: number; seed: number; today: string; fromYear?: number }): { names: string[]; dossierIds: string[] } {
  const random = prng(options.seed);
  const names: string[] = [];
  const dossierIds: string[] = [];
  const toYear = Number(options.today.slice(0, 4));
  db.transaction(() => {
    for (let n = 1; n <= options.dossiers; n += 1) {
      const gebied = pick(random, gebieden);
      const soort = pick(random, besluitsoortenVoor(gebied));
      const created = isoDay(random, options.fromYear ?? toYear - 10, toYear, options.today);
      const aanvrager = `${pick(random, bedrijfsWoorden)} ${pick(random, branches)} ${pick(random, achternamen)} B.V.`;
      const dossier: Dossier = {
        id: uuidFrom(random),
        zaaknummer: `PROEF-${created.slice(0, 4)}-${String(n).padStart(6, '0')}`,
        toepassingsgebied: gebied,
        aanvragerNaam: aanvrager,
        createdAt: `${created}T09:00:00.000Z`,
        besluitsoort: soort.id,
        ontvangenOp: created,
        locatieAdres: `${pick(random, straten)} ${1 + Math.floor(random() * 200)}, ${pick(random, plaatsen)}`,
        bagId: null,
        coordinator: pick(random, coordinatoren),
        notities: '',
        fase: 'intake',
        uitkomst: null,
        uitersteBeslisdatum: null,
        beslisdatumVoorlopig: false,
      };
      insertDossier(db, dossier);
      indexDossier(db, dossier);
      dossierIds.push(dossier.id);
      const aanvragerId = uuidFrom(random);
      insertBetrokkene(db, aanvragerId, { soort: 'rechtspersoon', naam: aanvrager, kvkNummer: String(10_000_000 + n) }, created);
      indexEntry(db, 'betrokkene', aanvragerId, [aanvrager, String(10_000_000 + n)]);
      linkBetrokkene(db, dossier.id, aanvragerId, 'aanvrager', null, '');
      for (let b = 1; b < options.betrokkenenPerDossier; b += 1) {
        const id = uuidFrom(random);
        const naam = persoonsnaam(random);
        if (names.length < 200 && random() < 0.05) names.push(naam);
        insertBetrokkene(db, id, { soort: 'persoon', naam, geboortedatum: isoDay(random, 1950, 2000) }, created);
        indexEntry(db, 'betrokkene', id, [naam]);
        const rol: Rol = pick(random, rolIds.filter((r) => r !== 'aanvrager'));
        linkBetrokkene(db, dossier.id, id, rol, rol === 'aandeelhouder' || rol === 'ubo' ? 25 : null, '');
      }
      levensloop(db, dossier, aanvragerId, random, options.today);
      refreshDeadline(db, findDossier(db, dossier.id)!, options.today);
    }
  })();
  return { names, dossierIds };
}
