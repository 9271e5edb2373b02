import { describe, expect, it } from 'vitest';
import { codesOf, missingCodes, segmentText } from '#src/lib/translations/protect-markup.ts';

const markdown =
  'Die **Fiktionsbescheinigung** gilt.\n\n## Was tun?\n\n- Antrag stellen\n  - [Termin buchen](https://termine.example.org/abh "Termine")\n\nGilt für {count} Personen, siehe <https://example.org>.';

describe('protecting the machinery of a text for translators', () => {
  it('cuts a text into words and codes that put together give the text again', () => {
    const segments = segmentText(markdown);
    expect(segments.map((segment) => ('text' in segment ? segment.text : segment.code)).join('')).toBe(markdown);
  });

  it('locks link addresses, placeholders, autolinks, bold and line-start markers but not the words', () => {
    expect(codesOf(markdown).map((code) => code.trim())).toEqual([
      '**',
      '**',
      '##',
      '-',
      '-',
      '](https://termine.example.org/abh "Termine")',
      '{count}',
      '<https://example.org>',
    ]);
    const words = segmentText(markdown).flatMap((segment) => ('text' in segment ? [segment.text] : []));
    expect(words).toContain('[Termin buchen');
  });

  it('never ends a run of words with a line break, which XLIFF readers drop', () => {
    for (const segment of segmentText(markdown)) if ('text' in segment) expect(segment.text).not.toMatch(/\n\s*$/);
  });

  it('takes MDX component tags as codes', () => {
    expect(codesOf('Text\n\n<MdxNotice kind="warning">\nAchtung\n</MdxNotice>').map((code) => code.trim())).toEqual([
      '<MdxNotice kind="warning">',
      '</MdxNotice>',
    ]);
  });

  it('finds codes a translation lost, each occurrence once, and accepts codes that moved', () => {
    expect(missingCodes(markdown, markdown)).toEqual([]);
    const moved =
      'Gilt für {count} Personen. **Fiktionsbescheinigung** gilt.\n\n## Was tun?\n\n- Antrag\n  - [Termin](https://termine.example.org/abh "Termine") <https://example.org>';
    expect(missingCodes(markdown, moved)).toEqual([]);
    expect(missingCodes(markdown, moved.replace('{count}', 'viele').replace('**Fiktionsbescheinigung**', 'Fiktionsbescheinigung'))).toEqual(
      ['**', '**', '{count}'],
    );
  });
});
