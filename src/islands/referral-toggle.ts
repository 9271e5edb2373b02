import { toggleId } from '../lib/referral/basket.ts';
import { loadBasket, onBasketChange, saveBasket } from './referral-store.ts';

/**
 * <lotse-referral-toggle data-entry="id">: adds an entry to the referral basket or removes it,
 * and links to the slip page with the number of entries. Labels come from its data attributes,
 * else from the first labelled toggle or <template data-referral-labels> on the page.
 * In a list of results, `data-button-only` leaves the link out (the page links the slip once)
 * and `data-described-by` names the element whose text says which entry the button adds.
 */
class ReferralToggle extends HTMLElement {
  private button?: HTMLButtonElement;
  private link?: HTMLAnchorElement;
  // Search results are replaced as the visitor types; a removed toggle stops listening.
  private stopListening?: () => void;

  connectedCallback(): void {
    const labels = this.dataset['labelAdd']
      ? this
      : (document.querySelector<HTMLElement>('[data-referral-labels], lotse-referral-toggle[data-label-add]') ?? this);
    for (const key of ['labelAdd', 'labelOpen', 'slipHref']) {
      if (!this.dataset[key] && labels.dataset[key]) this.dataset[key] = labels.dataset[key];
    }
    this.button =
      this.querySelector('button') ??
      this.appendChild(Object.assign(document.createElement('button'), { type: 'button', className: 'button' }));
    if (this.dataset['buttonOnly'] === undefined) {
      this.link =
        this.querySelector<HTMLAnchorElement>('a[data-slip-link]') ??
        this.appendChild(Object.assign(document.createElement('a'), { href: this.dataset['slipHref'] ?? '#' }));
      this.link.dataset['slipLink'] = '';
    }
    if (this.dataset['describedBy']) this.button.setAttribute('aria-describedby', this.dataset['describedBy']);
    this.button.removeAttribute('data-pending');
    this.button.addEventListener('click', () => saveBasket(toggleId(loadBasket(), this.dataset['entry'] ?? '')));
    this.stopListening = onBasketChange(() => this.render());
    this.render();
  }

  disconnectedCallback(): void {
    this.stopListening?.();
  }

  private render(): void {
    if (!this.button) return;
    const basket = loadBasket();
    const inBasket = basket.ids.includes(this.dataset['entry'] ?? '');
    // A toggle keeps its label; aria-pressed (and the check mark drawn for it) tells the state.
    this.button.setAttribute('aria-pressed', String(inBasket));
    this.button.textContent = this.dataset['labelAdd'] ?? '';
    if (!this.link) return;
    this.link.hidden = basket.ids.length === 0;
    this.link.textContent = (this.dataset['labelOpen'] ?? '{count}').replace('{count}', String(basket.ids.length));
  }
}

if (!customElements.get('lotse-referral-toggle')) customElements.define('lotse-referral-toggle', ReferralToggle);
