import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { folderFigures, runMeasured } from './measure.ts';
import type { BenchContext, BuildResult, Dataset } from './types.ts';

/**
 * The context every bench module gets: the data sets and a memoised clean public build of each,
 * so a page-weight or search module measures the same build the build module timed.
 */
export function createContext(root: string, datasets: Dataset[]): BenchContext {
  const workDir = join(root, '.lotse/bench');
  const builds = new Map<string, Promise<BuildResult>>();

  const build = async (dataset: Dataset): Promise<BuildResult> => {
    const outDir = join(workDir, dataset.name, 'dist');
    // A clean build: no earlier output and no content-layer cache from another data set.
    rmSync(outDir, { recursive: true, force: true });
    rmSync(join(root, 'node_modules/.astro/data-store.json'), { force: true });
    const result = await runMeasured(process.execPath, [join(root, 'scripts/build.ts')], {
      cwd: root,
      env: {
        ...process.env,
        LOTSE_EDITION: 'public',
        LOTSE_CONTENT_DIR: resolve(dataset.contentDir),
        LOTSE_SITE_CONFIG: resolve(dataset.configFile),
        LOTSE_OUT_DIR: outDir,
      },
    });
    if (result.status !== 0 || !existsSync(outDir)) {
      throw new Error(`Build of ${dataset.label} failed:\n${result.output.split('\n').slice(-30).join('\n')}`);
    }
    const figures = folderFigures(outDir);
    return { dataset, outDir, seconds: result.seconds, pages: figures.pages, peakRssBytes: result.peakRssBytes, distBytes: figures.bytes };
  };

  return {
    datasets,
    root,
    workDir,
    build(dataset) {
      let pending = builds.get(dataset.name);
      if (!pending) builds.set(dataset.name, (pending = build(dataset)));
      return pending;
    },
  };
}
