import { describe, expect, it } from 'vitest';
import { measurePage, pageType, staticImports } from '#src/lib/measure-page-weight.ts';

const files: Record<string, string> = {
  '/_astro/global.css': 'body{color:red}'.repeat(50),
  '/_astro/island.js': 'import{a}from"./shared.js";customElements.define("x-y",class extends HTMLElement{});import("./lazy.js")',
  '/_astro/shared.js': 'export const a=1;',
  '/_astro/lazy.js': 'export const heavy="x".repeat(1e6)',
};
const read = (path: string) => (files[path] ? new TextEncoder().encode(files[path]) : undefined);

describe('measurePage', () => {
  it('adds gzipped HTML and linked CSS, counts scripts with their static imports but not lazy chunks or JSON-LD', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/_astro/global.css"></head><body><p>Hallo</p>' +
      '<script type="module" src="/_astro/island.js"></script><script type="application/ld+json">{"a":1}</script></body></html>';
    const weight = measurePage(html, read);
    expect(weight.css.map((asset) => asset.file)).toEqual(['/_astro/global.css']);
    expect(weight.htmlCssGzip).toBe(weight.htmlGzip + weight.cssGzip);
    expect(weight.cssGzip).toBeLessThan(files['/_astro/global.css']?.length ?? 0);
    expect(weight.js.map((asset) => asset.file)).toEqual(['/_astro/island.js', '/_astro/shared.js']);
  });

  it('counts inline styles and scripts', () => {
    const weight = measurePage('<style>p{margin:0}</style><script>console.log(1)</script>', read);
    expect(weight.css[0]?.file).toBe('(inline)');
    expect(weight.js[0]?.file).toBe('(inline)');
  });
});

describe('staticImports', () => {
  it('resolves relative imports and re-exports, not dynamic ones', () => {
    expect(
      staticImports('import{a as b}from"./x.js";export*from"../y.js";import("./z.js");import "./side.js"', '/_astro/dir/m.js'),
    ).toEqual(['/_astro/dir/x.js', '/_astro/y.js', '/_astro/dir/side.js']);
  });
});

describe('pageType', () => {
  it('names page types from their paths', () => {
    expect(pageType('index.html')).toBe('language-choice');
    expect(pageType('de/index.html')).toBe('home');
    expect(pageType('ar/organisations/abh/index.html')).toBe('entry:organisations');
    expect(pageType('ar/organisations/index.html')).toBe('list:organisations');
    expect(pageType('uk/topics/sprache/index.html')).toBe('topic');
    expect(pageType('en/counselling/index.html')).toBe('counselling');
    expect(pageType('404.html')).toBe('404');
  });
});
