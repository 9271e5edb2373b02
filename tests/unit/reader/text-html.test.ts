import { describe, expect, it } from 'vitest';
import { bidiTextHtml, localizedTextHtml } from '#src/lib/bidi/text-html.ts';
import { escapeText } from '#src/lib/escape-html.ts';

describe('text in a language as HTML (LocalizedText, BidiText)', () => {
  it('escapes what an editor types, so a title cannot open an element or end an attribute', () => {
    expect(escapeText(`<script>alert("x")</script> & 'Tom's'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Tom&#39;s&#39;',
    );
    expect(localizedTextHtml({ text: '<img src=x onerror=alert(1)>' }, 'de')).toBe('<span>&lt;img src=x onerror=alert(1)&gt;</span>');
  });

  it('marks a German fallback on an Arabic page with lang and dir, and isolates nothing in left-to-right text', () => {
    expect(localizedTextHtml({ text: 'Migrationsberatung (MBE)', lang: 'de' }, 'ar')).toBe(
      '<span lang="de" dir="ltr">Migrationsberatung (MBE)</span>',
    );
    expect(localizedTextHtml({ text: 'Beratung', lang: 'de' }, 'de')).toBe('<span>Beratung</span>');
  });

  it('isolates numbers and German terms in Arabic text, phone numbers kept on one line', () => {
    expect(localizedTextHtml({ text: 'اتصل على +49 9999 3000-40 في (Ausländerbehörde)', as: 'p', class: 'lead' }, 'ar')).toBe(
      '<p class="lead">اتصل على <bdi dir="ltr" class="unbroken">+49 9999 3000-40</bdi> في <bdi dir="ltr">(Ausländerbehörde)</bdi></p>',
    );
    expect(bidiTextHtml('+49 9999 3000-40', 'ltr')).toBe('+49 9999 3000-40');
  });

  it('writes the element, class and id asked for, in that order before the language', () => {
    expect(localizedTextHtml({ text: 'Arbeit', as: 'h2', class: 'title', id: 'topic-arbeit', lang: 'de' }, 'uk')).toBe(
      '<h2 class="title" id="topic-arbeit" lang="de" dir="ltr">Arbeit</h2>',
    );
    expect(localizedTextHtml({ text: 'x', class: 'a"b&c' }, 'de')).toBe('<span class="a&quot;b&amp;c">x</span>');
  });
});
