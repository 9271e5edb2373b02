import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The tests start Node often: the check alone some ninety times for the bad-input corpus, each
// compiling the same schemas. Node's compile cache keeps that work between the processes (a
// check starts in two thirds of the CPU time); they inherit it from here.
process.env['NODE_COMPILE_CACHE'] ??= resolve('node_modules/.cache/node-compile');

// Three projects: fast unit tests of src/lib and schemas; the command-line tools run as real
// processes on real folders (check, build guard, synthetic data); and end-to-end tests in
// Debian's Chromium against real builds of the demo site (built once in the global setup).
export default defineConfig({
  test: {
    // Vitest's default for a run is one worker fewer than cores: a single worker on a two-core
    // machine, so every file waited for the one before. A browser test spends much of its time
    // waiting for Chromium and the network, so a worker per core keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
          // Pure modules without shared state: each worker imports them once for all its files
          // instead of once per file (the demo content and schemas take most of a file's time).
          isolate: false,
        },
      },
      {
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Each file opens its own browser and server; the support modules it imports hold only
          // read-only data, so a worker imports them once instead of once per file.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // The builds are made once, before any file runs; each file serves them read-only on
          // its own port with its own browser, so files run side by side on both cores.
          // Browser assertions retry until the page settles (expect.poll); a busy machine may
          // need seconds for what takes milliseconds on a quiet one.
          expect: { poll: { timeout: 20_000, interval: 50 } },
        },
      },
    ],
  },
});
