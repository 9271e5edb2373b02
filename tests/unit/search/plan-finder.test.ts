import { describe, expect, it } from 'vitest';
import { entriesOf } from '../../../src/lib/content/directory.ts';
import {
  ageBuckets,
  finderPages,
  finderSegments,
  nextQuestion,
  outcomeFor,
  resultPageBudget,
} from '../../../src/lib/finder/plan-finder.ts';
import { fixtureDirectory } from './fixture-directory.ts';

const directory = fixtureDirectory();
const matter = (id: string) => entriesOf(directory, 'responsibilities').find((entry) => entry.id === id)!;

describe('the finder', () => {
  it('cuts ages where some offer starts or ends', () => {
    const services = entriesOf(directory, 'services');
    expect(ageBuckets(services).map((bucket) => bucket.id)).toEqual(['0-11', '12-26', '27-']);
  });

  it('asks only the questions whose answers change the outcome, merging answers with equal outcomes', () => {
    const first = nextQuestion(directory, matter('aufenthaltstitel-verlaengern'), {})!;
    expect(first.kind).toBe('age');
    const status = nextQuestion(directory, matter('aufenthaltstitel-verlaengern'), { age: '27-' })!;
    expect(status.kind).toBe('status');
    // Aufenthaltserlaubnis and Blue Card lead to the same outcome and share a page.
    const classOf = (id: string) => status.choices.find((choice) => choice.id === id)?.classId;
    expect(classOf('aufenthaltserlaubnis')).toBe(classOf('blaue-karte-eu'));
    expect(classOf('duldung')).not.toBe(classOf('aufenthaltserlaubnis'));
    // The district decides the team (allocation "Nordstadt und Westend"): two classes of districts.
    const district = nextQuestion(directory, matter('aufenthaltstitel-verlaengern'), { age: '27-', status: 'aufenthaltserlaubnis' })!;
    const districtClass = (id: string) => district.choices.find((choice) => choice.id === id)?.classId;
    expect(district.kind).toBe('district');
    expect(districtClass('westend')).toBe(districtClass('nordstadt'));
    expect(districtClass('altstadt')).toBe(districtClass('suedstadt'));
    expect(districtClass('altstadt')).not.toBe(districtClass('nordstadt'));
    // Without allocation rules or district-bound offers, nothing but the status is asked.
    expect(nextQuestion(directory, matter('buergergeld'), {})?.kind).toBe('status');
    expect(nextQuestion(directory, matter('buergergeld'), { status: 'anerkannte-fluechtlinge' })).toBeUndefined();
  });

  it('leads from "residence permit expires" to the immigration office with counselling by age', () => {
    const responsibility = matter('aufenthaltstitel-verlaengern');
    const adult = outcomeFor(directory, responsibility, { age: '27-', status: 'aufenthaltserlaubnis', district: 'altstadt' });
    expect(adult.eligible).toBe(true);
    expect(adult.office?.id).toBe('auslaenderbehoerde-musterstadt');
    expect(adult.services.map((service) => service.id)).toEqual(['mbe-caritas']);
    const young = outcomeFor(directory, responsibility, { age: '12-26', status: 'aufenthaltserlaubnis', district: 'any' });
    expect(young.services.map((service) => service.id)).toEqual(['jmd']);
  });

  it('offers district-bound counselling only in its district and picks the team of the district', () => {
    const responsibility = matter('aufenthaltstitel-verlaengern');
    const north = outcomeFor(directory, responsibility, { status: 'duldung', district: 'nordstadt' });
    const south = outcomeFor(directory, responsibility, { status: 'duldung', district: 'suedstadt' });
    expect(north.services.map((service) => service.id)).toContain('fluechtlingsberatung-nord');
    expect(south.services.map((service) => service.id)).not.toContain('fluechtlingsberatung-nord');
    expect(north.allocation).toEqual([0, 1]);
    expect(south.allocation).toEqual([0]);
  });

  it('points to the handover when the status does not fit', () => {
    const outcome = outcomeFor(directory, matter('asylbewerberleistungen'), { status: 'anerkannte-fluechtlinge' });
    expect(outcome.eligible).toBe(false);
    expect(outcome.alternatives.map((entry) => entry.id)).toContain('buergergeld');
  });

  it('makes one page per answered class, ending in result pages without a question', () => {
    const pages = finderPages(directory).filter((page) => page.responsibility.id === 'aufenthaltstitel-verlaengern');
    const paths = pages.map((page) => finderSegments(page).join('/'));
    expect(new Set(paths).size).toBe(pages.length);
    const status = nextQuestion(directory, matter('aufenthaltstitel-verlaengern'), { age: '27-' })!;
    const duldung = status.choices.find((choice) => choice.id === 'duldung')!.classId;
    // Three questions would exceed the page budget here, so the district question is dropped.
    expect(paths).toContain(`27-/${duldung}`);
    expect(paths).toContain('27-/any');
    expect(pages.some((page) => page.question?.kind === 'district')).toBe(false);
    expect(pages.filter((page) => !page.question).length).toBeLessThanOrEqual(resultPageBudget);
    for (const page of pages) {
      if (!page.question) continue;
      for (const classId of page.question.classes.keys()) expect(paths).toContain([...finderSegments(page), classId].join('/'));
    }
  });
});
