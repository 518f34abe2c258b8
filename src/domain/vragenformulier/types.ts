/**
 * The Bibob-vragenformulier as versioned data (../shared/bibob-domain.md §6): sections, questions and
 * sub-questions with stable numbers, blocks repeated per person, skip logic, the attachments each answer
 * requires, and the answers that make someone a betrokkene (Wet Bibob art. 3 lid 4, art. 7a lid 2).
 *
 * A municipality composes its vragenlijst by selecting questions from the set only — never by adding its own
 * (art. 4 and 5 Regeling Bibob-formulieren 2024). A dossier keeps the set version and selection it was sent with.
 */
import type { BetrokkeneSoort, Rol } from '../betrokkenen';
import type { Toepassingsgebied } from '../toepassingsgebied';

/** The role ids of ../betrokkenen: an answer "becomes a betrokkene" in one of these roles. */
export type RoleId = Rol;

export const QUESTION_SET_FORMAT = 'bibob-vragenset/1' as const;

export const questionKinds = ['ja-nee', 'tekst', 'bedrag', 'datum', 'keuze', 'personen'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/**
 * A small expression on answers. `{ vraag, is }` holds when question `vraag` applies and its answer equals `is`
 * ('ja' or 'nee' for a ja-nee question, an option value for a keuze question). An unanswered or inapplicable
 * question makes `{ vraag, is }` false. `not` negates, so `{ not: { vraag, is } }` also holds while unanswered.
 * Inside a block repeated per person, a reference to a question of the same block reads that person's answer.
 */
export type Condition =
  | { readonly vraag: string; readonly is: string }
  | { readonly allOf: readonly Condition[] }
  | { readonly anyOf: readonly Condition[] }
  | { readonly not: Condition };

export interface Option {
  /** Stored as the answer and used in conditions, e.g. 'rechtspersoon'. */
  readonly waarde: string;
  /** Shown to the applicant and in explanations. */
  readonly label: string;
}

export interface AttachmentRequirement {
  /** Unique within its question; `nummer#id` names the item in the completeness overview. */
  readonly id: string;
  readonly omschrijving: string;
  /** Why the attachment is needed, with its legal basis. */
  readonly waarom: string;
  /** Required only while this holds; without it the attachment is required whenever its question applies. */
  readonly voorwaarde?: Condition;
}

export interface BecomesBetrokkene {
  readonly rol: RoleId;
  /**
   * The kind of person a 'tekst' answer names, which the name alone does not tell (a 'personen' answer says it per
   * person): the statutory name of a company is a rechtspersoon in the vault, whatever its legal form.
   */
  readonly soort?: BetrokkeneSoort;
  /** Only while this holds. */
  readonly voorwaarde?: Condition;
}

export interface Question {
  /** Stable, unique in the set, and starting with its section's (or parent question's) number: '3.2', '3.2.a'. */
  readonly nummer: string;
  readonly tekst: string;
  /** Why the question is asked, with its legal basis: shown in the completeness overview and the herstelverzoek. */
  readonly toelichting: string;
  readonly soort: QuestionKind;
  /** Only and always for 'keuze'. */
  readonly opties?: readonly Option[];
  /** False: answering is optional, and the form says so (Awb 4:4 lid 2). */
  readonly verplicht: boolean;
  readonly bijlagen?: readonly AttachmentRequirement[];
  /** The persons named in a 'personen' answer, or the name given in a 'tekst' answer, become betrokkenen. */
  readonly wordtBetrokkene?: BecomesBetrokkene;
  /** Skip logic: the question applies only while this holds. */
  readonly alleenAls?: Condition;
  /** Applicable only while their parent question applies. */
  readonly subvragen?: readonly Question[];
  /** Where the question comes from in the official forms (traceability), e.g. 'Formulieren 2013, vraag 6C'. */
  readonly herkomst?: string;
}

export interface Section {
  /** '1', '2', …: unique in the set. */
  readonly nummer: string;
  readonly titel: string;
  readonly toelichting?: string;
  /**
   * A block repeated for every person named, in a 'personen' question outside repeated blocks, with this role
   * (wordtBetrokkene.rol). Answers inside the block are kept per person.
   */
  readonly herhaalPer?: RoleId;
  /** The whole section applies only while this holds (it may refer only to questions outside repeated blocks). */
  readonly alleenAls?: Condition;
  readonly vragen: readonly Question[];
}

export interface QuestionSet {
  readonly formaat: typeof QUESTION_SET_FORMAT;
  /** The question set's identity, the same for all its versions. */
  readonly id: string;
  readonly versie: string;
  readonly titel: string;
  /** Where the text comes from, and how authoritative it is. */
  readonly bron: string;
  readonly sections: readonly Section[];
  /** Question numbers selected by default per toepassingsgebied; without one, the default is the whole set. */
  readonly standaardSelecties?: Readonly<Partial<Record<Toepassingsgebied, readonly string[]>>>;
}

/** The questions a dossier's vragenlijst contains: a selection from one version of one set, nothing else. */
export interface Selection {
  readonly setId: string;
  readonly versie: string;
  /** Question and sub-question numbers, in the set's order. */
  readonly vragen: readonly string[];
}

/** One person (or legal entity) named in a 'personen' answer. `id` is assigned by the app and stays stable. */
export interface PersonEntry {
  readonly id: string;
  readonly naam: string;
  readonly soort?: BetrokkeneSoort;
  readonly adres?: string;
  readonly geboortedatum?: string;
  readonly kvkNummer?: string;
  /** Share or control percentage, for aandeelhouders and UBO's. */
  readonly percentage?: number;
}

/**
 * One answer: 'ja' | 'nee' for ja-nee; the option's `waarde` for keuze; text for tekst; 'YYYY-MM-DD' for datum;
 * a number of euros for bedrag; a list of persons for personen.
 */
export type AnswerValue = string | number | readonly PersonEntry[];

/**
 * The answers to one dossier's vragenlijst.
 * - `algemeen`: question number → answer, for questions outside repeated blocks.
 * - `perPersoon`: person id (a PersonEntry.id from the 'personen' answer that named the person) → question
 *   number → answer, for questions inside blocks repeated per person. Question numbers are unique in the set,
 *   so a person who is both bestuurder and aandeelhouder keeps both blocks' answers in one record.
 */
export interface Answers {
  readonly algemeen: Readonly<Record<string, AnswerValue>>;
  readonly perPersoon: Readonly<Record<string, Readonly<Record<string, AnswerValue>>>>;
}

export const itemStatuses = ['ontvangen', 'ontbreekt', 'onvolledig', 'niet-van-toepassing'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** What the coordinator recorded for one item (a question or a required attachment, see itemKey). */
export interface StatusRecord {
  /** Absent when nothing was recorded for the item but files are linked to it: the status is then derived. */
  readonly status?: ItemStatus;
  readonly notitie?: string;
  /** Ids of the stored attachment files linked to this item. */
  readonly bestanden?: readonly string[];
}

/** Item key → recorded status. */
export type ItemStatuses = Readonly<Record<string, StatusRecord>>;
