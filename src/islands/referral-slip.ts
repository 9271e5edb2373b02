import { appendBidi } from '#src/lib/bidi/append-bidi.ts';
import { formatList } from '#src/lib/format-list.ts';
import { referralPath } from '#src/lib/paths.ts';
import { basketFragment, basketFromFragment, toggleId, type Basket } from '#src/lib/referral/basket.ts';
import type { SlipEntry } from '#src/lib/referral/slip-data.ts';
import { column, element, pageDirection, type SlipData } from './referral-slip-blocks.ts';
import { loadBasket, onBasketChange, saveBasket } from './referral-store.ts';

/** The handover note as typed on the page; it lives only in the form fields and on paper. */
interface HandoverNote {
  concern: string;
  date: string;
  office: string;
}

/**
 * <lotse-referral-slip>: the referral slip. Reads the basket (or a share link's fragment), loads
 * the entries in the client's language and in German and renders one block per entry: the
 * client's language, German, a QR code to the online entry. The page's CSS lays the two
 * languages under each other on phones and side by side on wide screens and on paper.
 *
 * The optional handover note is read from its form fields when the slip is rendered or printed
 * and is never written anywhere else: not to localStorage, not into the share link, not sent.
 */
class ReferralSlip extends HTMLElement {
  private cache = new Map<string, Promise<SlipData>>();
  private form: HTMLFormElement | null = null;
  private rendering = 0;

  connectedCallback(): void {
    // A share link replaces the basket, also when it is opened in a tab already on the slip.
    const takeSharedLink = () => {
      const shared = basketFromFragment(location.hash);
      if (shared) saveBasket(shared);
    };
    takeSharedLink();
    window.addEventListener('hashchange', takeSharedLink);
    this.form = this.querySelector('form.referral-controls');
    if (this.form) {
      this.form.removeAttribute('data-pending');
      this.form.addEventListener('submit', (event) => event.preventDefault());
      const select = this.form.querySelector<HTMLSelectElement>('select[name="lang"]');
      select?.addEventListener('change', () => saveBasket({ ...loadBasket(), lang: select.value }));
      this.form.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
      this.form.querySelector('[data-action="clear"]')?.addEventListener('click', () => saveBasket({ ids: [] }));
      this.form.querySelector('[data-action="show"]')?.addEventListener('click', () => void this.showToClient());
      for (const field of this.form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-note]')) {
        field.addEventListener('input', () => this.renderNote());
      }
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

  private clientLanguage(basket: Basket): string {
    return basket.lang ?? this.dataset['pageLocale'] ?? this.dataset['sourceLocale'] ?? 'de';
  }

  /** The link that opens this selection in the client's language (ids and language only). */
  private shareLink(basket: Basket): string {
    const lang = this.clientLanguage(basket);
    const path = (this.dataset['slipPath'] ?? referralPath('{locale}')).replace('{locale}', lang);
    return `${location.origin}${path}${basketFragment({ ids: basket.ids, lang })}`;
  }

  private async render(): Promise<void> {
    const run = ++this.rendering;
    const basket = loadBasket();
    const source = this.dataset['sourceLocale'] ?? 'de';
    const lang = this.clientLanguage(basket);
    const empty = this.querySelector<HTMLElement>('[data-slip-empty]');
    const sheet = this.querySelector<HTMLElement>('[data-slip-sheet]');
    if (!sheet) return;
    // An empty slip offers nothing to print or share.
    if (empty) empty.hidden = basket.ids.length > 0;
    if (this.form) this.form.hidden = basket.ids.length === 0;
    if (basket.ids.length === 0) {
      sheet.replaceChildren();
      return;
    }
    const select = this.form?.querySelector<HTMLSelectElement>('select[name="lang"]');
    if (select) select.value = lang;
    const share = this.form?.querySelector<HTMLInputElement>('input[name="share"]');
    if (share) share.value = this.shareLink(basket);

    const [client, german] = await Promise.all([this.load(lang), this.load(source)]);
    if (run !== this.rendering) return;
    const single = lang === source;
    const ids = basket.ids.filter((id) => client.entries[id] && german.entries[id]);
    const blocks: HTMLElement[] = [this.head(client, german, single), this.notePrint(client, german, single)];
    for (const id of ids) {
      blocks.push(this.block(id, client.entries[id] as SlipEntry, client, german.entries[id] as SlipEntry, german, single));
    }
    sheet.replaceChildren(...blocks);
    sheet.classList.toggle('referral-slip--many', ids.length >= 3);
    this.renderNote();
    this.renderMissing(ids, client, single);
    await Promise.all(
      [...sheet.querySelectorAll<HTMLElement>('[data-qr]')].map(async (box) => {
        box.innerHTML = await qrSvg(box.dataset['qr'] ?? '');
      }),
    );
    if (run === this.rendering) this.printWhenAsked();
  }

  /**
   * Opened as `referralPrintPath` (the comparison's "print slip"): print once the slip, its QR
   * codes included, is drawn. The fragment goes first, so a reload does not print again.
   */
  private printWhenAsked(): void {
    if (location.hash !== '#print') return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    window.print();
  }

  /** For the counsellor (page language): which entries have no text in the client's language. */
  private renderMissing(ids: string[], client: SlipData, single: boolean): void {
    const box = this.form?.querySelector<HTMLElement>('[data-slip-missing]');
    if (!box) return;
    const missing = single ? [] : ids.filter((id) => client.entries[id]?.f?.includes('title'));
    box.hidden = missing.length === 0;
    if (missing.length === 0) return;
    const pageIntl = document.documentElement.lang;
    const titles = formatList(
      missing.map((id) => client.entries[id]?.t ?? id),
      pageIntl,
    );
    box.replaceChildren();
    appendBidi(
      box,
      (this.dataset['labelMissing'] ?? '{titles}').replace('{language}', client.language).replace('{titles}', titles),
      pageDirection(),
    );
  }

  private head(client: SlipData, german: SlipData, single: boolean): HTMLElement {
    const head = element('header', { class: single ? 'slip-head single' : 'slip-head' });
    const title = element('h2', { lang: client.locale, dir: client.dir });
    appendBidi(title, `${client.siteName}: ${client.labels['slipHeading'] ?? ''}`, client.dir);
    head.append(title);
    if (!single)
      head.append(element('p', { lang: german.locale, dir: 'ltr', class: 'slip-head__office' }, german.labels['forOffice'] ?? ''));
    return head;
  }

  /** The printed handover note; filled from the form fields by `renderNote`. */
  private notePrint(client: SlipData, german: SlipData, single: boolean): HTMLElement {
    const note = element('section', { class: 'slip-note print-only', 'data-slip-note': '', hidden: '' });
    const germanPart = element('div', { lang: german.locale, dir: 'ltr', class: 'slip-note__de' });
    germanPart.append(
      element('h3', {}, german.labels['noteHeading'] ?? ''),
      element('p', { 'data-note-out': 'concern' }),
      element('p', {}, element('span', { 'data-note-out': 'date' }), ' · ', element('span', { 'data-note-out': 'office' })),
      element('p', { class: 'slip-note__consent' }, german.labels['noteConsent'] ?? ''),
    );
    note.append(germanPart);
    if (!single) {
      const consent = element('p', { lang: client.locale, dir: client.dir, class: 'slip-note__consent' });
      appendBidi(consent, client.labels['noteConsent'] ?? '', client.dir);
      note.append(consent);
    }
    note.append(element('p', { class: 'slip-note__signature', lang: german.locale, dir: 'ltr' }, german.labels['noteSignature'] ?? ''));
    note.dataset['labels'] = JSON.stringify({
      concern: german.labels['noteConcern'] ?? '',
      date: german.labels['noteDate'] ?? '',
      office: german.labels['noteOffice'] ?? '',
    });
    return note;
  }

  /** Copy the handover note from its fields onto the printed slip (only the page holds it). */
  private renderNote(): void {
    const note = this.querySelector<HTMLElement>('[data-slip-note]');
    if (!note || !this.form) return;
    const value = (name: keyof HandoverNote) =>
      this.form?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-note="${name}"]`)?.value.trim() ?? '';
    const typed: HandoverNote = { concern: value('concern'), date: value('date'), office: value('office') };
    const labels = JSON.parse(note.dataset['labels'] ?? '{}') as HandoverNote;
    note.hidden = !typed.concern && !typed.date && !typed.office;
    for (const name of ['concern', 'date', 'office'] as const) {
      const out = note.querySelector<HTMLElement>(`[data-note-out="${name}"]`);
      if (!out) continue;
      const shown = name === 'date' && typed.date ? new Date(`${typed.date}T12:00:00`).toLocaleDateString('de-DE') : typed[name];
      out.textContent = shown ? `${labels[name]}: ${shown}` : '';
    }
  }

  private block(id: string, entry: SlipEntry, client: SlipData, germanEntry: SlipEntry, german: SlipData, single: boolean): HTMLElement {
    const block = element('section', { class: single ? 'slip-item single' : 'slip-item', 'data-slip-entry': id });
    block.append(column(entry, client, 'client', german.locale, single));
    if (!single) block.append(column(germanEntry, german, 'de', german.locale, false));
    block.append(element('div', { class: 'slip-qr', role: 'img', 'aria-label': entry.u, 'data-qr': entry.u }));
    // The label sits in a span: a button is a flex box, whose text pieces would not wrap together.
    const label = element('span', {});
    appendBidi(label, (this.dataset['labelRemove'] ?? '{title}').replace('{title}', entry.t), pageDirection());
    const remove = element('button', { type: 'button', class: 'slip-remove button no-print' }, label);
    remove.addEventListener('click', () => saveBasket(toggleId(loadBasket(), id)));
    block.append(remove);
    return block;
  }

  /** "Show to client": the share link as a large QR code to scan with the client's own phone. */
  private async showToClient(): Promise<void> {
    const dialog = this.querySelector<HTMLDialogElement>('[data-slip-show]');
    const box = this.querySelector<HTMLElement>('[data-slip-show-qr]');
    const text = this.querySelector<HTMLElement>('[data-slip-show-text]');
    if (!dialog || !box || !text) return;
    const basket = loadBasket();
    const source = this.dataset['sourceLocale'] ?? 'de';
    const lang = this.clientLanguage(basket);
    const [client, german] = await Promise.all([this.load(lang), this.load(source)]);
    const heading = dialog.querySelector('h2');
    if (heading) {
      heading.lang = client.locale;
      heading.dir = client.dir;
      heading.replaceChildren();
      appendBidi(heading, client.labels['showHeading'] ?? '', client.dir);
    }
    const hints = [client, ...(lang === source ? [] : [german])].map((data) => {
      const hint = element('p', { lang: data.locale, dir: data.dir, class: 'slip-show__hint' });
      appendBidi(hint, data.labels['showHint'] ?? '', data.dir);
      return hint;
    });
    text.replaceChildren(...hints);
    const link = this.shareLink(basket);
    box.setAttribute('aria-label', link);
    box.innerHTML = await qrSvg(link, 'L');
    dialog.showModal();
  }
}

let qrcode: Promise<typeof import('qrcode')> | undefined;

/** QR code as SVG, made in the page (no network); the library is loaded only when a slip is shown. */
async function qrSvg(url: string, errorCorrectionLevel: 'L' | 'M' = 'M'): Promise<string> {
  qrcode ??= import('qrcode');
  const library = (await qrcode) as typeof import('qrcode') & { default?: typeof import('qrcode') };
  return (library.default ?? library).toString(url, { type: 'svg', margin: 0, errorCorrectionLevel });
}

if (!customElements.get('lotse-referral-slip')) customElements.define('lotse-referral-slip', ReferralSlip);
