import { buildEdition, buildReaderFixture } from './builds.ts';

/** End-to-end tests run against real builds of both editions and of the reader fixture, made once per test run. */
export default function setup(): void {
  buildEdition('public');
  buildEdition('internal');
  buildReaderFixture();
}
