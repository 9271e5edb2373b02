import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { testBuilds } from '../../support/builds.ts';
import { htmlFiles } from './support.ts';

/**
 * Every HTML file the build writes must be valid HTML. html-validate's recommended rules, minus
 * pure source-formatting preferences that say nothing about validity of minified output.
 */
const validator = new HtmlValidate({
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
    // A group of checkboxes shares one name (valid HTML: the form sends every checked value).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

describe('HTML validity', () => {
  for (const [name, root] of [
    ['demo site', testBuilds.public],
    ['internal edition', testBuilds.internal],
    ['reader fixture', testBuilds.readerFixture],
  ] as const) {
    // About 6,100 pages per edition: two minutes on a two-core machine, so a generous limit.
    it(`finds every HTML file of the ${name} valid (html-validate)`, { timeout: 900_000 }, async () => {
      const pages = htmlFiles(root);
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
    });
  }
});
