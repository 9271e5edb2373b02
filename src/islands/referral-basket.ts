import { loadBasket, onBasketChange } from './referral-store.ts';

/** Fill "{count}" into the plural form of a language. */
function counted(forms: Record<string, string>, count: number, lang: string): string {
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms['other'] ?? '';
  return form.replace('{count}', new Intl.NumberFormat(lang).format(count));
}

/**
 * <lotse-referral-basket>: the header's link to the referral slip with the number of entries.
 * Shown only while the basket holds something. The count is announced (role="status") when it
 * changes on this page, not on every page load.
 */
class ReferralBasket extends HTMLElement {
  private stopListening?: () => void;

  connectedCallback(): void {
    this.render(false);
    this.stopListening = onBasketChange(() => this.render(true));
  }

  disconnectedCallback(): void {
    this.stopListening?.();
  }

  private render(announce: boolean): void {
    const count = loadBasket().ids.length;
    const lang = document.documentElement.lang;
    const link = this.querySelector<HTMLAnchorElement>('a');
    const number = this.querySelector<HTMLElement>('[data-basket-count]');
    const unit = this.querySelector<HTMLElement>('[data-basket-unit]');
    if (!link || !number || !unit) return;
    link.hidden = count === 0;
    number.textContent = new Intl.NumberFormat(lang).format(count);
    // The visible number plus the unit ("3 Einträge") keeps the visible text inside the link's name.
    const words = counted(JSON.parse(this.dataset['entries'] ?? '{}') as Record<string, string>, count, lang);
    unit.textContent = ` ${words.replace(number.textContent, '').trim()}`;
    const status = this.querySelector<HTMLElement>('[data-basket-status]');
    if (announce && status)
      status.textContent = counted(JSON.parse(this.dataset['changed'] ?? '{}') as Record<string, string>, count, lang);
  }
}

if (!customElements.get('lotse-referral-basket')) customElements.define('lotse-referral-basket', ReferralBasket);
