import { basketFragment, basketFromFragment, toggleId, type Basket } from '../lib/referral/basket.ts';
import type { SlipEntry } from '../lib/referral/slip-data.ts';
import { loadBasket, onBasketChange, saveBasket } from './referral-store.ts';

/** One language's slip data as served by /referral-data/<locale>.json. */
interface SlipData {
  locale: string;
  dir: 'ltr' | 'rtl';
  language: string;
  labels: Record<string, string>;
  entries: Record<string, SlipEntry>;
}

/**
 * <lotse-referral-slip>: the referral slip. Reads the basket (or a share link's fragment), loads
 * the entries in the client's language and in German, and renders them side by side, one entry per
 * row, with a QR code to the online entry. Printing uses the page's print styles (one A4 page).
 */
class ReferralSlip extends HTMLElement {
  private cache = new Map<string, Promise<SlipData>>();
  private form: HTMLFormElement | null = null;

  connectedCallback(): void {
    const shared = basketFromFragment(location.hash);
    if (shared) saveBasket(shared);
    this.form = this.querySelector('form');
    if (this.form) {
      this.form.hidden = false;
      this.form.addEventListener('submit', (event) => event.preventDefault());
      const select = this.form.querySelector<HTMLSelectElement>('select[name="lang"]');
      select?.addEventListener('change', () => saveBasket({ ...loadBasket(), lang: select.value }));
      this.form.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
      this.form.querySelector('[data-action="clear"]')?.addEventListener('click', () => saveBasket({ ids: [] }));
    }
    onBasketChange(() => void this.render());
    void this.render();
  }

  private load(locale: string): Promise<SlipData> {
    let data = this.cache.get(locale);
    if (!data) {
      const url = (this.dataset['dataUrl'] ?? '').replace('{locale}', locale);
      data = fetch(url).then((response) => response.json() as Promise<SlipData>);
      this.cache.set(locale, data);
    }
    return data;
  }

  private async render(): Promise<void> {
    const basket = loadBasket();
    const source = this.dataset['sourceLocale'] ?? 'de';
    const lang = basket.lang ?? this.dataset['pageLocale'] ?? source;
    const select = this.form?.elements.namedItem('lang') as HTMLSelectElement | null;
    if (select) select.value = lang;
    const share = this.form?.elements.namedItem('share') as HTMLInputElement | null;
    if (share) share.value = `${location.origin}${location.pathname}${basketFragment({ ...basket, lang })}`;
    const empty = this.querySelector<HTMLElement>('[data-slip-empty]');
    const sheet = this.querySelector<HTMLElement>('[data-slip-sheet]');
    if (!sheet) return;
    if (empty) empty.hidden = basket.ids.length > 0;
    if (basket.ids.length === 0) {
      sheet.replaceChildren();
      return;
    }
    const [client, german] = await Promise.all([this.load(lang), this.load(source)]);
    const single = lang === source;
    const rows: HTMLElement[] = [this.head(client, german, single)];
    for (const id of basket.ids) {
      const clientEntry = client.entries[id];
      const germanEntry = german.entries[id];
      if (!clientEntry || !germanEntry) continue;
      rows.push(await this.row(id, basket, clientEntry, client, germanEntry, german, single));
    }
    sheet.replaceChildren(...rows);
  }

  private head(client: SlipData, german: SlipData, single: boolean): HTMLElement {
    const head = element('div', { class: single ? 'slip-head single' : 'slip-head' });
    head.append(
      element('h2', { lang: client.locale, dir: client.dir }, `${this.dataset['siteName'] ?? ''}: ${client.labels['slipHeading'] ?? ''}`),
    );
    if (!single) head.append(element('h2', { lang: german.locale, dir: 'ltr' }, german.labels['forOffice'] ?? ''));
    return head;
  }

  private async row(
    id: string,
    basket: Basket,
    entry: SlipEntry,
    data: SlipData,
    germanEntry: SlipEntry,
    german: SlipData,
    single: boolean,
  ): Promise<HTMLElement> {
    const row = element('section', { class: single ? 'slip-item single' : 'slip-item', 'data-slip-entry': id });
    row.append(column(entry, data, 'client', german.locale));
    if (!single) row.append(column(germanEntry, german, 'de', german.locale));
    const qr = element('div', { class: 'slip-qr', role: 'img', 'aria-label': entry.u });
    qr.innerHTML = await qrSvg(entry.u);
    const remove = element(
      'button',
      { type: 'button', class: 'slip-remove button' },
      (this.dataset['labelRemove'] ?? '{title}').replace('{title}', entry.t),
    );
    remove.addEventListener('click', () => saveBasket(toggleId(basket, id)));
    row.append(qr, remove);
    return row;
  }
}

/** One language's half of a slip row. */
function column(entry: SlipEntry, data: SlipData, kind: 'client' | 'de', sourceLocale: string): HTMLElement {
  const box = element('div', { class: 'slip-column', lang: data.locale, dir: data.dir, 'data-slip-column': kind });
  const fallback = (field: string) => (entry.f?.includes(field) ? { lang: sourceLocale, dir: 'ltr' } : {});
  box.append(
    element('p', { class: 'slip-kind' }, entry.k),
    element('h3', fallback('title'), entry.t),
    element('p', fallback('summary'), entry.s),
  );
  for (const place of entry.p) {
    box.append(element('p', {}, `${data.labels['address'] ?? ''}: `, element('span', { dir: 'auto' }, `${place.n}, ${place.a}`)));
    if (place.w) box.append(element('p', {}, `${data.labels['wayfinding'] ?? ''}: ${place.w}`));
    if (place.h.length > 0)
      box.append(
        element(
          'p',
          {},
          `${data.labels['openingHours'] ?? ''}: ${place.h.join(' · ')}${place.o ? ` (${data.labels['appointmentOnly'] ?? ''})` : ''}`,
        ),
      );
  }
  if (entry.c) {
    const parts = (['phone', 'email', 'website'] as const)
      .filter((key) => entry.c?.[key])
      .map((key) => element('span', { dir: 'ltr' }, `${data.labels[key] ?? key}: ${entry.c?.[key] ?? ''}`));
    const line = element('p', {});
    parts.forEach((part, index) => line.append(...(index > 0 ? [' · ', part] : [part])));
    box.append(line);
  }
  if (entry.bk) box.append(element('p', {}, `${data.labels['booking'] ?? ''}: `, element('span', { dir: 'ltr' }, entry.bk)));
  if (entry.b && entry.b.length > 0) {
    box.append(element('p', {}, element('strong', {}, data.labels['bring'] ?? '')));
    box.append(element('ul', {}, ...entry.b.map((item) => element('li', {}, item))));
  }
  return box;
}

function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

let qrcode: Promise<typeof import('qrcode')> | undefined;

/** QR code as SVG; the library is loaded only when a slip is shown. */
async function qrSvg(url: string): Promise<string> {
  qrcode ??= import('qrcode');
  const library = (await qrcode) as typeof import('qrcode') & { default?: typeof import('qrcode') };
  return (library.default ?? library).toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}

if (!customElements.get('lotse-referral-slip')) customElements.define('lotse-referral-slip', ReferralSlip);
