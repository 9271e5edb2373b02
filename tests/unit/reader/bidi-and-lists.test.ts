import { describe, expect, it } from 'vitest';
import { bidiRuns } from '#src/lib/bidi/bidi-runs.ts';
import { formatList, listJoiners } from '#src/lib/format-list.ts';
import { renderMarkdown } from '#src/lib/markdown.ts';

const isolated = (text: string) => bidiRuns(text).flatMap((run) => (run.isolate ? [run.text] : []));

describe('left-to-right runs inside right-to-left text', () => {
  it('keeps a phone number with its plus, spaces and hyphen in one run', () => {
    expect(isolated('الهاتف: +49 9999 3000-40.')).toEqual(['+49 9999 3000-40']);
  });

  it('keeps a German term in parentheses together with its parentheses', () => {
    expect(bidiRuns('تجديد تصريح الإقامة (Aufenthaltstitel verlängern) الآن')).toEqual([
      { text: 'تجديد تصريح الإقامة ', isolate: false },
      { text: '(Aufenthaltstitel verlängern)', isolate: true },
      { text: ' الآن', isolate: false },
    ]);
  });

  it('keeps phone numbers and times on one line, and lets words and web addresses wrap', () => {
    const runs = bidiRuns('الهاتف +49 9999 3000-40 من 08:30، الموقع https://www.awo.example.org/mbe أو (Migrationsberatung)');
    expect(runs.filter((run) => run.unbroken).map((run) => run.text)).toEqual(['+49 9999 3000-40', '08:30']);
    expect(runs.filter((run) => run.isolate && !run.unbroken).map((run) => run.text)).toEqual([
      'https://www.awo.example.org/mbe',
      '(Migrationsberatung)',
    ]);
  });

  it('takes parentheses into a run when they open and close inside German text', () => {
    expect(isolated('بطاقة Aufenthaltstitel (eAT) مع')).toEqual(['Aufenthaltstitel (eAT)']);
  });

  it('finds e-mail addresses, URLs with their trailing slash, postcodes with the town and times', () => {
    expect(isolated('البريد: info@awo.example.org، الموقع https://www.awo.example.org/mbe/.')).toEqual([
      'info@awo.example.org',
      'https://www.awo.example.org/mbe/',
    ]);
    expect(isolated('العنوان: Rathausplatz 1, 99999 Musterstadt')).toEqual(['Rathausplatz 1, 99999 Musterstadt']);
    expect(isolated('من 08:30 حتى 12:00')).toEqual(['08:30', '12:00']);
    expect(isolated('وفق § 24 AufenthG')).toEqual(['§ 24 AufenthG']);
  });

  it('leaves lone numbers and Arabic punctuation alone, and loses no character', () => {
    const text = 'من 12 إلى 27 سنة، Deutsch أو العربية؛ (نص) (Zusatzblatt';
    expect(isolated(text)).toEqual(['Deutsch', 'Zusatzblatt']);
    expect(
      bidiRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });

  it('isolates runs in Markdown for right-to-left pages only, outside code', () => {
    const markdown = 'اتصل على +49 9999 3000-40 أو [info@x.example.org](mailto:info@x.example.org). `Code 1`';
    expect(renderMarkdown(markdown, 3, 'rtl')).toContain('<bdi dir="ltr" class="unbroken">+49 9999 3000-40</bdi>');
    expect(renderMarkdown(markdown, 3, 'rtl')).toContain('<a href="mailto:info@x.example.org"><bdi dir="ltr">info@x.example.org</bdi></a>');
    expect(renderMarkdown(markdown, 3, 'rtl')).toContain('<code>Code 1</code>');
    expect(renderMarkdown(markdown, 3, 'ltr')).not.toContain('<bdi');
  });
});

describe('lists in the page language', () => {
  it('uses each language’s own separators and “and”', () => {
    expect(formatList(['Deutsch', 'Englisch', 'Arabisch'], 'de-DE')).toBe('Deutsch, Englisch und Arabisch');
    expect(formatList(['أ', 'ب', 'ج'], 'ar')).not.toContain(', ');
    expect(formatList(['الف', 'ب', 'پ'], 'fa-IR')).toContain('،');
  });

  it('gives the joiners before each item for lists rendered item by item', () => {
    expect(listJoiners(3, 'de-DE')).toEqual(['', ', ', ' und ']);
    expect(listJoiners(1, 'en-GB')).toEqual(['']);
    expect(listJoiners(0, 'en-GB')).toEqual([]);
  });
});
