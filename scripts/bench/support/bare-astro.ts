import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reference Lotse's build speed is held against: a minimal Astro project, built with the
 * project's own installed Astro, that does what every static multilingual site does and
 * nothing more. `entries` YAML files, each with a title per language and `links` links to
 * other entries, make one page per entry and language (2,000 × 7 = 14,000 trivial pages).
 * Written fresh and deterministically, so every run builds the same project.
 */
interface BareAstroOptions {
  entries: number;
  locales: readonly string[];
  links: number;
}

const bareAstroDefaults: BareAstroOptions = {
  entries: 2000,
  locales: ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru'],
  links: 5,
};

const files = (options: BareAstroOptions): Record<string, string> => ({
  'package.json': `${JSON.stringify({ name: 'lotse-bench-bare-astro', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': [
    "import { defineConfig } from 'astro/config';",
    '',
    "export default defineConfig({ site: 'https://bare.example.org', trailingSlash: 'always', build: { format: 'directory' } });",
    '',
  ].join('\n'),
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "import { z } from 'astro/zod';",
    '',
    'const entries = defineCollection({',
    "  loader: glob({ pattern: '*.yaml', base: './data' }),",
    '  schema: z.object({ title: z.record(z.string(), z.string()), links: z.array(z.string()) }),',
    '});',
    '',
    'export const collections = { entries };',
    '',
  ].join('\n'),
  'src/pages/[locale]/[id].astro': [
    '---',
    "import { getCollection } from 'astro:content';",
    '',
    'export async function getStaticPaths() {',
    "  const entries = await getCollection('entries');",
    '  const titles = new Map(entries.map((entry) => [entry.id, entry.data.title]));',
    `  return ${JSON.stringify(options.locales)}.flatMap((locale) =>`,
    '    entries.map((entry) => ({',
    '      params: { locale, id: entry.id },',
    '      props: { title: entry.data.title[locale], links: entry.data.links.map((id) => ({ id, title: titles.get(id)?.[locale] })) },',
    '    })),',
    '  );',
    '}',
    '',
    'const { locale } = Astro.params;',
    'const { title, links } = Astro.props;',
    '---',
    '',
    '<html lang={locale}>',
    '  <head><meta charset="utf-8" /><title>{title}</title></head>',
    '  <body>',
    '    <h1>{title}</h1>',
    '    <ul>{links.map((link) => <li><a href={`/${locale}/${link.id}/`}>{link.title}</a></li>)}</ul>',
    '  </body>',
    '</html>',
    '',
  ].join('\n'),
});

/** Write the reference project into `dir` (replacing what is there); returns its page count. */
export function writeBareAstro(dir: string, options: BareAstroOptions = bareAstroDefaults): number {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files(options))) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(join(dir, 'data'), { recursive: true });
  const id = (index: number) => `entry-${String(index).padStart(4, '0')}`;
  for (let index = 0; index < options.entries; index++) {
    const titles = options.locales.map((locale) => `  ${locale}: "Eintrag ${index} (${locale})"`).join('\n');
    // Links spread over the set by a fixed stride, so every run links the same pages.
    const links = Array.from({ length: options.links }, (_, link) => id((index + 1 + link * 397) % options.entries));
    writeFileSync(join(dir, 'data', `${id(index)}.yaml`), `title:\n${titles}\nlinks: [${links.join(', ')}]\n`);
  }
  return options.entries * options.locales.length;
}
