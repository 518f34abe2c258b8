/**
 * The JSON format in which a municipality imports a new version of the question set — for instance the official
 * text of the Regeling Bibob-formulieren 2024 as Justis publishes it — and its validation.
 *
 * Format 'bibob-vragenset/1' (every field is required unless marked optional; unknown fields are refused):
 *
 * {
 *   "formaat": "bibob-vragenset/1",
 *   "id": "bibob-vragenformulier",               // the set's identity, the same for all versions
 *   "versie": "2024.1",                           // this version; a dossier keeps the version it was sent with
 *   "titel": "Bibob-vragenformulier",
 *   "bron": "Bijlage 1 Regeling Bibob-formulieren 2024, tekst van Justis van …",
 *   "standaardSelecties": {                       // optional: default selection per toepassingsgebied
 *     "wabo": ["1.1", "1.2", …], "horeca": […], "vastgoed": […]
 *   },
 *   "sections": [
 *     {
 *       "nummer": "1",                            // digits, unique
 *       "titel": "Identificatie",
 *       "toelichting": "…",                       // optional
 *       "herhaalPer": "aandeelhouder",            // optional: a block repeated per person with this role
 *       "alleenAls": { "vraag": "1.2", "is": "natuurlijk-persoon" },   // optional: skip the whole section
 *       "vragen": [
 *         {
 *           "nummer": "1.2",                      // '<section>.<n>', sub-questions '<parent>.<a>' or '<parent>.<n>'
 *           "tekst": "In welke vorm vraagt u aan?",
 *           "toelichting": "Waarom dit wordt gevraagd (art. 7a lid 2 sub e Wet Bibob).",
 *           "soort": "keuze",                     // ja-nee | tekst | bedrag | datum | keuze | personen
 *           "opties": [{ "waarde": "rechtspersoon", "label": "Als rechtspersoon" }, …],  // only for keuze (≥ 2)
 *           "verplicht": true,                    // false: answering is optional (Awb 4:4 lid 2)
 *           "bijlagen": [                         // optional
 *             { "id": "handelsregister", "omschrijving": "…", "waarom": "…",
 *               "voorwaarde": { "vraag": "1.2", "is": "rechtspersoon" } }            // voorwaarde optional
 *           ],
 *           "wordtBetrokkene": { "rol": "vermogensverschaffer", "voorwaarde": … },   // optional; rol from
 *                                                 // ../betrokkenen; only on 'personen' and 'tekst' questions;
 *                                                 // "soort": "persoon" | "rechtspersoon" optional
 *           "alleenAls": { "anyOf": [ … ] },      // optional skip logic
 *           "subvragen": [ … ],                   // optional, same shape
 *           "herkomst": "Formulier 2024, vraag 3.2"  // optional
 *         }
 *       ]
 *     }
 *   ]
 * }
 *
 * A condition is one of { "vraag": "8.2", "is": "ja" } · { "allOf": [ … ] } · { "anyOf": [ … ] } · { "not": … }.
 * "is" must be 'ja' or 'nee' for a ja-nee question and an option value for a keuze question; other kinds of
 * question cannot be tested. Inside a repeated block a condition may refer to the block's own questions; outside
 * that block it may not (whose answer would it read?). Conditions may not depend on each other in a circle.
 *
 * parseQuestionSet checks the shape first (zod) and then the rules between fields, and reports every problem
 * with its position, e.g. { pad: "sections[2].vragen[4].nummer", melding: "Vraagnummer 3.2 komt al voor …" }.
 */
import { z } from 'zod';
import { betrokkeneSoorten, rolIds, rollen } from '../betrokkenen';
import { toepassingsgebieden } from '../toepassingsgebied';
import { conditionRefs } from './conditions';
import { allQuestions, type IndexedQuestion } from './questionIndex';
import { QUESTION_SET_FORMAT, questionKinds, type Condition, type Question, type QuestionSet } from './types';

export interface ImportError {
  /** Where in the JSON, e.g. "sections[2].vragen[4].nummer"; "(document)" for the whole file. */
  readonly pad: string;
  /** In Dutch, for the coordinator. */
  readonly melding: string;
}

export type ParseResult = { readonly ok: true; readonly set: QuestionSet } | { readonly ok: false; readonly errors: readonly ImportError[] };

const SECTION_NUMBER = /^\d+$/;
const QUESTION_NUMBER = /^\d+(\.(\d+|[a-z]))+$/;
const ATTACHMENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text = z.string().trim().min(1);

const questionNumber = z
  .string()
  .regex(QUESTION_NUMBER, { error: 'Een vraagnummer bestaat uit cijfers en kleine letters gescheiden door punten, zoals 3.2 of 3.2.a.' });

const roleSchema = z.enum(rolIds, {
  error: (issue) => `Onbekende rol ${JSON.stringify(issue.input)}. Bekende rollen: ${rolIds.join(', ')}.`,
});

interface RawCondition {
  vraag?: string | undefined;
  is?: string | undefined;
  allOf?: Condition[] | undefined;
  anyOf?: Condition[] | undefined;
  not?: Condition | undefined;
}

/** One of four shapes; validated field by field so that an error deep inside names its exact position. */
export const conditionSchema: z.ZodType<Condition, unknown> = z.lazy(() =>
  z
    .strictObject({
      vraag: questionNumber.optional(),
      is: text.optional(),
      allOf: z.array(conditionSchema).min(1).optional(),
      anyOf: z.array(conditionSchema).min(1).optional(),
      not: conditionSchema.optional(),
    })
    .superRefine((raw: RawCondition, ctx) => {
      const forms = [raw.vraag !== undefined || raw.is !== undefined, raw.allOf, raw.anyOf, raw.not].filter(Boolean).length;
      if (forms !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: 'Een voorwaarde heeft precies één vorm: { "vraag", "is" }, { "allOf" }, { "anyOf" } of { "not" }.',
        });
      } else if ((raw.vraag === undefined) !== (raw.is === undefined)) {
        ctx.addIssue({ code: 'custom', path: [raw.vraag === undefined ? 'vraag' : 'is'], message: 'Een voorwaarde op een antwoord heeft zowel "vraag" als "is".' });
      }
    })
    .transform((raw: RawCondition): Condition => {
      if (raw.allOf) return { allOf: raw.allOf };
      if (raw.anyOf) return { anyOf: raw.anyOf };
      if (raw.not) return { not: raw.not };
      return { vraag: raw.vraag ?? '', is: raw.is ?? '' };
    }),
);

const attachmentSchema = z.strictObject({
  id: z.string().regex(ATTACHMENT_ID, { error: 'Een bijlage-id bestaat uit kleine letters, cijfers en streepjes, zoals "huurovereenkomst".' }),
  omschrijving: text,
  waarom: text,
  voorwaarde: conditionSchema.optional(),
});

export const questionSchema: z.ZodType<Question, unknown> = z.lazy(() =>
  z.strictObject({
    nummer: questionNumber,
    tekst: text,
    toelichting: text,
    soort: z.enum(questionKinds, { error: `Kies een soort vraag: ${questionKinds.join(', ')}.` }),
    opties: z.array(z.strictObject({ waarde: text, label: text })).optional(),
    verplicht: z.boolean(),
    bijlagen: z.array(attachmentSchema).optional(),
    wordtBetrokkene: z.strictObject({ rol: roleSchema, soort: z.enum(betrokkeneSoorten, { error: 'Kies "persoon" of "rechtspersoon".' }).optional(), voorwaarde: conditionSchema.optional() }).optional(),
    alleenAls: conditionSchema.optional(),
    subvragen: z.array(questionSchema).optional(),
    herkomst: text.optional(),
  }),
);

export const sectionSchema = z.strictObject({
  nummer: z.string().regex(SECTION_NUMBER, { error: 'Een sectienummer bestaat uit cijfers, zoals 3.' }),
  titel: text,
  toelichting: text.optional(),
  herhaalPer: roleSchema.optional(),
  alleenAls: conditionSchema.optional(),
  vragen: z.array(questionSchema).min(1),
});

export const questionSetSchema = z.strictObject({
  formaat: z.literal(QUESTION_SET_FORMAT, { error: `Dit is geen vragenset in het formaat "${QUESTION_SET_FORMAT}".` }),
  id: text,
  versie: text,
  titel: text,
  bron: text,
  sections: z.array(sectionSchema).min(1),
  standaardSelecties: z.partialRecord(z.enum(toepassingsgebieden), z.array(questionNumber)).optional(),
});

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
};

/** Dutch messages for zod's structural issues; schemas with their own message keep theirs. */
const dutchMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Dit veld ontbreekt.' : `Hier hoort ${typeNames[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      return issue.origin === 'string' ? 'Mag niet leeg zijn.' : `Hier hoort minstens ${String(issue.minimum)} element.`;
    case 'invalid_value':
      return `Ongeldige waarde. Toegestaan: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'invalid_key':
      return `Ongeldige sleutel. Toegestaan: ${toepassingsgebieden.join(', ')}.`;
    case 'invalid_format':
      return 'Ongeldig formaat.';
    default:
      return 'Ongeldige waarde.';
  }
};

function formatPath(path: readonly PropertyKey[]): string {
  let result = '';
  for (const part of path) {
    if (typeof part === 'number') result += `[${part}]`;
    else result += result === '' ? String(part) : `.${String(part)}`;
  }
  return result === '' ? '(document)' : result;
}

function structuralErrors(error: z.ZodError): ImportError[] {
  return error.issues.flatMap((issue): ImportError[] => {
    if (issue.code === 'unrecognized_keys') {
      if (issue.path.length === 1 && issue.path[0] === 'standaardSelecties') {
        return issue.keys.map((key) => ({
          pad: formatPath([...issue.path, key]),
          melding: `Onbekend toepassingsgebied "${key}". Kies uit: ${toepassingsgebieden.join(', ')}.`,
        }));
      }
      return issue.keys.map((key) => ({
        pad: formatPath([...issue.path, key]),
        melding: `Onbekend veld "${key}". Een vragenset bevat alleen de velden van het formaat ${QUESTION_SET_FORMAT}; eigen toevoegingen zijn niet toegestaan.`,
      }));
    }
    return [{ pad: formatPath(issue.path), melding: issue.message }];
  });
}

/** Every condition in the set with where it is and whose questions it may read. */
interface ConditionSite {
  readonly condition: Condition;
  readonly pad: string;
  /** The section whose repeated-block questions it may read; undefined outside repeated blocks. */
  readonly blockSection: string | undefined;
  /** The question (or section, for a section condition) whose applicability it decides. */
  readonly decides: { readonly kind: 'vraag' | 'sectie'; readonly nummer: string } | null;
}

function conditionLeaves(condition: Condition, pad: string): { vraag: string; is: string; pad: string }[] {
  if ('vraag' in condition) return [{ vraag: condition.vraag, is: condition.is, pad }];
  if ('allOf' in condition) return condition.allOf.flatMap((part, i) => conditionLeaves(part, `${pad}.allOf[${i}]`));
  if ('anyOf' in condition) return condition.anyOf.flatMap((part, i) => conditionLeaves(part, `${pad}.anyOf[${i}]`));
  return conditionLeaves(condition.not, `${pad}.not`);
}

function conditionSites(set: QuestionSet, entries: readonly IndexedQuestion[]): ConditionSite[] {
  const sites: ConditionSite[] = [];
  set.sections.forEach((section, index) => {
    if (section.alleenAls) {
      sites.push({ condition: section.alleenAls, pad: `sections[${index}].alleenAls`, blockSection: undefined, decides: { kind: 'sectie', nummer: section.nummer } });
    }
  });
  for (const { question, section, pad } of entries) {
    const blockSection = section.herhaalPer ? section.nummer : undefined;
    if (question.alleenAls) sites.push({ condition: question.alleenAls, pad: `${pad}.alleenAls`, blockSection, decides: { kind: 'vraag', nummer: question.nummer } });
    question.bijlagen?.forEach((bijlage, i) => {
      if (bijlage.voorwaarde) sites.push({ condition: bijlage.voorwaarde, pad: `${pad}.bijlagen[${i}].voorwaarde`, blockSection, decides: null });
    });
    if (question.wordtBetrokkene?.voorwaarde) {
      sites.push({ condition: question.wordtBetrokkene.voorwaarde, pad: `${pad}.wordtBetrokkene.voorwaarde`, blockSection, decides: null });
    }
  }
  return sites;
}

/** The rules between fields that a schema cannot express. Assumes the shape is valid. */
export function questionSetProblems(set: QuestionSet): ImportError[] {
  const errors: ImportError[] = [];
  const entries = allQuestions(set);

  const sectionsSeen = new Map<string, number>();
  set.sections.forEach((section, index) => {
    const earlier = sectionsSeen.get(section.nummer);
    if (earlier !== undefined) {
      errors.push({ pad: `sections[${index}].nummer`, melding: `Sectienummer ${section.nummer} komt al voor in sections[${earlier}].` });
    } else sectionsSeen.set(section.nummer, index);
  });

  const byNumber = new Map<string, IndexedQuestion>();
  for (const entry of entries) {
    const { question, section, parent, pad } = entry;
    const prefix = `${parent ?? section.nummer}.`;
    if (!question.nummer.startsWith(prefix) || question.nummer.length === prefix.length) {
      errors.push({
        pad: `${pad}.nummer`,
        melding: parent
          ? `Vraagnummer ${question.nummer} hoort als subvraag van ${parent} te beginnen met "${prefix}".`
          : `Vraagnummer ${question.nummer} hoort in sectie ${section.nummer} te beginnen met "${prefix}".`,
      });
    }
    const earlier = byNumber.get(question.nummer);
    if (earlier) {
      errors.push({ pad: `${pad}.nummer`, melding: `Vraagnummer ${question.nummer} komt al voor op ${earlier.pad}. Elk nummer is uniek.` });
    } else byNumber.set(question.nummer, entry);

    if (question.soort === 'keuze') {
      const opties = question.opties ?? [];
      if (opties.length < 2) errors.push({ pad: `${pad}.opties`, melding: `Vraag ${question.nummer} is een keuzevraag en heeft minstens twee opties nodig.` });
      const values = new Set<string>();
      opties.forEach((optie, i) => {
        if (values.has(optie.waarde)) errors.push({ pad: `${pad}.opties[${i}].waarde`, melding: `Optie "${optie.waarde}" komt twee keer voor bij vraag ${question.nummer}.` });
        values.add(optie.waarde);
      });
    } else if (question.opties) {
      errors.push({ pad: `${pad}.opties`, melding: `Vraag ${question.nummer} is geen keuzevraag en heeft daarom geen opties.` });
    }

    const attachmentIds = new Set<string>();
    question.bijlagen?.forEach((bijlage, i) => {
      if (attachmentIds.has(bijlage.id)) errors.push({ pad: `${pad}.bijlagen[${i}].id`, melding: `Bijlage-id "${bijlage.id}" komt twee keer voor bij vraag ${question.nummer}.` });
      attachmentIds.add(bijlage.id);
    });

    if (question.wordtBetrokkene && question.soort !== 'personen' && question.soort !== 'tekst') {
      errors.push({
        pad: `${pad}.wordtBetrokkene`,
        melding: `Vraag ${question.nummer} is een ${question.soort}-vraag; alleen uit een personen- of tekstvraag kan een betrokkene volgen.`,
      });
    }
  }

  // Conditions: known questions, testable values, reachable scope.
  for (const site of conditionSites(set, entries)) {
    for (const leaf of conditionLeaves(site.condition, site.pad)) {
      const target = byNumber.get(leaf.vraag);
      if (!target) {
        errors.push({ pad: `${leaf.pad}.vraag`, melding: `De voorwaarde verwijst naar vraag ${leaf.vraag}, die niet in de vragenset staat.` });
        continue;
      }
      const { question } = target;
      if (question.soort === 'ja-nee') {
        if (leaf.is !== 'ja' && leaf.is !== 'nee') errors.push({ pad: `${leaf.pad}.is`, melding: `Vraag ${leaf.vraag} is een ja-neevraag: de voorwaarde toetst op "ja" of "nee", niet op "${leaf.is}".` });
      } else if (question.soort === 'keuze') {
        const values = (question.opties ?? []).map((optie) => optie.waarde);
        if (!values.includes(leaf.is)) {
          errors.push({ pad: `${leaf.pad}.is`, melding: `Vraag ${leaf.vraag} heeft geen optie "${leaf.is}". Opties: ${values.join(', ')}.` });
        }
      } else {
        errors.push({ pad: `${leaf.pad}.vraag`, melding: `Vraag ${leaf.vraag} is een ${question.soort}-vraag; een voorwaarde kan alleen een ja-nee- of keuzevraag toetsen.` });
      }
      const targetBlock = target.section.herhaalPer ? target.section.nummer : undefined;
      if (targetBlock !== undefined && targetBlock !== site.blockSection) {
        errors.push({
          pad: `${leaf.pad}.vraag`,
          melding: `Vraag ${leaf.vraag} staat in blok ${targetBlock}, dat per persoon wordt herhaald; een voorwaarde buiten dat blok kan er niet naar verwijzen.`,
        });
      }
      if (site.decides?.kind === 'sectie' && target.section.nummer === site.decides.nummer) {
        errors.push({ pad: `${leaf.pad}.vraag`, melding: `De voorwaarde van sectie ${site.decides.nummer} kan niet afhangen van een vraag in die sectie zelf.` });
      }
    }
  }

  // Circular skip logic: question A applies only if B is answered, B only if A … (undefined with duplicates).
  if (byNumber.size === entries.length) errors.push(...cycleErrors(entries, byNumber));

  // Repeated blocks need a list of persons with their role.
  set.sections.forEach((section, index) => {
    if (!section.herhaalPer) return;
    const named = entries.some(
      (entry) => !entry.section.herhaalPer && entry.question.soort === 'personen' && entry.question.wordtBetrokkene?.rol === section.herhaalPer,
    );
    if (!named) {
      errors.push({
        pad: `sections[${index}].herhaalPer`,
        melding: `Sectie ${section.nummer} wordt herhaald per ${rollen[section.herhaalPer].label.toLowerCase()}, maar geen personenvraag buiten een herhaald blok noemt personen met die rol.`,
      });
    }
  });

  for (const gebied of toepassingsgebieden) {
    const numbers = set.standaardSelecties?.[gebied];
    const seen = new Set<string>();
    numbers?.forEach((nummer, i) => {
      const pad = `standaardSelecties.${gebied}[${i}]`;
      if (!byNumber.has(nummer)) errors.push({ pad, melding: `De standaardselectie voor ${gebied} noemt vraag ${nummer}, die niet in de vragenset staat.` });
      else if (seen.has(nummer)) errors.push({ pad, melding: `Vraag ${nummer} staat twee keer in de standaardselectie voor ${gebied}.` });
      seen.add(nummer);
    });
  }
  return errors;
}

/**
 * Whether a question applies depends on its parent, its section's condition and its own condition, and a
 * condition reads answers only of questions that apply. A cycle in that graph would make skip logic undefined.
 */
function cycleErrors(entries: readonly IndexedQuestion[], byNumber: ReadonlyMap<string, IndexedQuestion>): ImportError[] {
  const dependsOn = new Map<string, string[]>();
  for (const { question, section, parent } of entries) {
    const deps = [
      ...(parent ? [parent] : []),
      ...(section.alleenAls ? conditionRefs(section.alleenAls) : []),
      ...(question.alleenAls ? conditionRefs(question.alleenAls) : []),
    ].filter((nummer) => byNumber.has(nummer));
    dependsOn.set(question.nummer, deps);
  }
  const errors: ImportError[] = [];
  const state = new Map<string, 'bezig' | 'klaar'>();
  const reported = new Set<string>();
  const visit = (nummer: string, stack: string[]) => {
    const current = state.get(nummer);
    if (current === 'klaar') return;
    if (current === 'bezig') {
      const cycle = [...stack.slice(stack.indexOf(nummer)), nummer];
      const first = cycle[0]!;
      if (!reported.has(first)) {
        reported.add(first);
        const entry = byNumber.get(first)!;
        errors.push({ pad: `${entry.pad}.alleenAls`, melding: `De voorwaarden vormen een kring: ${cycle.join(' → ')}. Vraag ${first} kan dan nooit vaststaan.` });
      }
      return;
    }
    state.set(nummer, 'bezig');
    for (const dep of dependsOn.get(nummer) ?? []) visit(dep, [...stack, nummer]);
    state.set(nummer, 'klaar');
  };
  for (const { question } of entries) visit(question.nummer, []);
  return errors;
}

/**
 * Reads an imported question set: shape first, then the rules between fields. Refuses with every problem and
 * its position; accepts with a set that the rest of the app can trust.
 */
export function parseQuestionSet(json: unknown): ParseResult {
  const parsed = questionSetSchema.safeParse(json, { error: dutchMessages });
  if (!parsed.success) return { ok: false, errors: structuralErrors(parsed.error) };
  const set: QuestionSet = parsed.data;
  const errors = questionSetProblems(set);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, set };
}
