import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** The four Lighthouse category scores (0–100) and the two Web Vitals of one page. */
export interface LighthouseFigures {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Cumulative layout shift (unitless). */
  cls: number;
  /** Largest contentful paint in milliseconds (simulated slow 4G, 4× slower CPU). */
  lcpMs: number;
  /** Whether the page asks search engines not to index it (its SEO score then says little). */
  noindex: boolean;
  /**
   * Lighthouse's measure of this machine's speed while it ran (about 1,000+ on an idle desktop,
   * far lower on a busy one): its simulation multiplies the CPU time it sees by 4, so a busy
   * machine shows a blocking time no phone would see.
   */
  benchmarkIndex: number;
  /** Titles of the audits that cost points, for finding the cause. */
  failing: string[];
}

/** Debian's Chromium, never a downloaded browser (CHROME_PATH as chrome-launcher reads it). */
const chromePath = process.env['CHROME_PATH'] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const unmeasured = {
  performance: 0,
  accessibility: 0,
  bestPractices: 0,
  seo: 0,
  cls: Number.NaN,
  lcpMs: Number.NaN,
  noindex: false,
  benchmarkIndex: Number.NaN,
};

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/**
 * One Lighthouse run. Chromium now and then loses the trace of a load on a busy machine
 * (NO_NAVSTART, NO_FCP): such a run is tried once more.
 */
async function measure(url: string, port: number) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { runtimeError } = result.lhr;
    if (!runtimeError) return result.lhr;
    if (attempt === 2) throw new Error(`Lighthouse could not measure ${url}: ${runtimeError.message}`);
  }
}

/**
 * Run Lighthouse on each URL in turn with its default configuration: the mobile preset with
 * simulated throttling, as PageSpeed Insights and auditors run it. One Chromium for all pages.
 */
export async function runLighthouse(urls: string[], onPage?: (figures: LighthouseFigures) => void): Promise<LighthouseFigures[]> {
  const chrome = await launch({ chromePath, chromeFlags });
  const results: LighthouseFigures[] = [];
  try {
    for (const url of urls) {
      let lhr: Awaited<ReturnType<typeof measure>>;
      try {
        lhr = await measure(url, chrome.port);
      } catch (error) {
        // One page that cannot be measured (a 1 MB print layout on a busy machine) does not
        // stop the others; it counts as failed.
        const figures = { ...unmeasured, url, failing: [(error as Error).message] };
        results.push(figures);
        onPage?.(figures);
        continue;
      }
      const { categories, audits } = lhr;
      const failing = Object.values(categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 0.9)
          .map(
            (ref) =>
              `${category.id}: ${audits[ref.id]?.title ?? ref.id}${audits[ref.id]?.displayValue ? ` (${audits[ref.id]?.displayValue})` : ''}`,
          ),
      );
      const figures: LighthouseFigures = {
        url,
        performance: score(categories['performance']?.score),
        accessibility: score(categories['accessibility']?.score),
        bestPractices: score(categories['best-practices']?.score),
        seo: score(categories['seo']?.score),
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        noindex: audits['is-crawlable']?.score === 0,
        benchmarkIndex: lhr.environment.benchmarkIndex,
        failing,
      };
      results.push(figures);
      onPage?.(figures);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
