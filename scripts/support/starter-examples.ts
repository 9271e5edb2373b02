import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { ReferenceExamples } from '#src/lib/editorial/field-reference.ts';
import { collectionNames, vocabularyNames } from '#src/schema/names.ts';

/** The starter kit (starter/): what `npm run new-site` copies, and the field reference quotes. */
const starterDir = 'starter';

const readYaml = (path: string) => load(readFileSync(path, 'utf8').replace(/^---\n([\s\S]*?)\n---[\s\S]*$/, '$1'), { schema: CORE_SCHEMA });

/** The starter's example entry of each collection, its site.config.yaml and vocabularies. */
export function starterExamples(root = starterDir): ReferenceExamples {
  const entries = Object.fromEntries(
    collectionNames.map((name) => {
      const folder = join(root, 'content', name, 'de');
      const [first] = readdirSync(folder).sort();
      return [name, first ? readYaml(join(folder, first)) : undefined];
    }),
  );
  const vocabularies = Object.fromEntries(
    vocabularyNames.map((name) => [
      name,
      (readYaml(join(root, 'content/vocabularies', `${name}.yaml`)) as { terms?: unknown[] }).terms ?? [],
    ]),
  );
  return { entries, site: readYaml(join(root, 'site.config.yaml')), vocabularies };
}
