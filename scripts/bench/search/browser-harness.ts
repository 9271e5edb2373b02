// Bundled by scripts/bench/search/measure-search.ts and run inside Chromium on a page of the built site:
// the same designs and timing code as in Node, fed with the index the site serves. One call
// per design keeps every evaluation short.
import { decodeSearchIndex, type WireSearchIndex } from '#src/lib/search/search-index-types.ts';
import { allDesigns, lotseDesign, timeQueries, type SearchDesign } from './alternatives.ts';

const designs: Record<string, SearchDesign[]> = {};

const bench = {
  /**
   * Fetch the served index, take the 2,000- and 20,000-entry ones as given and build every
   * design over the first two, the shipped design over the third (the others take seconds per
   * query there).
   */
  async prepare(indexUrl: string, synthetic: WireSearchIndex, large: WireSearchIndex): Promise<string[]> {
    const index = decodeSearchIndex((await (await fetch(indexUrl)).json()) as WireSearchIndex);
    designs['demo'] = allDesigns(index);
    designs['synthetic'] = allDesigns(decodeSearchIndex(synthetic));
    designs['large'] = [lotseDesign(decodeSearchIndex(large))];
    return designs['demo'].map((design) => design.name);
  },
  time(set: string, position: number, queries: string[], runs: number): { p50: number; p95: number } {
    const design = designs[set]?.[position];
    if (!design) throw new Error(`no design ${set}/${position}`);
    return timeQueries(design, queries, runs);
  },
};

(window as unknown as { lotseSearchBench: typeof bench }).lotseSearchBench = bench;
