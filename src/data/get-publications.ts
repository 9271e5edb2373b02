import { readCounterBrochure } from '#src/lib/content/read-publications.ts';
import { projectPaths } from '#src/lib/site-config.ts';
import type { CounterBrochure } from '#src/schema/publications.ts';

let counterBrochure: CounterBrochure | undefined | null = null;

/** The counter brochure of this build's content (read once), or undefined when there is none. */
export function getCounterBrochure(): CounterBrochure | undefined {
  if (counterBrochure === null) counterBrochure = readCounterBrochure(projectPaths.contentDir);
  return counterBrochure;
}
