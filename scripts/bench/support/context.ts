import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fingerprint } from '#src/lib/hash.ts';
import { writeBareAstro } from './bare-astro.ts';
import { folderFigures, runMeasured } from './measure.ts';
import type { BenchContext, BuildResult, Dataset, ReferenceResult } from './types.ts';

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
    // astro.config.mjs keeps one content cache per content folder (cacheDir), named by its fingerprint.
    rmSync(join(root, 'node_modules/.astro', fingerprint(resolve(dataset.contentDir)), 'data-store.json'), { force: true });
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
    return {
      dataset,
      outDir,
      seconds: result.seconds,
      pages: figures.pages,
      peakRssBytes: result.peakRssBytes,
      peakProcessRssBytes: result.peakProcessRssBytes,
      cpuSeconds: result.cpuSeconds,
      distBytes: figures.bytes,
    };
  };

  // The bare reference is written afresh (no earlier output, no content cache) and built with
  // the project's own Astro, measured exactly like Lotse's build.
  const buildReference = async (): Promise<ReferenceResult> => {
    const project = join(workDir, 'bare-astro');
    writeBareAstro(project);
    const outDir = join(project, 'dist');
    const result = await runMeasured(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project], {
      cwd: root,
      env: { ...process.env },
    });
    if (result.status !== 0 || !existsSync(outDir)) {
      throw new Error(`Build of the bare Astro reference failed:\n${result.output.split('\n').slice(-30).join('\n')}`);
    }
    const { pages } = folderFigures(outDir);
    return {
      outDir,
      seconds: result.seconds,
      pages,
      peakRssBytes: result.peakRssBytes,
      peakProcessRssBytes: result.peakProcessRssBytes,
      cpuSeconds: result.cpuSeconds,
    };
  };
  let reference: Promise<ReferenceResult> | undefined;

  return {
    datasets,
    root,
    workDir,
    build(dataset) {
      let pending = builds.get(dataset.name);
      if (!pending) builds.set(dataset.name, (pending = build(dataset)));
      return pending;
    },
    reference() {
      reference ??= buildReference();
      return reference;
    },
  };
}
