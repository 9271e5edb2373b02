import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { counterBrochureSchema, type CounterBrochure } from '#src/schema/publications.ts';

/**
 * The counter brochure as the editors composed it (`content/publications/counter-brochure.yaml`),
 * or undefined when the content has none. Assumes the content passed `npm run check`; throws
 * on a broken file instead of reporting.
 */
export function readCounterBrochure(contentDir: string): CounterBrochure | undefined {
  const file = join(contentDir, 'publications', 'counter-brochure.yaml');
  if (!existsSync(file)) return undefined;
  return counterBrochureSchema.parse(load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }));
}
