import type { ComparisonIndex } from '#src/lib/compare-services.ts';
import { describeFit, type FitPhrases } from '#src/lib/counselling/describe-fit.ts';
import { comparisonCriteria, missesOnlyEligibility, rankOffers } from '#src/lib/counselling/rank-offers.ts';
import { describeOpenStatus, type OpenStatusLabels } from '#src/lib/open-status.ts';
import { entryOpenStatus } from '#src/lib/search/open-now.ts';
import { facetParams, isSet, readSearchParams, searchParamsOf, type SearchFilters } from '#src/lib/search/search-filters.ts';
import type { FacetName, SearchDoc } from '#src/lib/search/search-index-types.ts';
import { withEntry } from '#src/lib/referral/basket.ts';
import { loadBasket, saveBasket } from './referral-store.ts';
import { plural } from './search/render-search-hit.ts';

interface ComparisonStrings {
  intl: string;
  /** Languages the site (and so the referral slip) is written in. */
  slipLanguages: string[];
  hours: OpenStatusLabels;
  /** "{count} Angebote passen" by plural category (the heading of the fitting group). */
  fitting: Record<string, string>;
  /** "{count} von {total} Angeboten passen" by plural category (the status line). */
  fittingOf: Record<string, string>;
  noneFit: string;
  hint: string;
  fits: string;
  fitsNot: string;
  phrases: FitPhrases;
}

/**
 * Put rows into a group in this order, touching the DOM only when the order changed: moving a
 * row between a tap's pointer-down and pointer-up (an age field losing focus fires "change")
 * would swallow the tap on its referral toggle. `moveBefore`, where the browser has it, keeps a
 * moved row's state instead of disconnecting it as `append` does.
 */
function arrange(group: HTMLTableSectionElement, rows: HTMLTableRowElement[]): void {
  const current = [...group.querySelectorAll<HTMLTableRowElement>(':scope > tr[data-offer]')];
  if (current.length === rows.length && current.every((row, index) => row === rows[index])) return;
  const movable = group as HTMLTableSectionElement & { moveBefore?: (node: Node, child: Node | null) => void };
  for (const row of rows) {
    if (movable.moveBefore && row.isConnected) movable.moveBefore(row, null);
    else group.append(row);
  }
}

/**
 * <lotse-comparison>: puts the counselling services that fit a person's situation first and
 * says for each why it fits or not. The form is the source of truth; every change applies at
 * once (no extra tap) and is written into the address, so a reload or a shared link shows
 * the same list. The rows are the server's; this element only moves them between the two
 * groups, fills in the reasons and the open status.
 */
class LotseComparison extends HTMLElement {
  #index!: ComparisonIndex;
  #strings!: ComparisonStrings;
  #form!: HTMLFormElement;
  #rows = new Map<string, HTMLTableRowElement>();
  #docs = new Map<string, SearchDoc>();
  /** Row ids in the server's order (the order without a situation). */
  #order: string[] = [];
  #timer = 0;
  #announce = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    this.#form = form;
    this.#index = JSON.parse(this.dataset['index'] ?? '{}') as ComparisonIndex;
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as ComparisonStrings;
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-offer]')) {
      const id = row.dataset['offer'] ?? '';
      this.#rows.set(id, row);
      this.#docs.set(id, JSON.parse(row.dataset['doc'] ?? '{}') as SearchDoc);
      this.#order.push(id);
    }
    this.#fill(readSearchParams(new URLSearchParams(location.search)).filters);
    form.dataset['live'] = '';
    form.addEventListener('input', () => this.#changed());
    form.addEventListener('change', () => this.#changed());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#changed(true);
    });
    this.querySelector('[data-reset]')?.addEventListener('click', (event) => {
      event.preventDefault();
      form.reset();
      this.#changed(true);
    });
    this.addEventListener('click', (event) => this.#presetSlipLanguage(event));
    this.addEventListener('click', (event) => this.#printSlip(event));
    for (const link of this.querySelectorAll('[data-print-slip]')) link.removeAttribute('data-pending');
    this.#render(true);
    // Keep "open now" true while the page stays open at the counter.
    this.#timer = window.setInterval(() => this.#renderOpenStatus(), 60_000);
  }

  disconnectedCallback(): void {
    window.clearInterval(this.#timer);
  }

  /** The filters as the form holds them now. */
  #filters(): SearchFilters {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#form)) if (typeof value === 'string' && value !== '') params.append(key, value);
    return readSearchParams(params).filters;
  }

  /** Put filters from the address into the form (a select shows the first value asked for). */
  #fill(filters: SearchFilters): void {
    const elements = this.#form.elements;
    (elements.namedItem('age') as HTMLInputElement).value = filters.age === undefined ? '' : String(filters.age);
    (elements.namedItem('free') as HTMLInputElement).checked = filters.free;
    for (const select of this.#form.querySelectorAll('select')) {
      const facet = (Object.keys(facetParams) as (FacetName | 'kinds')[]).find((name) => facetParams[name] === select.name);
      const wanted = facet && facet !== 'kinds' ? (filters.terms[facet][0] ?? '') : '';
      select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    }
  }

  #changed(announceNow = false): void {
    const url = new URL(location.href);
    url.search = '';
    for (const [key, value] of Object.entries(searchParamsOf('', this.#filters())))
      for (const item of [value].flat()) url.searchParams.append(key, item);
    history.replaceState(history.state, '', url);
    this.#render(announceNow);
  }

  /** Label of a value as the form shows it (the select's option text). */
  #label(facet: FacetName, value: string): string {
    const select = this.#form.elements.namedItem(facetParams[facet]);
    const option = select instanceof HTMLSelectElement ? [...select.options].find((item) => item.value === value) : undefined;
    return option?.textContent?.trim() ?? value;
  }

  #render(announceNow: boolean): void {
    const filters = this.#filters();
    const situation = comparisonCriteria.some((criterion) => isSet(filters, criterion));
    const docs = this.#order.flatMap((id) => this.#docs.get(id) ?? []);
    const ranked = rankOffers(docs, filters, this.#index, new Date());
    const fitGroup = this.querySelector<HTMLTableSectionElement>('tbody[data-group="fit"]');
    const restGroup = this.querySelector<HTMLTableSectionElement>('tbody[data-group="rest"]');
    if (!fitGroup || !restGroup) return;
    const list = new Intl.ListFormat(this.#strings.intl, { type: 'disjunction' });
    let fitting = 0;
    const fitRows: HTMLTableRowElement[] = [];
    const restRows: HTMLTableRowElement[] = [];
    for (const fit of ranked) {
      const row = this.#rows.get(fit.doc.id);
      if (!row) continue;
      const fits = situation && fit.fits;
      if (fits) fitting++;
      (fits ? fitRows : restRows).push(row);
      row.dataset['fit'] = situation ? (fits ? 'yes' : 'no') : '';
      const reasons = situation
        ? describeFit(fit, {
            filters,
            phrases: this.#strings.phrases,
            label: (facet, value) => this.#label(facet, value),
            ownAge: row.dataset['ageText'] ?? '',
            list: (items) => list.format(items),
          })
        : [];
      const holder = row.querySelector<HTMLUListElement>('[data-reasons]');
      if (holder) {
        holder.replaceChildren(
          ...reasons.map((reason) => {
            const item = document.createElement('li');
            item.className = reason.ok ? 'reason--ok' : 'reason--no';
            const hidden = document.createElement('span');
            hidden.className = 'visually-hidden';
            hidden.textContent = `${reason.ok ? this.#strings.fits : this.#strings.fitsNot}: `;
            const mark = document.createElement('span');
            mark.setAttribute('aria-hidden', 'true');
            mark.textContent = reason.ok ? ' ✓' : ' ✗';
            item.append(hidden, reason.text, mark);
            return item;
          }),
        );
        holder.hidden = reasons.length === 0;
      }
      const note = row.querySelector<HTMLElement>('[data-nobody-away-note]');
      if (note) note.hidden = !(situation && row.dataset['nobodyAway'] !== undefined && missesOnlyEligibility(fit));
    }
    arrange(fitGroup, fitRows);
    arrange(restGroup, restRows);
    fitGroup.hidden = !situation || fitting === 0;
    const fitHeading = fitGroup.querySelector('[data-group-heading]');
    const counted = plural(this.#strings.fitting, fitting, document.documentElement.lang);
    if (fitHeading) fitHeading.textContent = counted;
    const restHeading = restGroup.querySelector<HTMLElement>('.comparison__group');
    if (restHeading) restHeading.hidden = !situation || fitting === ranked.length;
    this.#renderOpenStatus();

    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!status) return;
    const lang = document.documentElement.lang;
    const message = !situation
      ? this.#strings.hint
      : fitting === 0
        ? this.#strings.noneFit
        : plural(this.#strings.fittingOf, fitting, lang).replace('{total}', new Intl.NumberFormat(lang).format(ranked.length));
    // The group heading already shows the count; the line stays for screen readers then.
    status.classList.toggle('visually-hidden', situation && fitting > 0);
    window.clearTimeout(this.#announce);
    // Announce once typing pauses, not on every keystroke in the age field.
    if (announceNow) status.textContent = message;
    else this.#announce = window.setTimeout(() => (status.textContent = message), 400);
  }

  /**
   * The person's language, as entered here, becomes the slip's client language when an offer
   * is added, so the slip prints in that language beside German without choosing it again.
   * Only the language is kept (as the slip page itself keeps it), never the rest of the situation.
   */
  #presetSlipLanguage(event: Event): void {
    const toggle = (event.target as Element | null)?.closest('lotse-referral-toggle');
    const language = this.#filters().terms.languages[0];
    if (!(toggle instanceof HTMLElement) || !language || !this.#strings.slipLanguages.includes(language)) return;
    const basket = loadBasket();
    // The toggle's own listener ran first: the entry is in the basket only when it was added.
    if (basket.ids.includes(toggle.dataset['entry'] ?? '') && basket.lang !== language) saveBasket({ ...basket, lang: language });
  }

  /**
   * "Print slip" on an offer: it joins the slip (with whatever the counsellor collected before),
   * the person's language becomes the slip's client language, and the slip page prints itself.
   */
  #printSlip(event: Event): void {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-print-slip]');
    if (!link) return;
    const language = this.#filters().terms.languages[0];
    const lang = language && this.#strings.slipLanguages.includes(language) ? language : undefined;
    saveBasket(withEntry(loadBasket(), link.dataset['printSlip'] ?? '', lang));
  }

  #renderOpenStatus(): void {
    const now = new Date();
    for (const [id, row] of this.#rows) {
      const output = row.querySelector<HTMLElement>('[data-open-status]');
      const doc = this.#docs.get(id);
      if (!output || !doc) continue;
      const open = entryOpenStatus(doc, this.#index, now);
      const text = open ? describeOpenStatus(open.status, open.today, open.appointmentOnly, this.#strings.hours, this.#strings.intl) : '';
      if (output.textContent !== text) output.textContent = text;
      output.dataset['state'] = open?.status.state === 'open' && !open.appointmentOnly ? 'open' : 'other';
    }
  }
}

if (!customElements.get('lotse-comparison')) customElements.define('lotse-comparison', LotseComparison);
