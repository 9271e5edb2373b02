import { testBuilds } from './builds.ts';

/**
 * The search, finder and map tests run on the public test build; the map's tile server is
 * stubbed by request routing (tile-stub.ts) instead of a build with another tile URL.
 * Kept as an alias for tests that still import it (tests/e2e/finder.test.ts).
 */
export const searchBuild = testBuilds.public;
