import { chromium } from 'playwright-core';
import { serveStatic } from './tests/support/static-server.ts';
const server = await serveStatic('.lotse/test-builds/reader-fixture');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const context = await browser.newContext({ timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 780 } });
const tab = await context.newPage();
await tab.clock.setFixedTime(new Date('2026-11-28T10:00:00+01:00'));
await tab.addInitScript(() => {
  const shifts: unknown[] = [];
  (window as any).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as any[]) shifts.push({ value: entry.value, sources: entry.sources.map((s: any) => (s.node ? (s.node.outerHTML ?? s.node.nodeName).slice(0, 140) : '?') + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect)) });
  }).observe({ type: 'layout-shift', buffered: true });
});
await tab.goto(`${server.url}/de/organisations/abh-fixture/`);
await tab.locator('lotse-open-status[data-state="closed"]').first().waitFor();
await tab.waitForTimeout(500);
console.log(await tab.locator('lotse-open-status').first().evaluate((e) => [e.textContent, e.getBoundingClientRect().height, getComputedStyle(e).fontSize, getComputedStyle(e).lineHeight]));
await browser.close(); await server.close();
