import type { CallOutput, ParsedInput } from '../../src/contract';
import {
  bewaarbronnen,
  bewaartermijnProblemen,
  bronMetAdviesOfBevindingen,
  standaardBewaartermijnen,
  type Bewaartermijnen,
} from '../../src/domain/bewaartermijn';
import { outcomeLabel } from '../../src/domain/workflow';
import { uitkomstIds } from '../../src/domain/uitkomsten';
import type { VaultDatabase } from '../vault/database';
import { readSetting, writeSetting } from '../vault/repositories/settings';
import { inTransactionWithAudit, type ServiceContext } from './context';
import { problemsError } from './problems';

/** The setting that holds the municipality's bewaartermijnen (JSON); absent: the defaults. */
export const BEWAARTERMIJNEN_SETTING = 'bewaartermijnen';

/** The stored periods over the defaults, so an uitkomst added in a later version starts at its default. */
export function readBewaartermijnen(db: VaultDatabase): Bewaartermijnen {
  const stored = readSetting(db, BEWAARTERMIJNEN_SETTING);
  if (stored === null) return standaardBewaartermijnen;
  const parsed = JSON.parse(stored) as Partial<Bewaartermijnen>;
  return {
    perUitkomst: { ...standaardBewaartermijnen.perUitkomst, ...parsed.perUitkomst },
    metAdviesOfBevindingen: parsed.metAdviesOfBevindingen ?? standaardBewaartermijnen.metAdviesOfBevindingen,
  };
}

function view(termijnen: Bewaartermijnen): CallOutput<'bewaartermijnen.get'> {
  return {
    termijnen: { perUitkomst: { ...termijnen.perUitkomst }, metAdviesOfBevindingen: termijnen.metAdviesOfBevindingen },
    standaard: { perUitkomst: { ...standaardBewaartermijnen.perUitkomst }, metAdviesOfBevindingen: standaardBewaartermijnen.metAdviesOfBevindingen },
    uitkomsten: uitkomstIds.map((uitkomst) => ({ uitkomst, label: outcomeLabel(uitkomst, 'horeca'), bron: bewaarbronnen[uitkomst] })),
    bronMetAdviesOfBevindingen,
  };
}

export function getBewaartermijnen(ctx: ServiceContext): CallOutput<'bewaartermijnen.get'> {
  return view(readBewaartermijnen(ctx.vault.database()));
}

/** Stores the periods; refuses, each at its field, what the rules refuse (fewer than 5 years under art. 29 Wet Bibob). */
export function saveBewaartermijnen(ctx: ServiceContext, input: ParsedInput<'bewaartermijnen.save'>): CallOutput<'bewaartermijnen.save'> {
  const problemen = bewaartermijnProblemen(input);
  if (problemen.length > 0) throw problemsError('De bewaartermijnen zijn niet opgeslagen: controleer de gemarkeerde velden.', problemen);
  return inTransactionWithAudit(ctx, (db) => {
    const before = readBewaartermijnen(db);
    writeSetting(db, BEWAARTERMIJNEN_SETTING, JSON.stringify(input));
    const changes = Object.fromEntries(
      [
        ...uitkomstIds.filter((id) => before.perUitkomst[id] !== input.perUitkomst[id]).map((id) => [id, [before.perUitkomst[id], input.perUitkomst[id]]]),
        ...(before.metAdviesOfBevindingen !== input.metAdviesOfBevindingen ? [['metAdviesOfBevindingen', [before.metAdviesOfBevindingen, input.metAdviesOfBevindingen]]] : []),
      ],
    );
    return { result: view(input), audit: { action: 'bewaartermijnen.gewijzigd', entityType: 'instelling', entityId: null, details: changes } };
  });
}
