import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { CORE_SCHEMA, load } from 'js-yaml';
import { vocabularyNames, vocabularySchemas, type SiteConfig } from '../../schema/index.ts';
import type { VocabularyTerm } from '../../schema/vocabularies.ts';
import type { Vocabularies } from './validate-content.ts';

/**
 * Read the vocabularies in file order (the order editors chose: chapters of the brochure and
 * topic lists follow it), plus the districts from the site configuration. Assumes the content
 * passed `npm run check`; throws on a broken file instead of reporting.
 */
export function readVocabularies(contentDir: string, site: SiteConfig): Vocabularies {
  const vocabularies: Vocabularies = {
    districts: site.districts.map((district) => ({ id: district.id, label: district.label })),
  };
  for (const name of vocabularyNames) {
    const data = load(readFileSync(join(contentDir, 'vocabularies', `${name}.yaml`), 'utf8'), { schema: CORE_SCHEMA });
    vocabularies[name] = z.array(vocabularySchemas[name]).parse(data) as VocabularyTerm[];
  }
  return vocabularies;
}
