import type { SearchEngine } from '#src/lib/search/search-engine.ts';
import { facetCounts, hasFilters, readSearchParams, searchParamsOf, type SearchFilters } from '#src/lib/search/search-filters.ts';
import type { FacetName } from '#src/lib/search/search-index-types.ts';
import { loadSearchEngine } from './load-search-engine.ts';
import { plural, renderSearchHit, type HitStrings } from './render-search-hit.ts';

interface PageStrings extends HitStrings {
  results: Record<string, string>;
  noResults: string;
  tooShort: string;
  loading: string;
  failed: string;
  hint: string;
}

/** Results shown at first; "show more" adds this many each time. */
const pageSize = 30;

/**
 * <lotse-search-page>: runs the query and facets of the server-rendered form against the
 * index. The form stays the source of truth: every change is written to the URL
 * (history.replaceState), so reloading or sharing the address gives the same list, and
 * the result count is announced in the form's status region.
 */
class LotseSearchPage extends HTMLElement {
  #engine: SearchEngine | undefined;
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #strings!: PageStrings;
  #shown = pageSize;
  #frame = 0;
  #announce = 0;

  connectedCallback(): void {
    this.#form = this.querySelector('form') as HTMLFormElement;
    this.#status = this.querySelector('[data-status]') as HTMLElement;
    this.#results = this.querySelector('[data-results]') as HTMLOListElement;
    this.#more = this.querySelector('[data-more]') as HTMLButtonElement;
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as PageStrings;
    this.#fillForm(readSearchParams(new URLSearchParams(location.search)));
    this.#form.addEventListener('input', () => this.#changed());
    this.#form.addEventListener('change', () => this.#changed());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#changed(true);
    });
    this.#more.addEventListener('click', () => {
      this.#shown += pageSize;
      this.#render(false);
      (this.#results.children[this.#shown - pageSize] as HTMLElement | undefined)?.querySelector('a')?.focus();
    });
    this.querySelector('[data-reset]')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.#fillForm({
        query: (this.#form.elements.namedItem('q') as HTMLInputElement).value,
        filters: readSearchParams(new URLSearchParams()).filters,
      });
      this.#changed(true);
    });
    this.#status.textContent = this.#strings.loading;
    loadSearchEngine(this.dataset['index'] ?? '')
      .then((engine) => {
        this.#engine = engine;
        this.#render(true);
      })
      .catch(() => {
        this.#status.textContent = this.#strings.failed;
      });
  }

  /** Query and filters as the form holds them now. */
  #state(): { query: string; filters: SearchFilters } {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#form)) if (typeof value === 'string' && value !== '') params.append(key, value);
    return readSearchParams(params);
  }

  #fillForm({ query, filters }: { query: string; filters: SearchFilters }): void {
    (this.#form.elements.namedItem('q') as HTMLInputElement).value = query;
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(searchParamsOf('', filters))) for (const item of [value].flat()) params.append(key, item);
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = params.getAll(box.name).includes(box.value);
    (this.#form.elements.namedItem('age') as HTMLInputElement).value = filters.age === undefined ? '' : String(filters.age);
    if (hasFilters(filters)) (this.querySelector('[data-filters]') as HTMLDetailsElement).open = true;
  }

  #changed(immediate = false): void {
    this.#shown = pageSize;
    const { query, filters } = this.#state();
    const url = new URL(location.href);
    url.search = '';
    for (const [key, value] of Object.entries(searchParamsOf(query, filters)))
      for (const item of [value].flat()) url.searchParams.append(key, item);
    history.replaceState(null, '', url);
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#render(immediate));
  }

  #render(announceNow: boolean): void {
    const engine = this.#engine;
    if (!engine) return;
    const { query, filters } = this.#state();
    const now = new Date();
    const results = engine.search(query, { filters, now });
    const hits = results.hits;
    this.#results.replaceChildren(
      ...hits.slice(0, this.#shown).map((hit) => renderSearchHit(hit, engine.index, results.matched, this.#strings, now)),
    );
    this.#more.hidden = hits.length <= this.#shown;
    this.#updateCounts(query, filters, now);
    const lang = document.documentElement.lang;
    const message =
      query.trim() === '' && !hasFilters(filters)
        ? this.#strings.hint
        : hits.length > 0
          ? plural(this.#strings.results, hits.length, lang)
          : results.tooShort
            ? this.#strings.tooShort
            : this.#strings.noResults;
    // Announce the count once typing pauses, not on every keystroke.
    clearTimeout(this.#announce);
    if (announceNow) this.#status.textContent = message;
    else this.#announce = window.setTimeout(() => (this.#status.textContent = message), 400);
  }

  /** Counts beside each facet choice, for the current query and the other filters. */
  #updateCounts(query: string, filters: SearchFilters, now: Date): void {
    const engine = this.#engine as SearchEngine;
    const base = query.trim() === '' ? engine.index.docs : engine.search(query, { now }).hits.map((hit) => hit.doc);
    const counts = facetCounts(base, filters, engine.index, now);
    for (const element of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const key = element.dataset['countFor'] ?? '';
      const [facet = '', value = ''] = key.split(':');
      const count =
        facet === 'openNow'
          ? counts.openNow
          : facet === 'free'
            ? counts.free
            : facet === 'kinds'
              ? (counts.kinds[value] ?? 0)
              : (counts.terms[facet as FacetName]?.[value] ?? 0);
      element.textContent = `(${count})`;
    }
  }
}

customElements.define('lotse-search-page', LotseSearchPage);
