import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown.ts';

describe('Markdown from the CMS', () => {
  it('drops raw <script>, event handlers and images', () => {
    const html = renderMarkdown(
      'Text\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\nmore <b onclick="alert(1)">bold</b>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<img|alert/);
    expect(html).toContain('<p>Text</p>');
  });

  it('keeps http(s), mailto and tel links and removes javascript: and data: links', () => {
    const html = renderMarkdown(
      '[a](https://example.org) [b](mailto:x@example.org) [c](tel:+4999) [d](javascript:alert(1)) [e](data:text/html,x)',
    );
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('href="mailto:x@example.org"');
    expect(html).toContain('href="tel:+4999"');
    expect(html).not.toMatch(/javascript:|data:/);
  });

  it('starts headings at level 3 below the page title and section headings', () => {
    expect(renderMarkdown('# Titel\n\n## Unterpunkt')).toBe('<h3>Titel</h3>\n<h4>Unterpunkt</h4>');
  });

  it('makes the text’s own top heading level 3, however the editor wrote it, so no level is skipped', () => {
    expect(renderMarkdown('## Was wir machen\n\n### Gruppen')).toBe('<h3>Was wir machen</h3>\n<h4>Gruppen</h4>');
  });
});
