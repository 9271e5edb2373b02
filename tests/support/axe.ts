import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe-core on the page as it is now, with axe's default rules (WCAG 2.0–2.2 A/AA and best
 * practice); one line per violated rule and node, so a failing test names what to fix.
 *
 * Legacy mode runs axe in the page itself: the pages have no frames from other origins, and the
 * default mode opens a blank page per run to merge frame results, which took ~40 % of each run.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).setLegacyMode(true).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} – ${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help}`,
    ),
  );
}
