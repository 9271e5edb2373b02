import { facetParams } from '../search/search-filters.ts';

/**
 * The finder of one matter as plain data, and how answers lead through it. Built at build time
 * (`finder-table.ts`), embedded in the matter's page and read by the island in the browser, so
 * this module must stay free of content code: the page and the island resolve answers with the
 * same functions.
 */

/** The questions, in the order they are asked. */
export const questionKinds = ['age', 'status', 'district'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** "Don't know": no condition on this question. */
export const anyAnswer = 'any';
/** A residence status no vocabulary term names. */
export const otherStatus = 'other';

/** Ages from `min` to `max` (inclusive; `null` = no upper limit). */
export interface AgeRange {
  min: number;
  max: number | null;
}

/** What the finder shows for one situation, as ids; the page renders them. */
export interface OutcomeIds {
  /** False when the matter's own conditions (age, status) exclude the situation. */
  eligible: boolean;
  /** Indexes of the matter's allocation rows that apply (which team). */
  allocation: number[];
  /** Counselling services that fit, in directory order. */
  services: string[];
  /** Other responsibilities to turn to when this one does not apply. */
  alternatives: string[];
}

/**
 * One outcome as stored in the table, compact because it travels in the page: eligible (1 or 0),
 * allocation rows, then services and alternatives as indexes into `FinderTable.entries`.
 */
export type StoredOutcome = [eligible: 0 | 1, allocation: number[], services: number[], alternatives: number[]];

/**
 * Every outcome of one matter by age, residence status and district. A question whose answers
 * never change the outcome has a single value (age `[0, ∞)`, status or district "any") and is
 * not asked.
 */
export interface FinderTable {
  /** The responsible office (the same for every situation). */
  office: string;
  /** Ids of every service and alternative some outcome names. */
  entries: string[];
  /** Age ranges, cut wherever an age limit of the matter or one of its offers lies. */
  ages: AgeRange[];
  /** Residence status answers: vocabulary ids, then "other" and "any". */
  statuses: string[];
  /** District answers: district ids, then "any". */
  districts: string[];
  /** The distinct outcomes. */
  outcomes: StoredOutcome[];
  /** Index into `outcomes` for each (age, status, district), age first: `(a × S + s) × D + d`. */
  cells: number[];
}

/** A person's answers; absent = not answered yet. */
export interface FinderAnswers {
  age?: number;
  status?: string;
  district?: string;
}

/** Outcome number `index` of the table, with ids. */
export function outcomeAt(table: FinderTable, index: number): OutcomeIds {
  const [eligible, allocation, services, alternatives] = table.outcomes[index] ?? [1, [], [], []];
  const id = (entry: number) => table.entries[entry] ?? '';
  return { eligible: eligible === 1, allocation, services: services.map(id), alternatives: alternatives.map(id) };
}

/** Position of each answer in the table's lists. */
type Position = Record<QuestionKind, number>;

/** Outcome index of one cell. */
export function cellAt(table: FinderTable, { age, status, district }: Position): number {
  return table.cells[(age * table.statuses.length + status) * table.districts.length + district] ?? 0;
}

function sizeOf(table: FinderTable, kind: QuestionKind): number {
  return kind === 'age' ? table.ages.length : kind === 'status' ? table.statuses.length : table.districts.length;
}

/** Index of the age range holding an age. */
export function ageIndex(table: FinderTable, age: number): number {
  const index = table.ages.findIndex((range) => age >= range.min && (range.max === null || age <= range.max));
  return Math.max(0, index);
}

/** Where an answer sits in the table, or undefined when it is missing or unknown. */
function answerIndex(table: FinderTable, kind: QuestionKind, answers: FinderAnswers): number | undefined {
  if (sizeOf(table, kind) === 1) return 0;
  if (kind === 'age') return answers.age === undefined ? undefined : ageIndex(table, answers.age);
  const value = answers[kind];
  if (value === undefined) return undefined;
  const list = kind === 'status' ? table.statuses : table.districts;
  const index = list.indexOf(value);
  return index >= 0 ? index : undefined;
}

/** The index a question stands at when it was not asked ("any" when there is such an answer). */
function defaultIndex(table: FinderTable, kind: QuestionKind): number {
  if (kind === 'age') return 0;
  const list = kind === 'status' ? table.statuses : table.districts;
  return Math.max(0, list.indexOf(anyAnswer));
}

/**
 * Does the answer to `kind` change the outcome, given the answers before it? Compared over every
 * combination of the later questions, as the old step pages did.
 */
function matters(table: FinderTable, kind: QuestionKind, fixed: Partial<Position>): boolean {
  const position = questionKinds.indexOf(kind);
  const later = questionKinds.slice(position + 1);
  let combos: Partial<Position>[] = [{}];
  for (const other of later) {
    combos = combos.flatMap((combo) => Array.from({ length: sizeOf(table, other) }, (_, index) => ({ ...combo, [other]: index })));
  }
  const seen = new Set<string>();
  for (let value = 0; value < sizeOf(table, kind); value++) {
    seen.add(combos.map((combo) => cellAt(table, { ...fixed, ...combo, [kind]: value } as Position)).join(','));
    if (seen.size > 1) return true;
  }
  return false;
}

/** Positions of the answers so far, earlier questions that do not matter at their default. */
function settle(table: FinderTable, answers: FinderAnswers): { fixed: Partial<Position>; next?: QuestionKind } {
  const fixed: Partial<Position> = {};
  for (const kind of questionKinds) {
    const index = answerIndex(table, kind, answers);
    if (index !== undefined) fixed[kind] = index;
    else if (matters(table, kind, fixed)) return { fixed, next: kind };
    else fixed[kind] = defaultIndex(table, kind);
  }
  return { fixed };
}

/** The next question worth asking, or undefined when the answers lead to one outcome. */
export function nextQuestion(table: FinderTable, answers: FinderAnswers): QuestionKind | undefined {
  return settle(table, answers).next;
}

/** The questions that make a difference to this person (asked or still to ask), in order. */
export function questionsFor(table: FinderTable, answers: FinderAnswers): QuestionKind[] {
  const fixed: Partial<Position> = {};
  const asked: QuestionKind[] = [];
  for (const kind of questionKinds) {
    const index = answerIndex(table, kind, answers);
    if (matters(table, kind, fixed)) asked.push(kind);
    fixed[kind] = index ?? defaultIndex(table, kind);
  }
  return asked;
}

/** The outcome for the answers, once no question is left (`nextQuestion` is undefined). */
export function outcomeOf(table: FinderTable, answers: FinderAnswers): OutcomeIds | undefined {
  const { fixed, next } = settle(table, answers);
  if (next) return undefined;
  return outcomeAt(table, cellAt(table, fixed as Position));
}

/** A status id as the table knows it: unknown ids count as "another status". */
export function statusAnswer(table: FinderTable, status: string): string {
  return table.statuses.includes(status) || !table.statuses.includes(otherStatus) ? status : otherStatus;
}

/** Answers from URL parameters (`?age=30&status=schutz-24&district=altstadt`), the search facets' names. */
export function readFinderAnswers(params: URLSearchParams): FinderAnswers {
  const answers: FinderAnswers = {};
  const age = Number.parseInt(params.get('age') ?? '', 10);
  if (Number.isFinite(age) && age >= 0 && age <= 120) answers.age = age;
  const status = params.get(facetParams['residence-statuses']);
  if (status) answers.status = status;
  const district = params.get(facetParams.districts);
  if (district) answers.district = district;
  return answers;
}

/** URL query for answers (empty string when there are none), in question order. */
export function finderAnswersQuery(answers: FinderAnswers): string {
  const params = new URLSearchParams();
  if (answers.age !== undefined) params.set('age', String(answers.age));
  if (answers.status) params.set(facetParams['residence-statuses'], answers.status);
  if (answers.district) params.set(facetParams.districts, answers.district);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The answers up to (not including) one question: what "change" goes back to. */
export function answersBefore(answers: FinderAnswers, kind: QuestionKind): FinderAnswers {
  const kept: FinderAnswers = {};
  for (const earlier of questionKinds.slice(0, questionKinds.indexOf(kind))) {
    if (earlier === 'age' && answers.age !== undefined) kept.age = answers.age;
    if (earlier === 'status' && answers.status !== undefined) kept.status = answers.status;
  }
  return kept;
}
