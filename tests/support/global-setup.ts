import { buildEdition, buildReaderFixture, printPapers } from './builds.ts';

/**
 * End-to-end tests run against three real builds, made once per test run: the demo content in
 * both editions (the public one completed as it is published: `npm run build`, then
 * `npm run papers`) and the reader fixture, which has every collection and the tricky cases.
 *
 * Chromium prints the papers while the other two build. Two Astro builds never run at once:
 * they share the project's .astro/ folder and content cache, which each build rewrites.
 */
export default async function setup(): Promise<void> {
  const started = performance.now();
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const result = await work();
    console.log(`e2e set-up: ${name} ready after ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return result;
  };
  const publicDir = await timed('public build', () => buildEdition('public'));
  await Promise.all([
    timed('papers of the public build', () => printPapers(publicDir)),
    timed('internal build', () => buildEdition('internal')).then(() => timed('reader fixture build', () => buildReaderFixture())),
  ]);
}
