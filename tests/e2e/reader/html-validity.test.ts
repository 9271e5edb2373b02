import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { testBuilds } from '../../support/builds.ts';
import { templateSample } from '../../support/page-templates.ts';
import { htmlFiles } from './support.ts';

/**
 * html-validate resolves its configuration (and loads every element definition) anew for each
 * file; with one configuration for all files, resolving it once makes validating a page
 * about a third cheaper.
 */
class ResolvedOnceConfigLoader extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (override) return super.getConfigFor(handle, override);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}

/**
 * The HTML files the build writes must be valid HTML. html-validate's recommended rules, minus
 * pure source-formatting preferences that say nothing about validity of minified output.
 */
const config: ConfigData = {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    // The "open now" island: a custom element holding flow content.
    { 'lotse-open-status': { flow: true, permittedContent: ['@flow'] } },
  ],
  rules: {
    // Astro writes `<!DOCTYPE html>` and boolean attributes its own way; both are valid HTML.
    'doctype-style': 'off',
    'attribute-boolean-style': 'off',
    // Minified output has no source formatting to judge.
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    // Long German and Ukrainian page titles are fine; search engines shorten them themselves.
    'long-title': 'off',
    // Phone links keep plain spaces and hyphens so the number can be copied into a phone;
    // CSS (white-space: nowrap) keeps them on one line instead of &nbsp; and U+2011.
    'tel-non-breaking': 'off',
    // WCAG technique H32 (a submit button in every form) is advisory. The publisher's filter and
    // referral controls are script-only forms, hidden without JavaScript, that act on change;
    // axe checks their accessibility. Every form that submits (search) has its button.
    'wcag/h32': 'off',
    // ARIA lets every nameable role (a list of search results, say) carry an aria-label.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // A wide table or the network map scrolls inside a focusable, labelled region (WCAG 2.1.1).
    // That box is no document section: a <section> would need a heading (the Nu checker says so).
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // A group of checkboxes shares one name (valid HTML: the form sends every checked value).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
const validator = new HtmlValidate(new ResolvedOnceConfigLoader(config));

/** "de/faq/index.html" → "/de/faq/", "404.html" → "/404/": the URL path a file is served at. */
const urlPath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;

/**
 * Every template in every language and a fixed sample of the rest (pages of one template differ
 * in their data only, about 20 ms each to validate), and every file of the reader fixture,
 * whose content holds the tricky cases (Markdown, MDX, fallbacks, right to left).
 */
const sampleSize = 150;
const filesToValidate = (root: string, everyFile: boolean) => {
  const files = htmlFiles(root);
  if (everyFile) return files;
  const byPath = new Map(files.map((file) => [urlPath(file), file]));
  const { templates, sample } = templateSample([...byPath.keys()], sampleSize);
  return [...templates, ...sample].map((path) => byPath.get(path) ?? path);
};

describe('HTML validity', () => {
  for (const [name, root, everyFile] of [
    ['demo site', testBuilds.public, false],
    ['internal edition', testBuilds.internal, false],
    ['reader fixture', testBuilds.readerFixture, true],
  ] as const) {
    it(
      `finds ${everyFile ? 'every HTML file' : `every template and ${sampleSize} other pages`} of the ${name} valid (html-validate)`,
      { timeout: 600_000 },
      async () => {
        const pages = filesToValidate(root, everyFile);
        expect(pages.length).toBeGreaterThan(20);
        const problems: string[] = [];
        for (const page of pages) {
          const report = await validator.validateString(readFileSync(join(root, page), 'utf8'), page);
          for (const result of report.results) {
            for (const message of result.messages)
              problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
          }
        }
        // Report the first few in full; they usually share one cause.
        expect(problems.slice(0, 25), `${problems.length} problems`).toEqual([]);
      },
    );
  }
});
