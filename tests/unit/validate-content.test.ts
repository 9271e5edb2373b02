import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { isUnsafeUrl, unsafeMarkdownLinks } from '#src/lib/content/check-links.ts';
import { checkMdx } from '#src/lib/content/check-mdx.ts';
import { formatPath, formatProblem } from '#src/lib/content/problem.ts';
import { slugify } from '#src/lib/content/read-content.ts';
import { validateContent } from '#src/lib/content/validate-content.ts';
import { internalValues, stripInternal } from '#src/lib/schema/strip-internal.ts';
import { organisationSchema } from '#src/schema/collections/organisations.ts';
import { materialise, minimalConfig, minimalContent } from '../support/content-fixtures.ts';

beforeAll(() => {
  // The command-line tools speak German; so do these tests.
  z.config(z.locales.de());
});

describe('link targets in content', () => {
  it.each(['https://example.org', 'http://example.org', 'mailto:beratung@example.org', 'tel:+4999991000', '/de/faq/', '#schritte'])(
    'allow %s',
    (url) => expect(isUnsafeUrl(url)).toBe(false),
  );

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', ' data:text/html,x', 'vbscript:x', 'file:///etc/passwd'])(
    'refuse %j',
    (url) => expect(isUnsafeUrl(url)).toBe(true),
  );

  it('are found in Markdown links, reference definitions and images, with their line', () => {
    const markdown = 'Text\n\n[Termin](javascript:alert(1))\n\n![Bild](data:image/png;base64,AAAA)\n\n[ref]: vbscript:x\n';
    expect(unsafeMarkdownLinks(markdown)).toEqual([
      { url: 'javascript:alert(1)', line: 3 },
      { url: 'data:image/png;base64,AAAA', line: 5 },
      { url: 'vbscript:x', line: 7 },
    ]);
  });
});

describe('MDX from the CMS', () => {
  it('may use the site’s own components with plain text properties', () => {
    const result = checkMdx('Hallo\n\n<EntryCard id="jobcenter" />\n\n<Notice type="warning">Achtung</Notice>\n');
    expect(result.problems).toEqual([]);
    expect(result.references).toEqual([
      { component: 'EntryCard', prop: 'id', value: 'jobcenter', collections: expect.any(Array), line: 3 },
    ]);
  });

  it.each([
    ['an import', "import x from 'y';\n", '„import“ und „export“ sind nicht erlaubt'],
    ['an export', 'export const a = 1;\n', '„import“ und „export“ sind nicht erlaubt'],
    ['an expression', 'Es ist {1 + 1}.\n', 'Ausdrücke in geschweiften Klammern'],
    ['a script tag', '<script>alert(1)</script>\n', '<script> ist nicht erlaubt'],
    ['an HTML tag with a handler', '<img src="x" onerror="alert(1)" />\n', '<img> ist nicht erlaubt'],
    ['an expression as a property', '<EntryCard id={x} />\n', 'Eigenschaften brauchen einen Text'],
    ['an unknown property', '<EntryCard id="a" onClick="x" />\n', 'kennt die Eigenschaft „onClick“ nicht'],
    ['a missing required property', '<EntryCard />\n', 'braucht die Eigenschaft „id“'],
    ['an unknown option', '<Notice type="danger">x</Notice>\n', 'unbekannter Wert – erlaubt sind info, warning'],
  ])('rejects %s', (_, body, message) => {
    const result = checkMdx(body);
    expect(result.problems.map((problem) => problem.message).join('\n')).toContain(message);
  });

  it('reports the line in the file, counting the front matter', () => {
    expect(checkMdx('Text\n\n{danger}\n', 6).problems[0]?.line).toBe(9);
  });
});

describe('problem lines', () => {
  it('name file, line, field and label in one line', () => {
    expect(
      formatProblem({ file: 'content/faq/de/a.yaml', line: 4, field: 'locations[0].address', label: 'Adresse', message: 'fehlt' }),
    ).toBe('content/faq/de/a.yaml:4: Feld „locations[0].address“ (Adresse): fehlt');
    expect(formatProblem({ file: 'content/faq', message: 'unbekannter Ordner' })).toBe('content/faq: unbekannter Ordner');
  });

  it('write list positions in brackets', () => {
    expect(formatPath(['steps', 2, 'responsible', 0])).toBe('steps[2].responsible[0]');
  });

  it('suggest a valid file name for an invalid one', () => {
    expect(slugify('Ärztliche Beratung (Süd)')).toBe('aerztliche-beratung-sued');
  });
});

describe('validating a content folder', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  const validate = (folder: string) =>
    validateContent({ contentDir: join(folder, 'content'), configFile: join(folder, 'site.config.yaml'), cwd: folder });

  it('returns the entries, translations and vocabularies of valid content', async () => {
    const result = await validateContent({ contentDir: minimalContent, configFile: minimalConfig });
    expect(result.problems).toEqual([]);
    expect(result.content?.entries.map((entry) => entry.id)).toContain('auslaenderbehoerde');
    expect(result.content?.translations.map((translation) => `${translation.locale}/${translation.id}`)).toEqual([
      'en/aufenthaltstitel-laeuft-ab',
      'en/auslaenderbehoerde',
    ]);
    expect(result.content?.vocabularies['districts']?.map((term) => term.id)).toEqual(['mitte', 'nord']);
  });

  it('reports every problem of a file at once, not only the first', async () => {
    const folder = materialise();
    folders.push(folder);
    const file = join(folder, 'content/responsibilities/de/aufenthaltstitel-verlaengern.yaml');
    const text = readFileSync(file, 'utf8')
      .replace(/^summary: .*\n/m, '')
      .replace('office: auslaenderbehoerde', 'office: jobcentr')
      .replace('legalBases: [aufenthg]', 'legalBases: [aufenthgg]');
    writeFileSync(file, text);
    const lines = (await validate(folder)).problems.map(formatProblem);
    expect(lines).toEqual([
      'content/responsibilities/de/aufenthaltstitel-verlaengern.yaml: Feld „summary“ (Kurzbeschreibung): fehlt – dieses Pflichtfeld ausfüllen',
      'content/responsibilities/de/aufenthaltstitel-verlaengern.yaml: Feld „office“ (Zuständige Stelle): verweist auf „jobcentr“, das es nicht gibt – meinten Sie „jobcenter“?',
      'content/responsibilities/de/aufenthaltstitel-verlaengern.yaml: Feld „legalBases[0]“ (Rechtsgrundlagen): „aufenthgg“ ist kein Begriff im Vokabular „legal-bases“ – meinten Sie „aufenthg“?',
    ]);
  });

  it('keeps the valid terms of a vocabulary when one term is broken', async () => {
    const folder = materialise();
    folders.push(folder);
    writeFileSync(
      join(folder, 'content/vocabularies/topics.yaml'),
      'terms:\n  - id: aufenthalt\n    label: { de: Aufenthalt }\n  - id: Arbeit!\n    label: { de: Arbeit }\n  - id: sprache\n    label: { de: Sprache }\n',
    );
    const lines = (await validate(folder)).problems.map(formatProblem);
    // The broken term is reported once, and only entries using it complain; "aufenthalt" still works.
    expect(lines[0]).toBe(
      'content/vocabularies/topics.yaml: Feld „Arbeit!.id“ (Kennung): ist keine gültige ID – nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „jobcenter“',
    );
    expect(lines.filter((line) => line.includes('„aufenthalt“'))).toEqual([]);
    expect(lines.some((line) => line.includes('„arbeit“ ist kein Begriff'))).toBe(true);
  });

  it('names a term without id by its place in the term list, and a file without a term list once', async () => {
    const folder = materialise();
    folders.push(folder);
    writeFileSync(
      join(folder, 'content/vocabularies/network-types.yaml'),
      'terms:\n  - id: steuerungsgremium\n    label: { de: Steuerungsgremium }\n  - label: { de: Arbeitsgruppe }\n',
    );
    writeFileSync(join(folder, 'content/vocabularies/frequencies.yaml'), 'begriffe:\n  - id: monatlich\n');
    const lines = (await validate(folder)).problems.map(formatProblem);
    expect(lines).toEqual([
      'content/vocabularies/network-types.yaml: Feld „terms[1].id“ (Kennung): fehlt – dieses Pflichtfeld ausfüllen',
      'content/vocabularies/frequencies.yaml: Feld „begriffe“: unbekanntes Feld – nur „terms:“ mit der Liste der Begriffe ist erlaubt; Zeile löschen',
    ]);
  });

  it('does not blame references to a file that exists but cannot be read', async () => {
    const folder = materialise('bad-yaml');
    folders.push(folder);
    const lines = (await validate(folder)).problems.map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/organisations\/de\/jobcenter\.yaml:5: YAML-Fehler/);
  });
});

describe('the public edition', () => {
  const entry = organisationSchema.parse({
    title: 'Ausländerbehörde',
    summary: 'Aufenthalt.',
    topics: ['aufenthalt'],
    reviewed: '2026-01-01',
    owner: 'ABH',
    providerType: 'behoerde',
    sector: 'public-administration',
    contact: { phone: '+49 9999 100' },
    professionalContact: { phone: '+49 9999 100-3300', note: 'Nur für Beratungsstellen' },
  });

  it('drops internal fields and keeps public ones', () => {
    const stripped = stripInternal(organisationSchema, entry);
    expect(stripped).not.toHaveProperty('professionalContact');
    expect(stripped.contact?.phone).toBe('+49 9999 100');
  });

  it('knows every internal value, to prove none is published', () => {
    expect(internalValues(organisationSchema, entry).sort()).toEqual(['+49 9999 100-3300', 'Nur für Beratungsstellen']);
  });
});
