import { describe, expect, it } from 'vitest';
import { loadDirectory } from '#scripts/bench/search/load-indexes.ts';
import { entriesOf } from '#src/lib/content/directory.ts';
import { outcomeOf } from '#src/lib/finder/finder-answers.ts';
import { finderOverview } from '#src/lib/finder/finder-overview.ts';
import { finderTableFor } from '#src/lib/finder/finder-rules.ts';

/**
 * Temporary protection (§ 24 AufenthG, people who fled the war in Ukraine) on the demo content:
 * the finder must treat it as its own status and offer only counselling that serves it
 * (issue 10, item 6).
 */
const directory = await loadDirectory();
const table = (id: string) =>
  finderTableFor(
    directory,
    entriesOf(directory, 'responsibilities').find((entry) => entry.id === id)!,
  );
const renew = table('aufenthaltstitel-verlaengern');
/** Counselling the finder must never offer a § 24 holder aged 27 or more. */
const notForThem = ['beratung-internationale-studierende', 'asylverfahrensberatung-fluechtlingsrat', 'rueckkehrberatung-caritas'];

describe('the finder for temporary protection (§ 24)', () => {
  it('offers a 30-year-old renewing the permit in the Altstadt the MBE and FIB that serve the Altstadt', () => {
    const services = outcomeOf(renew, { age: 30, status: 'schutz-24', district: 'altstadt' })?.services;
    expect(services).toEqual(['fib-caritas', 'mbe-awo']);
  });

  it('never offers a holder aged 27+ student, asylum-procedure or return counselling, whatever the district', () => {
    for (const district of [...directory.site.districts.map((entry) => entry.id), 'any']) {
      for (const age of [27, 45, 80]) {
        const services = outcomeOf(renew, { age, status: 'schutz-24', district })?.services ?? [];
        expect(services.filter((id) => notForThem.includes(id))).toEqual([]);
        expect(services.some((id) => id.startsWith('mbe-'))).toBe(true);
      }
    }
  });

  it('offers a 19-year-old the youth migration service of the district instead of the MBE', () => {
    const services = outcomeOf(renew, { age: 19, status: 'schutz-24', district: 'altstadt' })?.services ?? [];
    expect(services).toContain('jmd-ib');
    expect(services.some((id) => id.startsWith('mbe-'))).toBe(false);
  });

  it('is its own answer where its outcomes differ from the other residence permits', () => {
    const overview = finderOverview(renew);
    const groupOf = (status: string) => overview.find((group) => group.statuses.includes(status));
    expect(renew.statuses).toContain('schutz-24');
    expect(groupOf('schutz-24')).not.toBe(groupOf('aufenthaltserlaubnis'));
  });

  it('leads from benefits for asylum seekers to Bürgergeld, which § 24 holders receive', () => {
    const asylum = outcomeOf(table('asylblg-leistungen'), { age: 30, status: 'schutz-24', district: 'altstadt' });
    expect(asylum?.eligible).toBe(false);
    expect(asylum?.alternatives).toContain('buergergeld-beantragen');
    expect(outcomeOf(table('buergergeld-beantragen'), { age: 30, status: 'schutz-24', district: 'altstadt' })?.eligible).toBe(true);
  });
});
