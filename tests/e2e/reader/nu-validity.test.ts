import { describe, expect, it } from 'vitest';
import { testBuilds } from '../../support/builds.ts';
import { checkWithNu, type NuMessage } from '../../support/nu-checker.ts';
import { templateSamples } from '#scripts/audit/page-templates.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { htmlFiles } from './support.ts';

/**
 * The W3C Nu HTML checker, the one auditors use, on every page template in every locale: the
 * largest page of each template (entries of every collection, topics, matters) and every other
 * page, print layouts included, plus the editors' to-do page of the internal edition. No error,
 * and no warning except those listed here with the reason they do not apply to the live site.
 */
const acceptedWarnings: { pattern: RegExp; reason: string }[] = [
  {
    pattern:
      /^Resource violates Content Security Policy \(meta tag\): (external (script|stylesheet) “\/_astro\/|image “\/[a-z]{2}\/qr\/)[^”]+” blocked by/,
    reason:
      "The checker reads files, which have no origin, so the policy's 'self' matches nothing. On a web host the files are " +
      "the site's own (scripts, styles, the brochures' QR codes); the browser tests load every page under this policy " +
      'without a console error, and `npm run papers` prints every QR code under it.',
  },
  {
    pattern: /^Inline script violates Content Security Policy \(meta tag\)/,
    reason:
      'Only the JSON-LD data block (<script type="application/ld+json">) is inline: browsers never run a data block and ' +
      'the policy does not apply to it (the extract is checked below).',
  },
];

const describeMessage = (message: NuMessage) =>
  `${message.url.replace(/^.*?\/test-builds\/[^/]+\//, '')}:${message.lastLine ?? '?'} ${message.subType ?? message.type}: ${message.message}` +
  (message.extract ? `\n    ${message.extract.replace(/\s+/g, ' ').slice(0, 160)}` : '');

describe('W3C Nu HTML checker', () => {
  it('finds no error and no unlisted warning on any page template in any locale', { timeout: 600_000 }, () => {
    const locales = readSiteConfig().locales;
    const samples = templateSamples(testBuilds.public, htmlFiles(testBuilds.public), locales);
    // Every locale has every template: the same number of pages each.
    for (const locale of locales) {
      expect(samples.filter((sample) => sample.path.startsWith(`${locale}/`)).length, locale).toBe(
        samples.filter((sample) => sample.path.startsWith(`${locales[0]}/`)).length,
      );
    }
    expect(samples.map((sample) => sample.template)).toEqual(
      expect.arrayContaining(['home', 'entry:services', 'entry:journeys', 'referral', 'brochure/print', 'papers/networks/print']),
    );

    const messages = [
      ...checkWithNu(
        samples.map((sample) => sample.path),
        testBuilds.public,
      ),
      ...checkWithNu(['de/redaktion/index.html'], testBuilds.internal),
    ];
    const errors = messages.filter((message) => message.type !== 'info');
    const warnings = messages.filter((message) => message.type === 'info' && message.subType === 'warning');
    const unlisted = warnings.filter((warning) => !acceptedWarnings.some(({ pattern }) => pattern.test(warning.message)));
    const inlineScripts = warnings.filter((warning) => /^Inline script/.test(warning.message));

    expect(errors.map(describeMessage).slice(0, 30), `${errors.length} errors`).toEqual([]);
    expect(unlisted.map(describeMessage).slice(0, 30), `${unlisted.length} unlisted warnings`).toEqual([]);
    expect(
      inlineScripts.filter((warning) => !warning.extract?.includes('<script type="application/ld+json">')).map(describeMessage),
    ).toEqual([]);
  });
});
