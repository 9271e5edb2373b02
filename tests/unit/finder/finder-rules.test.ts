import { describe, expect, it } from 'vitest';
import { entriesOf } from '#src/lib/content/directory.ts';
import {
  answersBefore,
  finderAnswersQuery,
  nextQuestion,
  outcomeOf,
  questionsFor,
  readFinderAnswers,
  statusAnswer,
} from '#src/lib/finder/finder-answers.ts';
import { admits, finderOverview } from '#src/lib/finder/finder-overview.ts';
import { ageRangesOf, finderOutcome, finderTableFor } from '#src/lib/finder/finder-rules.ts';
import { counsellingComparisonPath } from '#src/lib/paths.ts';
import { fixtureDirectory } from '../search/fixture-directory.ts';

const directory = fixtureDirectory();
const matter = (id: string) => entriesOf(directory, 'responsibilities').find((entry) => entry.id === id)!;
const adult = { min: 27, max: null };
const young = { min: 12, max: 26 };
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('the finder rules', () => {
  it('cuts ages where some offer starts or ends', () => {
    expect(ageRangesOf(entriesOf(directory, 'services').map((service) => service.data))).toEqual([
      { min: 0, max: 11 },
      { min: 12, max: 26 },
      { min: 27, max: null },
    ]);
  });

  it('leads from "residence permit expires" to the immigration office with counselling by age', () => {
    const permit = matter('aufenthaltstitel-verlaengern');
    const grownUp = finderOutcome(directory, permit, { age: adult, status: 'aufenthaltserlaubnis', district: 'altstadt' });
    expect(grownUp.eligible).toBe(true);
    expect(grownUp.office?.id).toBe('auslaenderbehoerde-musterstadt');
    expect(ids(grownUp.services)).toEqual(['mbe-caritas']);
    expect(ids(finderOutcome(directory, permit, { age: young, status: 'aufenthaltserlaubnis' }).services)).toEqual(['jmd']);
  });

  it('offers status- and district-bound counselling only to whom it is for, and picks the team of the district', () => {
    const permit = matter('aufenthaltstitel-verlaengern');
    const north = finderOutcome(directory, permit, { age: adult, status: 'duldung', district: 'nordstadt' });
    const south = finderOutcome(directory, permit, { age: adult, status: 'duldung', district: 'suedstadt' });
    const titled = finderOutcome(directory, permit, { age: adult, status: 'aufenthaltserlaubnis', district: 'nordstadt' });
    expect(ids(north.services)).toContain('fluechtlingsberatung-nord');
    expect(ids(south.services)).not.toContain('fluechtlingsberatung-nord');
    expect(ids(titled.services)).not.toContain('fluechtlingsberatung-nord');
    expect(north.allocation).toEqual([0, 1]);
    expect(south.allocation).toEqual([0]);
  });

  it('points to the handover when the status does not fit', () => {
    const outcome = finderOutcome(directory, matter('asylbewerberleistungen'), { age: adult, status: 'anerkannte-fluechtlinge' });
    expect(outcome.eligible).toBe(false);
    expect(ids(outcome.alternatives)).toContain('buergergeld');
  });
});

describe('the finder table and its answers', () => {
  const table = finderTableFor(directory, matter('aufenthaltstitel-verlaengern'));

  it('asks only the questions whose answers change the outcome', () => {
    expect(nextQuestion(table, {})).toBe('age');
    expect(nextQuestion(table, { age: 30 })).toBe('status');
    // The district decides the team (and the Nordstadt offer for people with a Duldung).
    expect(nextQuestion(table, { age: 30, status: 'aufenthaltserlaubnis' })).toBe('district');
    expect(nextQuestion(table, { age: 30, status: 'aufenthaltserlaubnis', district: 'westend' })).toBeUndefined();
    // Bürgergeld depends on nothing but the status: no age, no district question.
    const benefits = finderTableFor(directory, matter('buergergeld'));
    expect(benefits.ages).toHaveLength(1);
    expect(benefits.districts).toEqual(['any']);
    expect(nextQuestion(benefits, {})).toBe('status');
    expect(nextQuestion(benefits, { status: 'anerkannte-fluechtlinge' })).toBeUndefined();
    expect(questionsFor(benefits, { status: 'anerkannte-fluechtlinge' })).toEqual(['status']);
  });

  it('counts a status no vocabulary term names as "another status"', () => {
    expect(statusAnswer(table, 'erfunden')).toBe('other');
    expect(statusAnswer(table, 'duldung')).toBe('duldung');
  });

  it('gives the outcome for the answers, with an unknown district counting every district', () => {
    expect(outcomeOf(table, { age: 30 })).toBeUndefined();
    expect(outcomeOf(table, { age: 30, status: 'duldung', district: 'nordstadt' })?.services).toEqual([
      'fluechtlingsberatung-nord',
      'mbe-caritas',
    ]);
    expect(outcomeOf(table, { age: 30, status: 'duldung', district: 'any' })?.services).toEqual([
      'fluechtlingsberatung-nord',
      'mbe-caritas',
    ]);
    expect(outcomeOf(table, { age: 30, status: 'duldung', district: 'suedstadt' })?.services).toEqual(['mbe-caritas']);
  });

  it('keeps the answers in the URL with the search facets’ names, and forgets later answers on a change', () => {
    const answers = { age: 30, status: 'schutz-24', district: 'altstadt' };
    expect(finderAnswersQuery(answers)).toBe('?age=30&status=schutz-24&district=altstadt');
    expect(readFinderAnswers(new URLSearchParams('?age=30&status=schutz-24&district=altstadt'))).toEqual(answers);
    expect(readFinderAnswers(new URLSearchParams('?age=-3&status='))).toEqual({});
    expect(answersBefore(answers, 'status')).toEqual({ age: 30 });
    expect(finderAnswersQuery({})).toBe('');
  });
});

describe('the finder overview (the page without JavaScript)', () => {
  const overview = finderOverview(finderTableFor(directory, matter('aufenthaltstitel-verlaengern')));
  const groupOf = (status: string) => overview.find((group) => group.statuses.includes(status))!;

  it('puts statuses with the same outcomes into one group and the others apart', () => {
    expect(groupOf('aufenthaltserlaubnis')).toBe(groupOf('blaue-karte-eu'));
    expect(groupOf('duldung')).toBe(groupOf('aufenthaltsgestattung'));
    expect(groupOf('duldung')).not.toBe(groupOf('aufenthaltserlaubnis'));
  });

  it('says for which ages and districts each offer applies', () => {
    const services = groupOf('duldung').services;
    const north = services.find((item) => item.id === 'fluechtlingsberatung-nord')!;
    const mbe = services.find((item) => item.id === 'mbe-caritas')!;
    expect(north.when).toEqual([{ districts: ['nordstadt'] }]);
    expect(mbe.when).toEqual([{ ages: [{ min: 27, max: null }] }]);
    expect(admits(mbe.when, 40, 'altstadt')).toBe(true);
    expect(admits(mbe.when, 20, 'altstadt')).toBe(false);
    expect(admits(north.when, 40, 'any')).toBe(true);
    expect(groupOf('duldung').notEligible).toEqual([]);
  });
});

describe('the counselling comparison link', () => {
  it('carries the answers as the search facets’ parameters', () => {
    expect(counsellingComparisonPath('de')).toBe('/de/counselling/');
    expect(counsellingComparisonPath('ar', { age: 30, status: ['schutz-24'], district: ['altstadt'], languages: ['ar'] })).toBe(
      '/ar/counselling/?age=30&status=schutz-24&district=altstadt&lang=ar',
    );
  });
});
