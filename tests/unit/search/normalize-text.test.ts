import { describe, expect, it } from 'vitest';
import { meaningfulWords, normalizeText, normalizeWithMap, wordsOf } from '#src/lib/search/normalize-text.ts';

describe('search normalization', () => {
  it('treats ä, ae and a as the same letter, and ß as ss', () => {
    expect(normalizeText('Ausländerbehörde')).toBe(normalizeText('Auslaenderbehoerde'));
    expect(normalizeText('Ausländerbehörde')).toBe(normalizeText('auslanderbehorde'));
    expect(normalizeText('Straße')).toBe(normalizeText('STRASSE'));
    expect(normalizeText('Bürgeramt')).toBe(normalizeText('Buergeramt'));
  });

  it('ignores case and accents in any script', () => {
    expect(normalizeText('Café Élan')).toBe('cafe elan');
    expect(normalizeText('ЙОГА')).toBe(normalizeText('иога'));
  });

  it('unifies Arabic letter variants and drops short vowels', () => {
    expect(normalizeText('إقامة')).toBe(normalizeText('اقامه'));
    expect(normalizeText('مُتَرْجِم')).toBe(normalizeText('مترجم'));
    expect(normalizeText('فارسی')).toBe(normalizeText('فارسي'));
  });

  it('splits text into words and drops a leading Arabic article', () => {
    expect(wordsOf('SGB II, §81a: Aufenthalt!')).toEqual(['sgb', 'ii', '81a', 'aufenthalt']);
    expect(wordsOf('الإقامة')).toEqual(wordsOf('إقامة'));
  });

  it('joins what a zero-width non-joiner separates, as Persian writes it', () => {
    expect(wordsOf('اداره خارجی‌ها')).toEqual(wordsOf('اداره خارجیها'));
  });

  it('drops the question words of every language from a query, keeping abbreviations that look like them', () => {
    expect(meaningfulWords(['oturum süresi doluyor ne yapmalıyım'])).toEqual(['oturum', 'suresi', 'doluyor', 'yapmaliyim']);
    expect(meaningfulWords(['какие документы нужны для продления'])).toEqual(['документы', 'нужны', 'продления']);
    expect(meaningfulWords(['چه اداره ای مسئول است'])).toEqual(wordsOf('اداره مسئول'));
    expect(meaningfulWords(['KIM KI iş'])).toEqual(['kim', 'ki', 'is']);
  });

  it('maps every normalized character back to its source character', () => {
    const { text, map } = normalizeWithMap('Größe');
    expect(text).toBe('grosse');
    expect(map).toEqual([0, 1, 2, 3, 3, 4]);
  });
});
