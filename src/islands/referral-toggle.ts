import { toggleId } from '#src/lib/referral/basket.ts';
import { loadBasket, onBasketChange, saveBasket } from './referral-store.ts';

/**
 * <lotse-referral-toggle data-entry="id">: adds an entry to the referral basket or removes it,
 * and links to the slip page with the number of entries. Labels come from its data attributes,
 * else from the first labelled toggle or <template data-referral-labels> on the page.
 * In a list of results, `data-button-only` leaves the link out (the header's basket links the
 * slip) and `data-described-by` names the element whose text says which entry the button adds.
 *
 * The button's label tells the state and what pressing it does: "Zum Verweiszettel hinzufügen",
 * then "Hinzugefügt – entfernen". A button whose label changes must not also be a toggle button
 * (aria-pressed), or a screen reader would say "added – remove, pressed".
 */
class ReferralToggle extends HTMLElement {
  private button?: HTMLButtonElement;
  private link?: HTMLAnchorElement;
  private bound = false;
  // Search results are replaced as the visitor types; a removed toggle stops listening.
  private stopListening?: () => void;

  connectedCallback(): void {
    const labels = this.dataset['labelAdd']
      ? this
      : (document.querySelector<HTMLElement>('[data-referral-labels], lotse-referral-toggle[data-label-add]') ?? this);
    for (const key of ['labelAdd', 'labelAdded', 'labelOpen', 'slipHref']) {
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
    // A list that reorders its rows (the counselling comparison) moves this element, which
    // connects it again: the button must still toggle once per click.
    if (!this.bound) this.button.addEventListener('click', () => saveBasket(toggleId(loadBasket(), this.dataset['entry'] ?? '')));
    this.bound = true;
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
    this.button.dataset['added'] = String(inBasket);
    this.button.textContent = (inBasket ? this.dataset['labelAdded'] : this.dataset['labelAdd']) ?? '';
    if (!this.link) return;
    this.link.hidden = basket.ids.length === 0;
    this.link.textContent = (this.dataset['labelOpen'] ?? '{count}').replace('{count}', String(basket.ids.length));
  }
}

if (!customElements.get('lotse-referral-toggle')) customElements.define('lotse-referral-toggle', ReferralToggle);
