// Everything the header search needs once the visitor starts typing, in one lazily loaded chunk.
export { loadSearchEngine } from './load-search-engine.ts';
export { plural, renderSearchHit } from './render-search-hit.ts';
