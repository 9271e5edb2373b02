import { createSearchEngine, type SearchEngine } from '#src/lib/search/search-engine.ts';
import { decodeSearchIndex, type WireSearchIndex } from '#src/lib/search/search-index-types.ts';

const engines = new Map<string, Promise<SearchEngine>>();

/** Fetch a language's index once and build the engine; later calls share the same promise. */
export function loadSearchEngine(url: string): Promise<SearchEngine> {
  let engine = engines.get(url);
  if (!engine) {
    engine = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<WireSearchIndex>;
      })
      .then((wire) => createSearchEngine(decodeSearchIndex(wire)));
    engine.catch(() => engines.delete(url));
    engines.set(url, engine);
  }
  return engine;
}
