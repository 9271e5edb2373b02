import { buildEdition, buildReaderFixture } from './builds.ts';
import { buildSearchSite } from './search-build.ts';

/** End-to-end tests run against real builds of both editions and of the test data sets, made once per test run. */
export default function setup(): void {
  buildEdition('public');
  buildEdition('internal');
  buildReaderFixture();
  buildSearchSite();
}
