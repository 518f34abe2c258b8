import type { CallOutput } from '../../../../src/contract';
import type { DossierDetail } from '../../../../src/contract/schemas';

export type OnderzoekView = CallOutput<'onderzoek.get'>;
export type DossierBetrokkene = DossierDetail['betrokkenen'][number];

/** What every part of the eigen onderzoek gets: the dossier, its betrokkenen, and how to report a change. */
export interface OnderzoekPartProps {
  readonly dossierId: string;
  readonly view: OnderzoekView;
  readonly betrokkenen: readonly DossierBetrokkene[];
  readonly onChanged: (view: OnderzoekView, message: string) => void;
  readonly onEdit: () => void;
}
