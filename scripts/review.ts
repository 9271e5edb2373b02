/**
 * npm run review -- --base <branch> [--head <branch>] [--out <file>]
 *
 * The review report of a change: every added, changed or removed entry and vocabulary term
 * since the base in plain German, the validation result, new dangling references and translations that became
 * outdated. Without --head the working tree is compared. CI posts the output on the pull/merge
 * request. Exit code 0 when the content is valid, 1 otherwise.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { compareContent } from '../src/lib/review/compare-content.ts';
import { formatReview } from '../src/lib/review/format-review.ts';
import { readRevision, readVersion } from '../src/lib/review/read-version.ts';

z.config(z.locales.de());

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string' },
    repo: { type: 'string', default: process.cwd() },
    out: { type: 'string' },
  },
});

if (!values.base) {
  console.error('Bitte den Vergleichsstand angeben, z. B.: npm run review -- --base main');
  process.exit(2);
}

try {
  const before = await readRevision(values.repo, values.base);
  const after = values.head ? await readRevision(values.repo, values.head) : await readVersion(values.repo);
  const report = compareContent(before, after);
  const text = formatReview(report, {
    base: values.base,
    head: values.head ?? 'Arbeitsstand',
    problems: after.problems,
    entryCount: after.entries.length,
  });
  if (values.out) writeFileSync(values.out, text);
  process.stdout.write(text);
  process.exit(after.problems.length > 0 ? 1 : 0);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(2);
}
