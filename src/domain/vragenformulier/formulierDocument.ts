import type { AnswerValue, Condition, Question, QuestionKind, QuestionSet } from './types';

/**
 * The Bibob-vragenformulier as the document the applicant fills in (issue 20 §4; ../shared/bibob-domain.md §10: the
 * form itself, enclosed, not pages of bullets inside the letter): the selected questions numbered as in the set,
 * each with room for the answer, the attachments to enclose, and the declaration with signature. What the app
 * already knows before the form goes out — for now the applicant's form (natural person or legal person, question
 * 1.2) — decides which parts apply: a section, question or attachment whose condition cannot hold any more is left
 * out (a B.V. gets no "aanvrager als natuurlijk persoon"); one that depends on answers still to come stays in.
 */

export interface FormulierVraag {
  readonly nummer: string;
  readonly tekst: string;
  readonly soort: QuestionKind;
  readonly verplicht: boolean;
  /** For a multiple-choice question: the options to tick. */
  readonly opties: readonly string[];
  /** Sub-questions sit under their question, numbered on. */
  readonly niveau: number;
}

export interface FormulierSectie {
  readonly nummer: string;
  readonly titel: string;
  readonly toelichting: string | null;
  /** A block filled in once per person of this kind ("bestuurder"), or null. */
  readonly perPersoon: string | null;
  readonly vragen: readonly FormulierVraag[];
}

export interface FormulierBijlage {
  readonly omschrijving: string;
  readonly bijVraag: string;
}

export interface FormulierDocument {
  readonly titel: string;
  readonly secties: readonly FormulierSectie[];
  readonly bijlagen: readonly FormulierBijlage[];
}

type Drie = true | false | 'onbekend';

/** A condition on partial knowledge: true or false when the known answers decide it, otherwise unknown. */
function beslist(condition: Condition, bekend: Readonly<Record<string, AnswerValue>>): Drie {
  if ('vraag' in condition) return condition.vraag in bekend ? bekend[condition.vraag] === condition.is : 'onbekend';
  if ('allOf' in condition) {
    const delen = condition.allOf.map((deel) => beslist(deel, bekend));
    return delen.includes(false) ? false : delen.every((deel) => deel === true) ? true : 'onbekend';
  }
  if ('anyOf' in condition) {
    const delen = condition.anyOf.map((deel) => beslist(deel, bekend));
    return delen.includes(true) ? true : delen.every((deel) => deel === false) ? false : 'onbekend';
  }
  const binnen = beslist(condition.not, bekend);
  return binnen === 'onbekend' ? 'onbekend' : !binnen;
}

const kanGelden = (condition: Condition | undefined, bekend: Readonly<Record<string, AnswerValue>>) => condition === undefined || beslist(condition, bekend) !== false;

/** A question with its sub-questions, as far as each can still apply. */
function alleVragen(vragen: readonly Question[], bekend: Readonly<Record<string, AnswerValue>>): Question[] {
  return vragen.filter((vraag) => kanGelden(vraag.alleenAls, bekend)).flatMap((vraag) => [vraag, ...alleVragen(vraag.subvragen ?? [], bekend)]);
}

/** The persons a repeated block is for, as the form names them. */
const PERSOON_LABELS: Readonly<Record<string, string>> = {
  vennoot: 'vennoot',
  bestuurder: 'bestuurder',
  aandeelhouder: 'aandeelhouder',
  ubo: 'uiteindelijk belanghebbende',
  leidinggevende: 'leidinggevende',
};

/**
 * The form for a selected questionnaire (selectedQuestionnaire: only the selected questions) and what is known
 * already (answers by question number outside repeated blocks).
 */
export function formulierDocument(vragenlijst: QuestionSet, bekend: Readonly<Record<string, AnswerValue>>): FormulierDocument {
  const bijlagen: FormulierBijlage[] = [];
  const vragenVan = (vragen: readonly Question[], niveau: number): FormulierVraag[] =>
    vragen
      .filter((vraag) => kanGelden(vraag.alleenAls, bekend))
      .flatMap((vraag) => {
        for (const bijlage of vraag.bijlagen ?? []) {
          if (kanGelden(bijlage.voorwaarde, bekend)) bijlagen.push({ omschrijving: bijlage.omschrijving, bijVraag: vraag.nummer });
        }
        const eigen: FormulierVraag = { nummer: vraag.nummer, tekst: vraag.tekst, soort: vraag.soort, verplicht: vraag.verplicht, opties: (vraag.opties ?? []).map((optie) => optie.label), niveau };
        return [eigen, ...vragenVan(vraag.subvragen ?? [], niveau + 1)];
      });
  // A block repeated per person applies only when a question that names such persons can still apply: a B.V. has
  // no vennoten (question 1.8 holds only for a personenvennootschap), so no block "Vennoten".
  const genoemd = new Set(
    vragenlijst.sections
      .filter((sectie) => !sectie.herhaalPer && kanGelden(sectie.alleenAls, bekend))
      .flatMap((sectie) => alleVragen(sectie.vragen, bekend))
      .filter((vraag) => vraag.soort === 'personen' && vraag.wordtBetrokkene)
      .map((vraag) => vraag.wordtBetrokkene!.rol as string),
  );
  const secties = vragenlijst.sections
    .filter((sectie) => kanGelden(sectie.alleenAls, bekend) && (!sectie.herhaalPer || genoemd.has(sectie.herhaalPer)))
    .map(
      (sectie): FormulierSectie => ({
        nummer: sectie.nummer,
        titel: sectie.titel,
        toelichting: sectie.toelichting ?? null,
        perPersoon: sectie.herhaalPer ? (PERSOON_LABELS[sectie.herhaalPer] ?? sectie.herhaalPer) : null,
        vragen: vragenVan(sectie.vragen, 0),
      }),
    )
    .filter((sectie) => sectie.vragen.length > 0);
  return { titel: 'Bibob-vragenformulier', secties, bijlagen };
}

/**
 * What the vault knows of the applicant that answers question 1.2 ("In welke vorm doet u de aanvraag?") of the base
 * set: a betrokkene recorded as a natural person or as a legal person. A legal person with a rechtsvorm of a
 * personenvennootschap (vof, cv, maatschap) is left undecided: the applicant answers that himself.
 */
export function bekendeAntwoorden(aanvrager: { soort: string; rechtsvorm: string | null } | null, vragenlijst: QuestionSet): Record<string, AnswerValue> {
  const vraag = vragenlijst.sections.flatMap((sectie) => sectie.vragen).find((entry) => entry.nummer === '1.2' && entry.soort === 'keuze');
  if (!aanvrager || !vraag) return {};
  const waarden = new Set((vraag.opties ?? []).map((optie) => optie.waarde));
  if (aanvrager.soort === 'persoon' && waarden.has('natuurlijk-persoon')) return { '1.2': 'natuurlijk-persoon' };
  const personenvennootschap = /\b(v\.?o\.?f|vennootschap onder firma|c\.?v|commanditaire|maatschap)\b/i.test(aanvrager.rechtsvorm ?? '');
  if (aanvrager.soort === 'rechtspersoon' && !personenvennootschap && waarden.has('rechtspersoon')) return { '1.2': 'rechtspersoon' };
  return {};
}
