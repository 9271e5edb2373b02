import { describe, expect, it } from 'vitest';
import { updateTranslationFile } from '#src/lib/translations/translation-file.ts';

describe('writing a translation file after an import', () => {
  it('changes only the given values, keeps comments and order, and writes the stamp last', () => {
    const text = updateTranslationFile(
      'title: Alt\n# vom Büro geprüft\nsummary: Kurz\ntranslation:\n  source: "11111111"\n  machine: true\n',
      false,
      {
        values: [{ path: 'summary', value: 'Neu' }],
        stamp: { source: 'abcdef12', machine: false },
      },
    );
    expect(text).toBe('title: Alt\n# vom Büro geprüft\nsummary: Neu\ntranslation:\n  source: abcdef12\n');
  });

  it('keeps a fingerprint of digits only a string', () => {
    const text = updateTranslationFile(undefined, false, {
      values: [{ path: 'title', value: 'T' }],
      stamp: { source: '87869822', machine: true },
    });
    expect(text).toBe('title: T\ntranslation:\n  source: "87869822"\n  machine: true\n');
  });

  it('creates list items by position and lists of terms', () => {
    const text = updateTranslationFile(undefined, false, {
      values: [
        { path: 'steps.1.text', value: 'Zweiter' },
        { path: 'keywords', value: ['a', 'b'] },
      ],
      stamp: { source: 'abcdef12', machine: false },
    });
    expect(text).toBe('steps:\n  - {}\n  - text: Zweiter\nkeywords:\n  - a\n  - b\ntranslation:\n  source: abcdef12\n');
  });

  it('replaces the body of an MDX file and keeps its frontmatter', () => {
    const text = updateTranslationFile('---\ntitle: A\n---\n\nAlt\n', true, {
      values: [],
      body: 'Neu\n\n<EntryCard id="x" />',
      stamp: { source: 'abcdef12', machine: false },
    });
    expect(text).toBe('---\ntitle: A\ntranslation:\n  source: abcdef12\n---\n\nNeu\n\n<EntryCard id="x" />\n');
  });
});
