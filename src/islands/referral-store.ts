import { basketKey, parseBasket, type Basket } from '#src/lib/referral/basket.ts';

/** Event on window after the basket changed in this tab. */
const basketChanged = 'lotse:basket-change';

/** The basket stored in this browser (empty when storage is unavailable). */
export function loadBasket(): Basket {
  try {
    return parseBasket(localStorage.getItem(basketKey));
  } catch {
    return { ids: [] };
  }
}

/** Store the basket and tell every control on the page. */
export function saveBasket(basket: Basket): void {
  try {
    localStorage.setItem(basketKey, JSON.stringify(basket));
  } catch {
    // Private mode without storage: the basket lives until the page is left.
  }
  window.dispatchEvent(new CustomEvent(basketChanged));
}

/** Call `listener` when the basket changes here or in another tab. */
export function onBasketChange(listener: () => void): () => void {
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === basketKey) listener();
  };
  window.addEventListener(basketChanged, listener);
  window.addEventListener('storage', fromOtherTab);
  return () => {
    window.removeEventListener(basketChanged, listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}
