import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { referralPath } from '#src/lib/paths.ts';
import { testBuilds } from '../../support/builds.ts';
import { openSite, type SiteUnderTest } from './support.ts';

// Islands load their data and libraries after the page: on a busy machine that takes seconds.
vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

/**
 * Phone numbers and German terms inside Arabic and Persian text must keep their logical order
 * on screen. Measured in Chromium from the boxes of the characters: each character of the run
 * lies to the right of the one before it on the same line, or on a lower line.
 */

/** Where each character of the first occurrence of `needle` inside `root` is drawn. */
async function characterBoxes(page: Page, root: string, needle: string): Promise<{ char: string; x: number; y: number; height: number }[]> {
  return page.evaluate(
    ({ root, needle }) => {
      const scope = document.querySelector(root);
      if (!scope) return [];
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const text = nodes.map((node) => node.data).join('');
      const start = text.indexOf(needle);
      if (start < 0) return [];
      const boxes: { char: string; x: number; y: number; height: number }[] = [];
      let offset = 0;
      for (const node of nodes) {
        for (let index = 0; index < node.data.length; index++, offset++) {
          if (offset < start || offset >= start + needle.length || /\s/.test(node.data[index] ?? '')) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getBoundingClientRect();
          boxes.push({ char: node.data[index] ?? '', x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, height: rect.height });
        }
      }
      return boxes;
    },
    { root, needle },
  );
}

/** Pairs of neighbouring characters that are drawn out of logical (left-to-right) order. */
function outOfOrder(boxes: { char: string; x: number; y: number; height: number }[]): string[] {
  return boxes.slice(1).flatMap((box, index) => {
    const before = boxes[index]!;
    const sameLine = Math.abs(box.y - before.y) < before.height / 2;
    return (sameLine && box.x > before.x) || (!sameLine && box.y > before.y) ? [] : [`${before.char}${box.char}`];
  });
}

/** Poll until `needle` is drawn inside `root`, then return the pairs drawn out of order. */
async function orderOf(page: Page, root: string, needle: string): Promise<string[]> {
  await expect.poll(async () => (await characterBoxes(page, root, needle)).length).toBeGreaterThan(0);
  return outOfOrder(await characterBoxes(page, root, needle));
}

describe('left-to-right runs inside Arabic and Persian text', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.public);
  });
  afterAll(() => site.close());

  for (const locale of ['ar', 'fa'] as const) {
    it(`keeps phone numbers and German terms in order on entry pages (${locale})`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
      const page = await context.newPage();
      await page.goto(`${site.url}/${locale}/faq/faq-telefon-auslaenderbehoerde/`);
      expect(await orderOf(page, 'main .prose', '+49 9999 100-3310')).toEqual([]);
      await page.goto(`${site.url}/${locale}/responsibilities/aufenthaltstitel-verlaengern/`);
      expect(await orderOf(page, 'main h1', '(Aufenthaltstitel verlängern)')).toEqual([]);
      expect(await orderOf(page, 'main .lead', '(Aufenthaltserlaubnis)')).toEqual([]);
      // The Arabic or Persian words before the German term come first, i.e. to its right.
      const boxes = await characterBoxes(page, 'main h1', ((await page.locator('main h1').textContent()) ?? '').trim());
      const german = boxes.findIndex((box) => box.char === 'A');
      expect(boxes[0]!.y < boxes[german]!.y - 1 || boxes[0]!.x > boxes[german]!.x).toBe(true);
      await context.close();
    });

    it(`keeps phone numbers and German terms in order on the referral slip (${locale})`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
      const page = await context.newPage();
      await page.goto(`${site.url}${referralPath('de')}#ids=aufenthaltstitel-verlaengern,mbe-awo&lang=${locale}`);
      const client = '[data-slip-entry="aufenthaltstitel-verlaengern"] [data-slip-column="client"]';
      expect(await orderOf(page, client, '+49 9999 100-3310')).toEqual([]);
      expect(await orderOf(page, client, '(Aufenthaltstitel verlängern)')).toEqual([]);
      expect(await orderOf(page, '[data-slip-entry="mbe-awo"] [data-slip-column="client"]', '+49 9999 3000-40')).toEqual([]);
      await context.close();
    });

    it(`keeps German terms in order in search results (${locale})`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
      const page = await context.newPage();
      await page.goto(`${site.url}/${locale}/search/?q=Aufenthaltstitel`);
      expect(await orderOf(page, 'main', '(Aufenthaltstitel verlängern)')).toEqual([]);
      await context.close();
    });
  }
});
