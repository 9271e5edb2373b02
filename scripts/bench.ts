/**
 * npm run bench [-- --only build,page-weight] [-- --datasets demo,synthetic] [-- --count 2000]
 *
 * Measures Lotse against the quality bars of the product brief and prints one table. Every
 * module in scripts/bench/*.ts exports `run(context)` and returns rows; the context builds each
 * data set once (clean, public edition) and shares the build. See docs/bench.md.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { budgets } from './bench/support/budgets.ts';
import { createContext } from './bench/support/context.ts';
import { renderTable } from './bench/support/table.ts';
import type { BenchRun, Dataset, Row } from './bench/support/types.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    datasets: { type: 'string', default: 'demo,synthetic' },
    count: { type: 'string', default: '2000' },
  },
});

const root = resolve(import.meta.dirname, '..');
const syntheticDir = join(root, '.lotse/synthetic/content');
const configFile = join(root, 'site.config.yaml');
const allDatasets: Record<string, Dataset> = {
  demo: { name: 'demo', label: 'demo', contentDir: join(root, 'content'), configFile },
  synthetic: {
    name: 'synthetic',
    label: `synthetic ${Number(values.count).toLocaleString('en-GB')}`,
    contentDir: syntheticDir,
    configFile,
  },
};
const datasets = values.datasets.split(',').map((name) => {
  const dataset = allDatasets[name.trim()];
  if (!dataset) throw new Error(`Unknown data set "${name}" – use demo and/or synthetic`);
  return dataset;
});

if (datasets.some((dataset) => dataset.name === 'synthetic')) {
  // Deterministic, so regenerating gives the same set; it keeps the set in step with the schemas.
  const generated = spawnSync(
    process.execPath,
    [join(root, 'scripts/generate-synthetic.ts'), '--count', values.count, '--out', syntheticDir],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (generated.status !== 0) throw new Error(`Generating the synthetic data set failed:\n${generated.stderr}`);
  process.stdout.write(generated.stdout);
}

const modulesDir = join(root, 'scripts/bench');
const only = values.only?.split(',').map((name) => name.trim());
const modules = readdirSync(modulesDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .filter((name) => !only || only.includes(name))
  // The build comes first: its timing must not include other modules' work.
  .sort((a, b) => (a === 'build' ? -1 : b === 'build' ? 1 : a.localeCompare(b)));

const context = createContext(root, datasets);
const rows: Row[] = [];
const failures: string[] = [];
for (const name of modules) {
  console.log(`… ${name}`);
  try {
    const module = (await import(join(modulesDir, `${name}.ts`))) as { run: BenchRun };
    rows.push(...(await module.run(context)));
  } catch (error) {
    failures.push(`${name}: ${(error as Error).message}`);
  }
}

console.log(`\n${renderTable(rows)}\n`);
const measuredAreas = new Set(rows.map((row) => row.area));
const unmeasured = Object.values(budgets).filter((budget) => !measuredAreas.has(budget.area));
if (unmeasured.length > 0) {
  console.log('Budgets without a bench module yet:');
  for (const budget of unmeasured) console.log(`  ${budget.area}: ${budget.text}`);
}

mkdirSync(context.workDir, { recursive: true });
writeFileSync(join(context.workDir, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
if (failures.length > 0) {
  console.error(`\n✗ ${failures.join('\n✗ ')}`);
  process.exit(1);
}
