import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { badCases, badContentRoot, materialise, runScript } from './tests/support/content-fixtures.ts';
const names = process.argv.slice(2).length ? process.argv.slice(2) : badCases();
await Promise.all(names.map(async (name) => {
  const dir = materialise(name);
  const result = await runScript('scripts/check.ts', ['--content', 'content', '--config', 'site.config.yaml'], { cwd: dir });
  rmSync(dir, { recursive: true, force: true });
  const got = result.stdout.split('\n').filter((line) => line && !line.startsWith('✓')).join('\n');
  const want = readFileSync(join(badContentRoot, name, 'expected.txt'), 'utf8').trim();
  if (got !== want) console.log(`### ${name}\n- ${want}\n+ ${got}`);
}));
