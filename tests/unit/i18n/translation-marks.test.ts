import { describe, expect, it } from 'vitest';
import { markLabels, translationMarks, translationMarksHtml } from '#src/lib/translation-marks.ts';

const words = { germanOnly: 'بالألمانية فقط', machine: 'ترجمة آلية' };

describe('translationMarks', () => {
  it('says "German only" when the title or the summary falls back to German', () => {
    expect(translationMarks({ locale: 'ar', fallback: ['title', 'summary'], machine: false }).germanOnly).toBe(true);
    expect(translationMarks({ locale: 'ar', fallback: ['summary'], machine: false }).germanOnly).toBe(true);
  });

  it('does not for German fields further down an entry, which the entry page marks itself', () => {
    expect(translationMarks({ locale: 'ar', fallback: ['description', 'steps.1.text'], machine: true })).toEqual({
      germanOnly: false,
      machine: true,
    });
  });

  it('marks nothing in the source language', () => {
    expect(translationMarks({ locale: 'de', fallback: ['title'], machine: true })).toEqual({ germanOnly: false, machine: false });
  });
});

describe('markLabels', () => {
  it('gives "German only" before "machine-translated", each with its class', () => {
    expect(markLabels({ germanOnly: true, machine: true }, words)).toEqual([
      { kind: 'german-only', text: 'بالألمانية فقط', className: 'badge badge--language' },
      { kind: 'machine', text: 'ترجمة آلية', className: 'badge badge--machine' },
    ]);
  });

  it('gives no label when the text is a checked translation', () => {
    expect(markLabels({ germanOnly: false, machine: false }, words)).toEqual([]);
  });
});

describe('translationMarksHtml', () => {
  it('writes the labels in one box, each with its class and kind, and nothing when there is none', () => {
    expect(translationMarksHtml({ germanOnly: true, machine: true }, words)).toBe(
      '<span class="translation-marks"><span class="badge badge--language" data-translation-mark="german-only">بالألمانية فقط</span>' +
        '<span class="badge badge--machine" data-translation-mark="machine">ترجمة آلية</span></span>',
    );
    expect(translationMarksHtml({ germanOnly: false, machine: false }, words)).toBe('');
  });

  it('escapes the words, which come from the UI strings an office may translate', () => {
    expect(translationMarksHtml({ germanOnly: true, machine: false }, { germanOnly: 'nur <b>Deutsch</b>', machine: '' })).toContain(
      '>nur &lt;b&gt;Deutsch&lt;/b&gt;</span>',
    );
  });
});
