import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { listHtmlPages, templateOf, templateSamples } from '#scripts/audit/page-templates.ts';

const locales = ['de', 'ar'];

describe('page templates of a built site', () => {
  it('groups entries of one collection, topics and matters; every other page is a template of its own', () => {
    expect(templateOf('de/services/mbe-awo/index.html', locales)).toEqual({ template: 'entry:services', locale: 'de' });
    expect(templateOf('ar/topics/arbeit/index.html', locales)).toEqual({ template: 'topics/*', locale: 'ar' });
    expect(templateOf('de/finder/duldung/index.html', locales)).toEqual({ template: 'finder/*', locale: 'de' });
    expect(templateOf('de/services/index.html', locales)).toEqual({ template: 'services', locale: 'de' });
    expect(templateOf('de/papers/networks/print/index.html', locales)).toEqual({ template: 'papers/networks/print', locale: 'de' });
    expect(templateOf('de/index.html', locales)).toEqual({ template: 'home', locale: 'de' });
    expect(templateOf('index.html', locales)).toEqual({ template: 'home', locale: '' });
    expect(templateOf('404.html', locales)).toEqual({ template: '404.html', locale: '' });
  });

  it('picks the largest page of each template in each locale and leaves the CMS out', () => {
    const root = mkdtempSync(join(tmpdir(), 'lotse-templates-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string, bytes: number) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), 'x'.repeat(bytes));
    };
    write('de/services/small/index.html', 10);
    write('de/services/large/index.html', 99);
    write('ar/services/small/index.html', 50);
    write('de/map/index.html', 5);
    write('admin/index.html', 5);
    write('_astro/chunk.html', 5);
    expect(templateSamples(root, listHtmlPages(root), locales)).toEqual([
      { template: 'entry:services', locale: 'ar', path: 'ar/services/small/index.html' },
      { template: 'map', locale: 'de', path: 'de/map/index.html' },
      { template: 'entry:services', locale: 'de', path: 'de/services/large/index.html' },
    ]);
  });
});
