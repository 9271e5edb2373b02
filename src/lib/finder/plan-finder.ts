import { entriesOf, type Directory, type DirectoryEntry } from '../content/directory.ts';

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
export function finderOutcome(directory: Directory, responsibility: DirectoryEntry<'responsibilities'>, situation: Situation): FinderOutcome {
  const data = responsibility.data as Data;
  const eligible = fitsAge(data, situation.age) && fitsStatus(data, situation.status);
  const services = candidateServices(directory, responsibility).filter((service) => {
    const serviceData = service.data as Data;
    return fitsAge(serviceData, situation.age) && fitsStatus(serviceData, situation.status) && fitsDistrict(serviceData, situation.district);
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
export function outcomeFor(directory: Directory, responsibility: DirectoryEntry<'responsibilities'>, answers: FinderAnswers): FinderOutcome {
  return finderOutcome(directory, responsibility, situationOf(answers));
}

/**
 * The questions worth asking for a matter, each with its choices grouped into classes of equal
 * outcome. A question whose answers all give the same outcome is left out.
 */
export function planFinder(directory: Directory, responsibility: DirectoryEntry<'responsibilities'>): FinderStep[] {
  const candidates = candidateServices(directory, responsibility);
  const involved: DirectoryEntry[] = [responsibility, ...candidates];
  const statusOrder = (directory.vocabularies['residence-statuses'] ?? []).map((term) => term.id);
  const named = new Set(involved.flatMap((entry) => list((entry.data as Data)['residenceStatuses'])));
  const options: Record<StepKind, string[]> = {
    age: ageBuckets(involved).map((bucket) => bucket.id),
    status: [...statusOrder.filter((id) => named.has(id)), ...[...named].filter((id) => !statusOrder.includes(id)), ...(named.size > 0 ? [otherStatus] : [])],
    district: directory.site.districts.map((district) => district.id),
  };
  const steps: FinderStep[] = [];
  for (const kind of stepOrder) {
    if (options[kind].length === 0) continue;
    // Outcome vector of each answer over every combination of the other questions' answers.
    const others = stepOrder.filter((other) => other !== kind);
    const combos: FinderAnswers[] = [{}];
    for (const other of others) {
      const next: FinderAnswers[] = [];
      for (const combo of combos) for (const value of [anyChoice, ...options[other]]) next.push({ ...combo, [other]: value });
      combos.splice(0, combos.length, ...next);
    }
    const classes = new Map<string, string[]>();
    const bySignature = new Map<string, string>();
    const choices: FinderChoice[] = [];
    for (const value of options[kind]) {
      const vector = combos.map((combo) => signature(outcomeFor(directory, responsibility, { ...combo, [kind]: value }))).join('|');
      let classId = bySignature.get(vector);
      if (!classId) bySignature.set(vector, (classId = value));
      classes.set(classId, [...(classes.get(classId) ?? []), value]);
      choices.push({ id: value, classId });
    }
    if (classes.size <= 1) continue;
    classes.set(anyChoice, [anyChoice]);
    choices.push({ id: anyChoice, classId: anyChoice });
    steps.push({ kind, choices, classes });
  }
  return steps;
}

/** One static page of the finder for a matter: the answers so far (URL segments after the matter). */
export interface FinderPage {
  responsibility: DirectoryEntry<'responsibilities'>;
  steps: FinderStep[];
  /** Class ids answered, in step order. */
  segments: string[];
  answers: FinderAnswers;
  /** The question this page asks, or undefined on the result page. */
  question?: FinderStep;
}

/** Every page of the finder for every matter (start page excluded). */
export function finderPages(directory: Directory): FinderPage[] {
  const pages: FinderPage[] = [];
  for (const responsibility of entriesOf(directory, 'responsibilities')) {
    const steps = planFinder(directory, responsibility);
    const walk = (depth: number, segments: string[], answers: FinderAnswers) => {
      const question = steps[depth];
      pages.push({ responsibility, steps, segments, answers, ...(question ? { question } : {}) });
      if (!question) return;
      for (const classId of question.classes.keys()) walk(depth + 1, [...segments, classId], { ...answers, [question.kind]: classId });
    };
    walk(0, [], {});
  }
  return pages;
}
