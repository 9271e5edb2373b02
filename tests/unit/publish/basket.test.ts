import { describe, expect, it } from 'vitest';
import { basketFragment, basketFromFragment, parseBasket, toggleId, withEntry } from '#src/lib/referral/basket.ts';

describe('the referral basket', () => {
  it('adds an entry once and removes it on the second toggle', () => {
    const once = toggleId({ ids: [] }, 'mbe-awo');
    expect(once.ids).toEqual(['mbe-awo']);
    expect(toggleId(once, 'mbe-awo').ids).toEqual([]);
  });

  it('puts an offer on the slip once and sets the client language only when given', () => {
    const basket = { ids: ['jobcenter-musterstadt'], lang: 'uk' };
    expect(withEntry(basket, 'mbe-awo', 'ar')).toEqual({ ids: ['jobcenter-musterstadt', 'mbe-awo'], lang: 'ar' });
    expect(withEntry(withEntry(basket, 'mbe-awo', 'ar'), 'mbe-awo', 'ar').ids).toEqual(['jobcenter-musterstadt', 'mbe-awo']);
    expect(withEntry(basket, 'mbe-awo')).toEqual({ ids: ['jobcenter-musterstadt', 'mbe-awo'], lang: 'uk' });
  });

  it('survives a round trip through a share link fragment', () => {
    const basket = { ids: ['mbe-awo', 'aufenthaltstitel-verlaengern', 'jobcenter-musterstadt'], lang: 'ar' };
    const fragment = basketFragment(basket);
    expect(fragment).toBe('#ids=mbe-awo,aufenthaltstitel-verlaengern,jobcenter-musterstadt&lang=ar');
    expect(basketFromFragment(fragment)).toEqual(basket);
  });

  it('ignores fragments without ids and anything that is not an entry id', () => {
    expect(basketFromFragment('#main')).toBeUndefined();
    expect(basketFromFragment('#ids=ok-id,<script>,../x&lang=javascript:')).toEqual({ ids: ['ok-id'] });
  });

  it('treats damaged storage as an empty basket instead of failing', () => {
    expect(parseBasket('{not json')).toEqual({ ids: [] });
    expect(parseBasket(null)).toEqual({ ids: [] });
    expect(parseBasket('{"ids":["a","a",3]}')).toEqual({ ids: ['a'] });
  });
});
