import { describe, expect, it } from 'vitest';
import { firstChapterOf, seeChapterText } from '#src/lib/publish/first-chapter.ts';

const chapters = [
  { topic: 'ankommen', ids: ['helpdesk', 'abh'] },
  { topic: 'aufenthalt', ids: ['abh', 'titel'] },
  { topic: 'arbeit', ids: ['titel', 'iq'] },
];

describe('firstChapterOf', () => {
  it('places each entry in the first chapter it belongs to', () => {
    expect(Object.fromEntries(firstChapterOf(chapters, []))).toEqual({
      helpdesk: 'ankommen',
      abh: 'ankommen',
      titel: 'aufenthalt',
      iq: 'arbeit',
    });
  });

  it('with chosen topics, in the first chosen chapter, and leaves out entries of no chosen chapter', () => {
    expect(Object.fromEntries(firstChapterOf(chapters, ['arbeit', 'aufenthalt']))).toEqual({
      abh: 'aufenthalt',
      titel: 'aufenthalt',
      iq: 'arbeit',
    });
  });
});

describe('seeChapterText', () => {
  it('names the chapter in brackets, without the colon the UI string ends with', () => {
    expect(seeChapterText('Siehe auch im Kapitel „{topic}“:', 'Arbeit und Ausbildung')).toBe(
      '(Siehe auch im Kapitel „Arbeit und Ausbildung“)',
    );
    expect(seeChapterText('See also the chapter “{topic}”', 'Work')).toBe('(See also the chapter “Work”)');
  });
});
