import { describe, expect, it } from 'vitest';
import type { UiStrings } from '#src/i18n/ui-strings.ts';
import type { Vocabularies } from '#src/lib/content/validate-content.ts';
import {
  germanLeaks,
  germanMatcher,
  germanUiStrings,
  germanVocabularyLabels,
  pageTexts,
  type GermanText,
} from '../../support/german-leaks.ts';

// Small dictionaries: the functions take any two with the same keys.
const german = {
  'nav.home': 'Startseite',
  'entry.reviewed': 'Stand: {date}',
  'list.count': { one: '{count} Eintrag', other: '{count} Einträge' },
  'paper.pdf': 'PDF (A4)',
  'finder.ageYears': '{age} J.',
} as unknown as UiStrings;
const arabic = {
  'nav.home': 'الصفحة الرئيسية',
  'entry.reviewed': 'آخر تحديث: {date}',
  'list.count': { one: 'مدخل واحد', other: '{count} مداخل' },
  'paper.pdf': 'PDF (A4)',
  'finder.ageYears': '{age} سنة',
} as unknown as UiStrings;

const vocabularies: Vocabularies = {
  'provider-types': [
    { id: 'behoerde', label: { de: 'Behörde', en: 'Public authority' } },
    { id: 'kammer', label: { de: 'Kammer', en: 'Chamber', ar: 'غرفة' } },
    { id: 'verein', label: { de: 'Verein', ar: 'Verein' } },
  ],
  languages: [{ id: 'ti', label: { de: 'Tigrinya', en: 'Tigrinya' } }],
};

const uiTexts = germanUiStrings(german, arabic);
const labelTexts = germanVocabularyLabels(vocabularies, 'ar');
const match = germanMatcher([...uiTexts, ...labelTexts]);
const page = (body: string) => `<!doctype html><html lang="ar" dir="rtl"><head><title>t</title></head><body>${body}</body></html>`;
const leaksOf = (body: string) => germanLeaks(pageTexts(page(body)), match).map((leak) => leak.text);

describe('the German strings a page in another language must not show', () => {
  it('are the UI strings the language has its own version of, every plural form included', () => {
    expect(uiTexts.map((text) => text.text)).toEqual(['Startseite', 'Stand: {date}', '{count} Eintrag', '{count} Einträge', '{age} J.']);
    expect(uiTexts[0]).toEqual({ source: 'ui:nav.home', kind: 'ui', text: 'Startseite' });
  });

  it('are the vocabulary labels without a label of their own, or with the German one copied', () => {
    expect(labelTexts.map((text) => text.source)).toEqual(['vocabulary:provider-types/behoerde', 'vocabulary:provider-types/verein']);
  });

  it('leave out languages, which the browser names where they have no label', () => {
    expect(labelTexts.some((text) => text.source.startsWith('vocabulary:languages'))).toBe(false);
  });
});

describe('germanMatcher', () => {
  it('matches a whole text exactly, white space collapsed', () => {
    expect(match('  Startseite\n')?.source).toBe('ui:nav.home');
    expect(match('Startseite von Musterstadt')).toBeUndefined();
  });

  it('treats {placeholders} as any non-empty value', () => {
    expect(match('Stand: 3. März 2026')?.source).toBe('ui:entry.reviewed');
    expect(match('٥ Einträge')?.source).toBe('ui:list.count');
    expect(match('Stand:')).toBeUndefined();
  });

  it('ignores patterns with too few letters of their own, which would match any text', () => {
    expect(match('27 J.')).toBeUndefined();
    expect(match('مرحبا')).toBeUndefined();
  });

  it('does not count a German name or legal term inside a translated sentence', () => {
    const legal: GermanText = { source: 'vocabulary:legal-bases/x', kind: 'vocabulary', text: 'Aufenthaltsgesetz (AufenthG)' };
    const withLegal = germanMatcher([legal]);
    expect(withLegal('قانون الإقامة (AufenthG)')).toBeUndefined();
    expect(withLegal('Aufenthaltsgesetz (AufenthG)')).toBe(legal);
  });
});

describe('pageTexts and germanLeaks', () => {
  it('find a German UI string in the page language', () => {
    expect(leaksOf('<nav><a href="/">Startseite</a></nav>')).toEqual(['Startseite']);
  });

  it('find a UI string split by inline elements, as the reader sees it', () => {
    expect(leaksOf('<p>Stand: <time datetime="2026-03-03">3. März 2026</time></p>')).toEqual(['Stand: 3. März 2026']);
  });

  it('leave a German term isolated inside a translated sentence to the sentence, but find it standing alone', () => {
    expect(leaksOf('<h1>مكتب <bdi dir="ltr">Behörde</bdi> المدينة</h1>')).toEqual([]);
    expect(leaksOf('<p><bdi dir="ltr">Behörde</bdi></p>')).toEqual(['Behörde']);
  });

  it('find German in attributes that are read out or shown, and in the title', () => {
    expect(leaksOf('<button aria-label="Startseite">⌂</button>')).toEqual(['Startseite']);
    expect(germanLeaks(pageTexts('<html lang="ar"><head><title>Startseite</title></head><body></body></html>'), match)).toEqual([
      { text: 'Startseite', source: 'ui:nav.home', where: 'title' },
    ]);
  });

  it('find German in templates and hidden parts that scripts show', () => {
    expect(leaksOf('<template><p>Startseite</p></template><div hidden>Behörde</div>')).toEqual(['Startseite', 'Behörde']);
  });

  it('leave German entry texts alone: a block marked lang="de" is German on purpose', () => {
    expect(leaksOf('<div class="prose" lang="de"><p>Startseite</p><p><strong>Behörde</strong></p></div>')).toEqual([]);
    expect(leaksOf('<h3><a href="/x"><span lang="de" dir="ltr">Startseite</span></a></h3>')).toEqual([]);
  });

  it('find a vocabulary label that falls back to German even when it is marked lang="de"', () => {
    expect(leaksOf('<dl><dt>نوع</dt><dd><span lang="de" dir="ltr">Behörde</span></dd></dl>')).toEqual(['Behörde']);
    expect(leaksOf('<li><span lang="de"><bdi>Verein</bdi></span></li>')).toEqual(['Verein']);
  });

  it('leave out scripts and styles, and text in the page language', () => {
    expect(leaksOf('<script>const a = "Startseite";</script><style>/* Behörde */</style><p>الصفحة الرئيسية</p>')).toEqual([]);
  });

  it('say where the text stands', () => {
    const [leak] = germanLeaks(pageTexts(page('<main id="main"><ul class="card-list"><li>Behörde</li></ul></main>')), match);
    expect(leak).toEqual({ text: 'Behörde', source: 'vocabulary:provider-types/behoerde', where: 'main#main > ul.card-list > li' });
  });
});
