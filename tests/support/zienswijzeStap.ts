import type { App } from '../../main/app';
import { callOk } from './call';

/**
 * The art. 33 step done for the dossier's current intended outcome: the aanvrager (its first betrokkene) invited on
 * `uitgenodigdOp` with the proposed term, its zienswijze received on `ontvangenOp` and answered by the bestuursorgaan
 * (Awb 3:46). A besluit that needs the step can be made after this (issue 20 §3).
 */
export async function zienswijzeStapGedaan(app: App, dossierId: string, uitgenodigdOp = '2027-02-01', ontvangenOp = '2027-02-08'): Promise<void> {
  const detail = await callOk(app, 'dossiers.get', { id: dossierId });
  const { termijnTot } = await callOk(app, 'zienswijze.proposeTerm', { uitgenodigdOp });
  const view = await callOk(app, 'zienswijze.invite', {
    dossierId,
    betrokkeneId: detail.betrokkenen[0]!.betrokkene.id,
    rol: 'betrokkene',
    uitgenodigdOp,
    termijnTot,
    afschriftAdvies: true,
    geheimhoudingGewezen: true,
  });
  const partijId = view.partijen.at(-1)!.id;
  await callOk(app, 'zienswijze.recordResponse', { partijId, ontvangenOp, samenvatting: 'De aanvrager kan zich niet vinden in het voornemen.' });
  await callOk(app, 'zienswijze.recordReactie', { partijId, reactie: 'De zienswijze brengt geen nieuwe feiten naar voren; het voornemen blijft staan.' });
}

/**
 * The dossier's intended outcome set to `uitkomst`, then the art. 33 step done on it: the zienswijze belongs to the
 * intended decision it was asked on (art. 33 lid 1 and lid 2 onder d/e Wet Bibob).
 */
export async function zienswijzeStapVoorUitkomst(app: App, dossierId: string, uitkomst: 'niet-contracteren' | 'contract-ontbinden', uitgenodigdOp = '2027-02-01', ontvangenOp = '2027-02-08'): Promise<void> {
  const { dossier } = await callOk(app, 'dossiers.get', { id: dossierId });
  await callOk(app, 'dossiers.update', {
    id: dossierId,
    details: { besluitsoort: dossier.besluitsoort, ontvangenOp: dossier.ontvangenOp, locatieAdres: dossier.locatieAdres, bagId: dossier.bagId, coordinator: dossier.coordinator, notities: dossier.notities, uitkomst },
  });
  await zienswijzeStapGedaan(app, dossierId, uitgenodigdOp, ontvangenOp);
}
