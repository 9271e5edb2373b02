import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference, withFieldReference } from '#src/lib/editorial/field-reference.ts';
import { describeObject, forEachField } from '#src/lib/schema/describe-fields.ts';
import { collectionNames, collections } from '#src/schema/index.ts';
import { starterExamples } from '#scripts/support/starter-examples.ts';

const reference = fieldReference(starterExamples());
/** The row of a key in the section of a collection (or of site.config.yaml). */
const row = (key: string, section = 'site.config.yaml') =>
  reference
    .slice(reference.indexOf(section))
    .split('\n')
    .find((line) => line.startsWith(`| \`${key}\` |`)) ?? '';

describe('the field reference for YAML authors (docs/felder.md)', () => {
  it('is up to date with the schemas and the starter kit (run npm run docs:fields)', () => {
    const document = readFileSync('docs/felder.md', 'utf8');
    expect(withFieldReference(document, starterExamples())).toBe(document);
  });

  it('lists every key of every collection', () => {
    for (const name of collectionNames) {
      const section = reference.slice(reference.indexOf(`(\`content/${name}/de/`));
      forEachField(describeObject(collections[name].schema), (field) => {
        expect(section, `${name}: ${field.path.join('.')}`).toMatch(new RegExp(`\\| \`[\\w.[\\]]*${field.key}\` \\|`));
      });
    }
  });

  it('gives each key its type, whether it is required, the allowed values and an example', () => {
    expect(row('status', 'content/agreements/')).toBe(
      '| `status` | **Status** – negotiating = in Verhandlung (Vorgespräche, noch keine gemeinsamen Abläufe), active = in Kraft, suspended = ruht, ended = beendet. | Auswahl | ja | `negotiating`, `active`, `suspended`, `ended` | `active` |',
    );
    expect(row('level', 'content/agreements/')).toBe(
      '| `level` | **Kooperationsstufe** – 5 = räumlicher und prozessualer Verbund, 4 = regelmäßige Jours fixes, 3 = Abstimmung im Einzelfall, 2 = Erfahrungsaustausch, 1 = Verweisberatung. Pflicht für geltende Vereinbarungen; bei „in Verhandlung“ die angestrebte Stufe oder leer. | ganze Zahl | nein | Kennung eines Begriffs aus content/vocabularies/cooperation-levels.yaml | `2` |',
    );
    expect(row('locations[].address.postalCode', 'content/organisations/')).toBe(
      "| `locations[].address.postalCode` | **PLZ** | Text | ja |  | `'12345'` |",
    );
    expect(row('reviewIntervalMonths', 'content/faq/')).toContain('| ganze Zahl | nein (sonst 12) | 1 bis 36 |');
    expect(row('cms.loginUrl')).toContain('**Anmeldedienst**');
  });
});
