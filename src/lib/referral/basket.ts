/**
 * The referral basket: ids of entries a counsellor collected, kept only in this browser
 * (localStorage) and shareable as a link whose fragment lists the ids. A fragment never reaches
 * a server, and ids name public entries, never a client. Pure functions, used by the islands
 * and the unit tests.
 */

/** localStorage key of the basket. */
export const basketKey = 'lotse.referral.v1';

/** What the browser stores. */
export interface Basket {
  ids: string[];
  /** Client language chosen on the slip page. */
  lang?: string;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Read a stored basket; anything unreadable counts as empty (never throws). */
export function parseBasket(stored: string | null): Basket {
  try {
    const value = JSON.parse(stored ?? '{}') as Partial<Basket>;
    const ids = Array.isArray(value.ids) ? value.ids.filter((id): id is string => typeof id === 'string' && idPattern.test(id)) : [];
    return { ids: [...new Set(ids)], ...(typeof value.lang === 'string' && /^[a-z]{2}$/.test(value.lang) ? { lang: value.lang } : {}) };
  } catch {
    return { ids: [] };
  }
}

/** Add the id when missing, remove it when present. */
export function toggleId(basket: Basket, id: string): Basket {
  return { ...basket, ids: basket.ids.includes(id) ? basket.ids.filter((other) => other !== id) : [...basket.ids, id] };
}

/**
 * Put an entry on the slip (kept where it is when already there) and, when given, make
 * `lang` the client's language: "print the slip for this offer" from the counselling comparison.
 */
export function withEntry(basket: Basket, id: string, lang?: string): Basket {
  const ids = basket.ids.includes(id) ? basket.ids : [...basket.ids, id];
  return { ...basket, ids, ...(lang ? { lang } : {}) };
}

/** The fragment of a share link: "#ids=a,b,c&lang=ar". */
export function basketFragment(basket: Basket): string {
  const params = new URLSearchParams();
  params.set('ids', basket.ids.join(','));
  if (basket.lang) params.set('lang', basket.lang);
  return `#${params.toString().replaceAll('%2C', ',')}`;
}

/** A basket from a share link's fragment, or undefined when the fragment holds none. */
export function basketFromFragment(hash: string): Basket | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const ids = params.get('ids');
  if (ids === null) return undefined;
  return parseBasket(JSON.stringify({ ids: ids.split(',').filter(Boolean), lang: params.get('lang') ?? undefined }));
}
