import type { LighthouseFigures } from './run-lighthouse.ts';

/** The bar every template must clear (issue 15): what auditors accept without a remark. */
const lighthouseBar = { minScore: 95, maxCls: 0.1 } as const;

/** What keeps one page from clearing the bar; empty when it clears it. */
export function judge(page: LighthouseFigures): { problems: string[] } {
  if (Number.isNaN(page.cls)) return { problems: [`not measured (${page.failing[0] ?? 'no result'})`] };
  const problems: string[] = [];
  const scores = [
    ['performance', page.performance],
    ['accessibility', page.accessibility],
    ['best practices', page.bestPractices],
    // "noindex" costs SEO points by design: such a page (slip, search, print layouts) asks not to be found.
    ...(page.noindex ? [] : [['SEO', page.seo] as const]),
  ] as const;
  for (const [name, value] of scores) if (value < lighthouseBar.minScore) problems.push(`${name} ${value} < ${lighthouseBar.minScore}`);
  if (!(page.cls < lighthouseBar.maxCls)) problems.push(`CLS ${page.cls.toFixed(3)} ≥ ${lighthouseBar.maxCls}`);
  return { problems };
}

/** The audit table in Markdown, one line per template and locale. */
export function auditTable(rows: (LighthouseFigures & { template: string; locale: string })[], verdicts: { problems: string[] }[]): string {
  const lines = [
    '| Template | Locale | Performance | Accessibility | Best practices | SEO | CLS | LCP | |',
    '|---|---|--:|--:|--:|--:|--:|--:|---|',
  ];
  rows.forEach((row, index) => {
    const seo = row.noindex ? `${row.seo} (noindex)` : String(row.seo);
    const ok = verdicts[index]!.problems.length === 0 ? '✓' : '✗';
    lines.push(
      `| ${row.template} | ${row.locale || '–'} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${seo} | ${row.cls.toFixed(3)} | ${(row.lcpMs / 1000).toFixed(1)} s | ${ok} |`,
    );
  });
  return lines.join('\n');
}
