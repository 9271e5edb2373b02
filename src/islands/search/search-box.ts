import type { SearchEngine } from '#src/lib/search/search-engine.ts';
import type { HitStrings } from './render-search-hit.ts';

/** The engine, fuse.js and the renderer load with the index, on first focus: no cost for pages nobody searches on. */
type Runtime = typeof import('./search-runtime.ts');

interface BoxStrings extends HitStrings {
  results: Record<string, string>;
  noResults: string;
  tooShort: string;
  loading: string;
  showAll: string;
  failed: string;
}

/** How many results the header shows while typing; Enter opens the full list. */
const shownInHeader = 6;

/**
 * <lotse-search-box>: the search field in the header of every page. The server renders a
 * plain GET form to the search page (works without JavaScript). This element adds results as
 * you type: the language's index is fetched the first time the field gets focus, so pages
 * that nobody searches on never load it.
 */
class LotseSearchBox extends HTMLElement {
  #engine: SearchEngine | undefined;
  #runtime: Runtime | undefined;
  #input!: HTMLInputElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLUListElement;
  #more!: HTMLAnchorElement;
  #strings!: BoxStrings;
  #frame = 0;
  /** Query of the results on show: re-rendering them would drop the keyboard focus. */
  #shown = '';
  /**
   * Set when the reader closes the panel (Escape, or focus leaving the box) and cleared when they
   * type or press the down arrow: an answer still on its way (the index loading, a frame not yet
   * drawn) must not open the panel again behind their back.
   */
  #dismissed = false;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const panel = this.querySelector<HTMLElement>('[data-search-panel]');
    if (!input || !panel) return;
    this.#input = input;
    this.#panel = panel;
    this.#status = panel.querySelector<HTMLElement>('[role="status"]') as HTMLElement;
    this.#list = panel.querySelector<HTMLUListElement>('ul') as HTMLUListElement;
    this.#more = panel.querySelector<HTMLAnchorElement>('a[data-search-all]') as HTMLAnchorElement;
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as BoxStrings;
    input.addEventListener('focus', () => void this.#load(), { once: true });
    input.addEventListener('input', () => {
      this.#dismissed = false;
      this.#schedule();
    });
    input.addEventListener('keydown', (event) => this.#onInputKey(event));
    panel.addEventListener('keydown', (event) => this.#onPanelKey(event));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.#dismiss();
    });
  }

  async #load(): Promise<SearchEngine | undefined> {
    if (this.#engine) return this.#engine;
    try {
      this.#runtime ??= await import('./search-runtime.ts');
      this.#engine = await this.#runtime.loadSearchEngine(this.dataset['index'] ?? '');
      this.#schedule();
      return this.#engine;
    } catch {
      if (!this.#dismissed) this.#show(this.#strings.failed);
      return undefined;
    }
  }

  #schedule(): void {
    cancelAnimationFrame(this.#frame);
    if (this.#dismissed) return;
    this.#frame = requestAnimationFrame(() => this.#render());
  }

  /** Draws a pending frame at once: the keyboard must land on the results of what is in the field. */
  #renderNow(): void {
    cancelAnimationFrame(this.#frame);
    this.#render();
  }

  #render(): void {
    const query = this.#input.value.trim();
    if (query === '') {
      this.#shown = '';
      this.#close();
      return;
    }
    const runtime = this.#runtime;
    if (!this.#engine || !runtime) {
      this.#show(this.#strings.loading);
      void this.#load();
      return;
    }
    if (query === this.#shown) {
      this.#panel.hidden = false;
      return;
    }
    this.#shown = query;
    const now = new Date();
    const results = this.#engine.search(query, { limit: 50, now });
    this.#list.replaceChildren(
      ...results.hits
        .slice(0, shownInHeader)
        .map((hit) => runtime.renderSearchHit(hit, this.#engine!.index, results.matched, this.#strings, now, true)),
    );
    const count = results.hits.length;
    const lang = document.documentElement.lang;
    const summary =
      count > 0 ? runtime.plural(this.#strings.results, count, lang) : results.tooShort ? this.#strings.tooShort : this.#strings.noResults;
    const url = new URL(this.#more.dataset['base'] ?? '', location.href);
    url.searchParams.set('q', query);
    this.#more.href = `${url.pathname}${url.search}`;
    this.#more.hidden = count <= shownInHeader;
    this.#show(summary);
  }

  #show(status: string): void {
    this.#status.textContent = status;
    this.#panel.hidden = false;
  }

  #close(): void {
    this.#panel.hidden = true;
  }

  #dismiss(): void {
    cancelAnimationFrame(this.#frame);
    this.#dismissed = true;
    this.#close();
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#panel.querySelectorAll<HTMLAnchorElement>('a:not([hidden])')];
  }

  #onInputKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      // As in a combobox: the down arrow opens the results again after Escape, and moves into them.
      event.preventDefault();
      this.#dismissed = false;
      this.#renderNow();
      if (!this.#panel.hidden) this.#links()[0]?.focus();
    } else if (event.key === 'Escape') {
      this.#dismiss();
    }
  }

  #onPanelKey(event: KeyboardEvent): void {
    const links = this.#links();
    const position = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = position + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.#input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      this.#dismiss();
      this.#input.focus();
    }
  }
}

customElements.define('lotse-search-box', LotseSearchBox);
