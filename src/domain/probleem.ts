/**
 * A rule that does not hold, at the field it concerns: `pad` names the field (dotted, as in the contract's
 * issues), `melding` says in Dutch what is wrong. Every rule module of the domain answers with these.
 */
export interface Probleem {
  readonly pad: string;
  readonly melding: string;
}
