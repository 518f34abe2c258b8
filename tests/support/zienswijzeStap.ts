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
