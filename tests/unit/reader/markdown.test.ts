import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '#src/lib/markdown.ts';

describe('Markdown from the CMS', () => {
  it('drops raw <script>, event handlers and images', () => {
    const html = renderMarkdown(
      'Text\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\nmore <b onclick="alert(1)">bold</b>',
      3,
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<img|alert/);
    expect(html).toContain('<p>Text</p>');
  });

  it('keeps http(s), mailto and tel links and removes javascript: and data: links', () => {
    const html = renderMarkdown(
      '[a](https://example.org) [b](mailto:x@example.org) [c](tel:+4999) [d](javascript:alert(1)) [e](data:text/html,x)',
      3,
    );
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('href="mailto:x@example.org"');
    expect(html).toContain('href="tel:+4999"');
    expect(html).not.toMatch(/javascript:|data:/);
  });

  it('starts a description under a section heading at h3, whatever level the editor wrote', () => {
    expect(renderMarkdown('## Unterpunkt\n\nText', 3)).toBe('<h3>Unterpunkt</h3>\n<p>Text</p>');
    expect(renderMarkdown('# Titel\n\n## Unterpunkt', 3)).toBe('<h3>Titel</h3>\n<h4>Unterpunkt</h4>');
  });

  it('never skips a level, even where the editor did', () => {
    const levels = (html: string) => [...html.matchAll(/<h(\d)>/g)].map((match) => Number(match[1]));
    expect(levels(renderMarkdown('## A\n\n#### B\n\n### C\n\n## D\n\n###### E', 3))).toEqual([3, 4, 4, 3, 4]);
    expect(levels(renderMarkdown('### A\n\n# B\n\n## C', 5))).toEqual([5, 5, 6]);
  });

  it('keeps headings at h6 at most', () => {
    expect(renderMarkdown('# A\n\n## B\n\n### C', 5)).toBe('<h5>A</h5>\n<h6>B</h6>\n<h6>C</h6>');
  });

  it('makes the text’s own top heading level 3, however the editor wrote it, so no level is skipped', () => {
    expect(renderMarkdown('## Was wir machen\n\n### Gruppen')).toBe('<h3>Was wir machen</h3>\n<h4>Gruppen</h4>');
  });
});
