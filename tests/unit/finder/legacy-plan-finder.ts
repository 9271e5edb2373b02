/**
 * FROZEN COPY of src/lib/finder/plan-finder.ts as it was before the finder became one page per
 * matter (commit eb7e355). It is the reference of what the old static finder pages showed, for
 * tests/unit/finder/finder-outcomes.test.ts. Do not change it: it stands for pages that no
 * longer exist. `legacyOutcome` (at the end) follows the old pages' links for one person.
 */
import { entriesOf, type Directory, type DirectoryEntry } from '#src/lib/content/directory.ts';

/**
 * The "who is responsible?" finder as pure data: for each matter (a responsibility), which
 * questions make a difference (age, residence status, district), the choices of each, and the
 * outcome (responsible office, fitting counselling services, alternatives).
 *
 * Every combination of answers is a static page, so the number of pages must stay small. A
 * question is asked only when its answers lead to different outcomes, and answers that lead to
 * the same outcome share one page (their choice links point to the same class). Outcomes are
 * computed over all combinations, so merging never hides a difference.
 */

export type StepKind = 'age' | 'status' | 'district';
export const stepOrder: readonly StepKind[] = ['age', 'status', 'district'];

/** "Don't know": no condition on this question. */
export const anyChoice = 'any';
/** A residence status no entry names. */
export const otherStatus = 'other';

/** An age range [min, max] (max null = no upper limit) with an id such as "12-26" or "27-". */
export interface AgeBucket {
  id: string;
  min: number;
  max: number | null;
}

/** One answer as the visitor sees it, pointing at the class page it leads to. */
export interface FinderChoice {
  /** Id of this answer (age bucket, status id, district id, or "any"/"other"). */
  id: string;
  /** Id of the class of answers with the same outcome: the URL segment. */
  classId: string;
}

/** A question worth asking for one matter. */
export interface FinderStep {
  kind: StepKind;
  choices: FinderChoice[];
  /** Answers per class id, for showing what a class page stands for. */
  classes: Map<string, string[]>;
}

/** Answers so far: per step the class id (the first member stands for the class). */
export type FinderAnswers = Partial<Record<StepKind, string>>;

/** What the finder recommends. */
export interface FinderOutcome {
  responsibility: DirectoryEntry<'responsibilities'>;
  /** False when the responsibility's conditions (age, status) exclude the answers given. */
  eligible: boolean;
  office: DirectoryEntry | undefined;
  /** Allocation rows of the responsibility that apply (by district when one was given). */
  allocation: number[];
  services: DirectoryEntry<'services'>[];
  /** Other responsibilities of the same topics that fit, and the handovers. */
  alternatives: DirectoryEntry<'responsibilities'>[];
}

type Data = Record<string, unknown>;
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

interface Situation {
  age?: AgeBucket;
  status?: string;
  district?: string;
}

function fitsAge(data: Data, age: AgeBucket | undefined): boolean {
  if (!age) return true;
  const min = typeof data['ageMin'] === 'number' ? data['ageMin'] : undefined;
  const max = typeof data['ageMax'] === 'number' ? data['ageMax'] : undefined;
  return (min === undefined || age.min >= min) && (max === undefined || age.min <= max);
}

function fitsStatus(data: Data, status: string | undefined): boolean {
  const statuses = list(data['residenceStatuses']);
  if (statuses.length === 0 || status === undefined) return true;
  return statuses.includes(status);
}

function fitsDistrict(data: Data, district: string | undefined): boolean {
  const districts = list(data['districts']);
  return districts.length === 0 || district === undefined || districts.includes(district);
}

function sharesTopic(a: DirectoryEntry, b: DirectoryEntry): boolean {
  const topics = list((a.data as Data)['topics']);
  return list((b.data as Data)['topics']).some((topic) => topics.includes(topic));
}

/** Counselling services on the topics of a responsibility: the finder's candidates. */
export function candidateServices(directory: Directory, responsibility: DirectoryEntry<'responsibilities'>): DirectoryEntry<'services'>[] {
  return entriesOf(directory, 'services').filter((service) => sharesTopic(responsibility, service));
}

function districtLabel(directory: Directory, id: string): string {
  return directory.site.districts.find((district) => district.id === id)?.label.de ?? id;
}

/** The outcome for a responsibility and a situation. */
export function finderOutcome(
  directory: Directory,
  responsibility: DirectoryEntry<'responsibilities'>,
  situation: Situation,
  servicesByStatus = true,
): FinderOutcome {
  const data = responsibility.data as Data;
  const eligible = fitsAge(data, situation.age) && fitsStatus(data, situation.status);
  const services = candidateServices(directory, responsibility).filter((service) => {
    const serviceData = service.data as Data;
    return (
      fitsAge(serviceData, situation.age) &&
      (!servicesByStatus || fitsStatus(serviceData, situation.status)) &&
      fitsDistrict(serviceData, situation.district)
    );
  });
  const rows = (data['allocation'] as { criterion: string; value: string }[] | undefined) ?? [];
  const allocation = rows.flatMap((row, index) => {
    if (row.criterion !== 'district' || situation.district === undefined) return [index];
    return row.value.toLocaleLowerCase('de').includes(districtLabel(directory, situation.district).toLocaleLowerCase('de')) ? [index] : [];
  });
  const handovers = list(data['handoverTo']);
  const alternatives = eligible
    ? []
    : entriesOf(directory, 'responsibilities').filter((other) => {
        if (other.id === responsibility.id) return false;
        const otherData = other.data as Data;
        const related = handovers.includes(other.id) || sharesTopic(responsibility, other);
        return related && fitsAge(otherData, situation.age) && fitsStatus(otherData, situation.status);
      });
  return { responsibility, eligible, office: directory.byId.get(String(data['office'])), allocation, services, alternatives };
}

function signature(outcome: FinderOutcome): string {
  return JSON.stringify([outcome.eligible, outcome.allocation, outcome.services.map((s) => s.id), outcome.alternatives.map((a) => a.id)]);
}

/** Age buckets cut at every age limit of the responsibility and its candidate services. */
export function ageBuckets(entries: DirectoryEntry[]): AgeBucket[] {
  const cuts = new Set<number>();
  for (const entry of entries) {
    const data = entry.data as Data;
    if (typeof data['ageMin'] === 'number' && data['ageMin'] > 0) cuts.add(data['ageMin']);
    if (typeof data['ageMax'] === 'number' && data['ageMax'] < 120) cuts.add(data['ageMax'] + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const buckets: AgeBucket[] = [];
  let start = 0;
  for (const cut of sorted) {
    buckets.push({ id: `${start}-${cut - 1}`, min: start, max: cut - 1 });
    start = cut;
  }
  buckets.push({ id: `${start}-`, min: start, max: null });
  return buckets;
}

/** The bucket an age id stands for. */
export function parseAgeBucket(id: string): AgeBucket | undefined {
  const match = /^(\d+)-(\d*)$/.exec(id);
  if (!match) return undefined;
  return { id, min: Number(match[1]), max: match[2] === '' ? null : Number(match[2]) };
}

/** The situation a set of class answers stands for (each class by its first member). */
function situationOf(answers: FinderAnswers): Situation {
  const situation: Situation = {};
  const age = answers.age && answers.age !== anyChoice ? parseAgeBucket(answers.age) : undefined;
  if (age) situation.age = age;
  if (answers.status && answers.status !== anyChoice) situation.status = answers.status;
  if (answers.district && answers.district !== anyChoice) situation.district = answers.district;
  return situation;
}

/** The outcome for class answers. */
export function outcomeFor(
  directory: Directory,
  responsibility: DirectoryEntry<'responsibilities'>,
  answers: FinderAnswers,
  servicesByStatus = true,
): FinderOutcome {
  return finderOutcome(directory, responsibility, situationOf(answers), servicesByStatus);
}

/** The answers each question could get for a matter (before grouping into classes). */
function optionsFor(directory: Directory, responsibility: DirectoryEntry<'responsibilities'>): Record<StepKind, string[]> {
  const involved: DirectoryEntry[] = [responsibility, ...candidateServices(directory, responsibility)];
  const statusOrder = (directory.vocabularies['residence-statuses'] ?? []).map((term) => term.id);
  const named = new Set(involved.flatMap((entry) => list((entry.data as Data)['residenceStatuses'])));
  return {
    age: ageBuckets(involved).map((bucket) => bucket.id),
    status: [
      ...statusOrder.filter((id) => named.has(id)),
      ...[...named].filter((id) => !statusOrder.includes(id)),
      ...(named.size > 0 ? [otherStatus] : []),
    ],
    district: directory.site.districts.map((district) => district.id),
  };
}

/**
 * The next question worth asking after `answers`: the first step (in order) whose answers,
 * given what is known, lead to more than one outcome. Answers with equal outcomes over every
 * combination of the later questions form one class.
 */
export function nextQuestion(
  directory: Directory,
  responsibility: DirectoryEntry<'responsibilities'>,
  answers: FinderAnswers,
  options: Record<StepKind, string[]> = optionsFor(directory, responsibility),
  asked: readonly StepKind[] = stepOrder,
  servicesByStatus = true,
): FinderStep | undefined {
  const open = asked.filter((kind) => answers[kind] === undefined);
  for (const [position, kind] of open.entries()) {
    if (options[kind].length === 0) continue;
    const later = open.slice(position + 1);
    let combos: FinderAnswers[] = [{}];
    for (const other of later)
      combos = combos.flatMap((combo) => [anyChoice, ...options[other]].map((value) => ({ ...combo, [other]: value })));
    const classes = new Map<string, string[]>();
    const bySignature = new Map<string, string>();
    const choices: FinderChoice[] = [];
    for (const value of options[kind]) {
      const vector = combos
        .map((combo) => signature(outcomeFor(directory, responsibility, { ...answers, ...combo, [kind]: value }, servicesByStatus)))
        .join('|');
      let classId = bySignature.get(vector);
      if (!classId) bySignature.set(vector, (classId = value));
      classes.set(classId, [...(classes.get(classId) ?? []), value]);
      choices.push({ id: value, classId });
    }
    if (classes.size <= 1) continue;
    // Everybody knows their age; residence status and district may be unclear to a newcomer.
    if (kind !== 'age') {
      classes.set(anyChoice, [anyChoice]);
      choices.push({ id: anyChoice, classId: anyChoice });
    }
    return { kind, choices, classes };
  }
  return undefined;
}

/**
 * Most result pages one matter may have. Each is built in every language, so a matter whose
 * three questions would multiply beyond this drops the district question, then the age
 * question; its result page then lists the offers with their conditions instead.
 */
export const resultPageBudget = 24;

/** Which questions a matter asks, and whether counselling is picked by residence status too. */
export interface FinderPlan {
  asked: readonly StepKind[];
  /**
   * False when picking counselling by status would split the status question into too many
   * pages: the status then decides only the office's part, and the result lists the counselling
   * of the other answers with its status conditions.
   */
  servicesByStatus: boolean;
}

/** The most precise plan of a matter within the page budget. */
export function planFinder(
  directory: Directory,
  responsibility: DirectoryEntry<'responsibilities'>,
  options: Record<StepKind, string[]> = optionsFor(directory, responsibility),
): FinderPlan {
  const candidates: FinderPlan[] = [
    { asked: ['age', 'status', 'district'], servicesByStatus: true },
    { asked: ['age', 'status'], servicesByStatus: true },
    { asked: ['age', 'status', 'district'], servicesByStatus: false },
    { asked: ['age', 'status'], servicesByStatus: false },
    { asked: ['status'], servicesByStatus: true },
  ];
  for (const plan of candidates) {
    let results = 0;
    const count = (answers: FinderAnswers): void => {
      if (results > resultPageBudget) return;
      const question = nextQuestion(directory, responsibility, answers, options, plan.asked, plan.servicesByStatus);
      if (!question) {
        results++;
        return;
      }
      for (const classId of question.classes.keys()) count({ ...answers, [question.kind]: classId });
    };
    count({});
    if (results <= resultPageBudget) return plan;
  }
  return { asked: ['status'], servicesByStatus: false };
}

/** One answered question on the way to a page. */
export interface FinderAnswered {
  step: FinderStep;
  classId: string;
}

/** One static page of the finder for a matter. */
export interface FinderPage {
  responsibility: DirectoryEntry<'responsibilities'>;
  /** Questions answered so far, in order; their class ids are the URL segments. */
  answered: FinderAnswered[];
  answers: FinderAnswers;
  /** The question this page asks, or undefined on the result page. */
  question?: FinderStep;
  /** Number of steps on the longest way through this page (matter and result included). */
  total: number;
  servicesByStatus: boolean;
}

/** Every page of the finder for every matter (the start page with the matters excluded). */
export function finderPages(directory: Directory): FinderPage[] {
  const pages: FinderPage[] = [];
  for (const responsibility of entriesOf(directory, 'responsibilities')) {
    const options = optionsFor(directory, responsibility);
    const { asked, servicesByStatus } = planFinder(directory, responsibility, options);
    const walk = (answered: FinderAnswered[], answers: FinderAnswers): number => {
      const question = nextQuestion(directory, responsibility, answers, options, asked, servicesByStatus);
      const page: FinderPage = {
        responsibility,
        answered,
        answers,
        ...(question ? { question } : {}),
        total: answered.length + 2,
        servicesByStatus,
      };
      pages.push(page);
      if (question) {
        for (const classId of question.classes.keys()) {
          page.total = Math.max(page.total, walk([...answered, { step: question, classId }], { ...answers, [question.kind]: classId }));
        }
      }
      return page.total;
    };
    walk([], {});
  }
  return pages;
}

/** URL segments of a page after the matter id. */
export function finderSegments(page: Pick<FinderPage, 'answered'>): string[] {
  return page.answered.map((answer) => answer.classId);
}

// --- Navigation over the old pages (not part of the old module) ---

/** One person's answers as they would have clicked them on the old pages. */
export interface LegacyPerson {
  age: number;
  /** A residence status id, or "any" (don't know). */
  status: string;
  /** A district id, or "any". */
  district: string;
}

const plans = new WeakMap<
  DirectoryEntry,
  { options: Record<StepKind, string[]>; plan: FinderPlan; steps: Map<string, FinderStep | undefined> }
>();

/**
 * The outcome the old result page showed to this person: start at the matter, on each step click
 * the choice that fits (the age bucket holding the age, the status itself or "another status",
 * the district), until a page without a question.
 */
export function legacyOutcome(
  directory: Directory,
  responsibility: DirectoryEntry<'responsibilities'>,
  person: LegacyPerson,
): FinderOutcome {
  let memo = plans.get(responsibility);
  if (!memo) {
    const options = optionsFor(directory, responsibility);
    memo = { options, plan: planFinder(directory, responsibility, options), steps: new Map() };
    plans.set(responsibility, memo);
  }
  const { options, plan, steps } = memo;
  let answers: FinderAnswers = {};
  for (;;) {
    const key = JSON.stringify(answers);
    if (!steps.has(key)) steps.set(key, nextQuestion(directory, responsibility, answers, options, plan.asked, plan.servicesByStatus));
    const step = steps.get(key);
    if (!step) return outcomeFor(directory, responsibility, answers, plan.servicesByStatus);
    const fits = (id: string): boolean => {
      if (step.kind === 'age') {
        const bucket = parseAgeBucket(id);
        return !!bucket && person.age >= bucket.min && (bucket.max === null || person.age <= bucket.max);
      }
      return id === (step.kind === 'status' ? person.status : person.district);
    };
    const choice = step.choices.find((candidate) => fits(candidate.id)) ?? step.choices.find((candidate) => candidate.id === otherStatus);
    if (!choice) throw new Error(`legacyOutcome: no choice for ${step.kind} of ${JSON.stringify(person)}`);
    answers = { ...answers, [step.kind]: choice.classId };
  }
}
