import type { CallOutput } from '../../../../src/contract';

export type VerzoekenView = CallOutput<'verzoeken.list'>;
export type Verzoek = VerzoekenView['verzoeken'][number];
