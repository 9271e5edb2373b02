import { describe, expect, it } from 'vitest';
import { createTranslator } from '#src/i18n/translate.ts';
import { checkDictionary, dictionaries } from '#src/i18n/ui-strings.ts';
import de from '#src/i18n/ui/de.ts';
import en from '#src/i18n/ui/en.ts';
import { supportedLocales } from '#src/schema/site-config.ts';

describe('UI dictionaries', () => {
  it('are complete for all seven languages (importing them checks every file)', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...supportedLocales].sort());
    for (const dictionary of Object.values(dictionaries)) expect(Object.keys(dictionary)).toEqual(Object.keys(de));
  });

  it('reject a dictionary with a missing key, naming the file to fix and the key', () => {
    const { ['nav.home']: _removed, ...incomplete } = { ...en };
    expect(() => checkDictionary('fa', incomplete)).toThrow(/src\/i18n\/ui\/fa\.ts .*fehlende Schlüssel: nav\.home/);
  });

  it('reject a dictionary with an extra key, naming the file to fix and the key', () => {
    expect(() => checkDictionary('tr', { ...en, 'nav.typo': 'x' })).toThrow(/src\/i18n\/ui\/tr\.ts .*überzählige Schlüssel: nav\.typo/);
  });

  it('reject a translation that lost a {placeholder}', () => {
    expect(() => checkDictionary('uk', { ...en, 'entry.reviewed': 'Станом на сьогодні' })).toThrow(
      /src\/i18n\/ui\/uk\.ts .*entry\.reviewed braucht \{date\}/,
    );
  });

  it('reject an empty string', () => {
    expect(() => checkDictionary('ru', { ...en, 'nav.home': '' })).toThrow(/src\/i18n\/ui\/ru\.ts/);
  });

  it('are real translations, not copies of the English placeholders', () => {
    for (const locale of ['ar', 'fa', 'tr', 'uk', 'ru'] as const) {
      const dictionary = dictionaries[locale];
      const same = Object.keys(en).filter(
        (key) => JSON.stringify(dictionary[key as keyof typeof en]) === JSON.stringify(en[key as keyof typeof en]),
      );
      // A few words are the same in English and Turkish ("Jobcenter", "A–Z", "Status").
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThan(8);
    }
  });
});

describe('t()', () => {
  it('chooses the Arabic plural form and writes digits the way Intl writes Arabic', () => {
    const t = createTranslator('ar', dictionaries.ar);
    const digits = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect(t('list.count', { count: 1 })).toBe('مدخل واحد');
    expect(t('list.count', { count: 2 })).toBe('مدخلان');
    expect(t('list.count', { count: 5 })).toBe(`${digits(5)} مداخل`);
    expect(t('list.count', { count: 11 })).toBe(`${digits(11)} مدخلًا`);
  });

  it('chooses the Ukrainian few/many forms', () => {
    const t = createTranslator('uk', dictionaries.uk);
    expect(t('list.count', { count: 3 })).toBe('3 записи');
    expect(t('list.count', { count: 5 })).toBe('5 записів');
    expect(t('list.count', { count: 21 })).toBe('21 запис');
  });

  it('writes Persian digits in Persian', () => {
    const t = createTranslator('fa', dictionaries.fa);
    expect(t('entry.yearsRange', { min: 12, max: 27 })).toBe('۱۲ تا ۲۷ سال');
  });
});
