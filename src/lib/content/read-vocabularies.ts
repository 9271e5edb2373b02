import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { optionalVocabularyNames, vocabularyFileSchema, vocabularyNames, type SiteConfig, type VocabularyName } from '#src/schema/index.ts';
import type { VocabularyTerm } from '#src/schema/vocabularies.ts';
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
    const file = join(contentDir, 'vocabularies', `${name}.yaml`);
    if (optionalVocabularyNames.includes(name) && !existsSync(file)) {
      vocabularies[name] = [];
      continue;
    }
    const data = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
    vocabularies[name] = vocabularyFileSchema(name).parse(data).terms as VocabularyTerm[];
  }
  return vocabularies;
}

/**
 * The terms of a vocabulary file as written, unchecked: for tools that only need ids and
 * labels (CMS choices, the synthetic data set). A missing, broken or misshapen file gives no
 * terms; `npm run check` reports it.
 */
export function readTermsLeniently(contentDir: string, name: VocabularyName): Record<string, unknown>[] {
  try {
    const data = load(readFileSync(join(contentDir, 'vocabularies', `${name}.yaml`), 'utf8'), { schema: CORE_SCHEMA });
    const terms = (data as { terms?: unknown } | null)?.terms;
    return Array.isArray(terms) ? terms.filter((term): term is Record<string, unknown> => typeof term === 'object' && term !== null) : [];
  } catch {
    return [];
  }
}
