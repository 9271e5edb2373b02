import { describe, expect, it } from 'vitest';
import { buildDirectory } from '#src/lib/content/directory.ts';
import type { ContentEntry, ContentTranslation } from '#src/lib/content/validate-content.ts';
import { buildTodo } from '#src/lib/editorial/build-todo.ts';
import { formatTodo } from '#src/lib/editorial/format-todo.ts';
import { todoSections } from '#src/lib/editorial/todo-sections.ts';
import { sourceFingerprint } from '#src/lib/schema/translation.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { collections, type CollectionName } from '#src/schema/index.ts';
import { organisation } from '../../support/content-fixture.ts';

const site = { ...readSiteConfig(), locales: ['de', 'en', 'ar'] as ('de' | 'en' | 'ar')[] };
const today = '2026-11-22';

function entry(collection: CollectionName, id: string, data: Record<string, unknown>): ContentEntry {
  return {
    collection,
    id,
    file: `content/${collection}/de/${id}.yaml`,
    data: collections[collection].schema.parse(data) as Record<string, unknown>,
  };
}

function translation(of: ContentEntry, locale: string, data: Record<string, unknown>, current: boolean): ContentTranslation {
  const source = current ? sourceFingerprint(collections[of.collection].schema, of.data) : '00000000';
  return {
    collection: of.collection,
    id: of.id,
    locale,
    file: `content/${of.collection}/${locale}/${of.id}.yaml`,
    data: { ...data, translation: { source } },
  };
}

const project = (id: string, title: string, end: string) =>
  entry('projects', id, {
    title,
    summary: 'Ein Projekt.',
    topics: ['aufenthalt'],
    reviewed: '2026-10-01',
    owner: 'Träger',
    kind: 'project',
    operator: 'jobcenter',
    start: '2025-01-01',
    end,
  });

const agreement = (id: string, title: string, extra: Record<string, unknown>) =>
  entry('agreements', id, {
    title,
    summary: 'Eine Vereinbarung.',
    topics: ['aufenthalt'],
    reviewed: '2026-10-01',
    owner: 'ABH',
    type: 'kooperationsvereinbarung',
    parties: ['abh', 'jobcenter'],
    level: 3,
    status: 'active',
    signedOn: '2025-01-01',
    plainSummary: 'Zusammenarbeit.',
    lead: 'jobcenter',
    ...extra,
  });

function todoFor(entries: ContentEntry[], translations: ContentTranslation[] = []) {
  const directory = buildDirectory({ site, entries, translations, vocabularies: {}, edition: 'internal', today });
  return buildTodo({ entries: directory.entries, archived: directory.archived, locales: site.locales, today });
}

describe('the editors’ to-do list', () => {
  it('lists entries overdue for review, oldest first, with the days overdue', () => {
    const todo = todoFor([
      entry('organisations', 'jobcenter', organisation({ reviewed: '2025-10-01' })),
      entry('organisations', 'caritas', organisation({ title: 'Caritas', reviewed: '2024-05-15' })),
      entry('organisations', 'awo', organisation({ title: 'AWO', reviewed: '2026-03-01', reviewIntervalMonths: 6 })),
      entry('organisations', 'fresh', organisation({ title: 'Frisch geprüft', reviewed: '2026-11-01' })),
      // Due exactly today is not overdue yet.
      entry('organisations', 'today', organisation({ title: 'Heute fällig', reviewed: '2025-11-22' })),
    ]);
    expect(todo.overdue.map(({ entry: item, due, daysOverdue }) => [item.id, due, daysOverdue])).toEqual([
      ['caritas', '2025-05-15', 556],
      ['awo', '2026-09-01', 82],
      ['jobcenter', '2026-10-01', 52],
    ]);
  });

  it('lists outdated and missing translations per language', () => {
    const jobcenter = entry('organisations', 'jobcenter', organisation({ reviewed: '2026-10-01' }));
    const caritas = entry('organisations', 'caritas', organisation({ title: 'Caritas', reviewed: '2026-10-01' }));
    const todo = todoFor(
      [jobcenter, caritas],
      [
        translation(jobcenter, 'en', { title: 'Job Centre' }, true),
        translation(caritas, 'en', { title: 'Caritas' }, false),
        translation(caritas, 'ar', { title: 'كاريتاس' }, true),
      ],
    );
    expect(
      todo.translations.map((locale) => ({
        locale: locale.locale,
        outdated: locale.outdated.map((item) => item.id),
        missing: locale.missing.map((item) => item.id),
      })),
    ).toEqual([
      { locale: 'en', outdated: ['caritas'], missing: [] },
      { locale: 'ar', outdated: [], missing: ['jobcenter'] },
    ]);
  });

  it('lists projects that ended or end within 60 days, and the references to ended ones', () => {
    const jobcenter = entry('organisations', 'jobcenter', organisation({ reviewed: '2026-10-01' }));
    const todo = todoFor([
      jobcenter,
      project('ended', 'Sprachcafé 2025', '2026-06-30'),
      project('soon', 'Lernpaten', '2027-01-15'),
      project('later', 'Mentoring', '2027-06-30'),
      entry('associations', 'verein', {
        title: 'Verein',
        summary: 'Ein Verein.',
        topics: ['aufenthalt'],
        reviewed: '2026-10-01',
        owner: 'Vorstand',
        providerType: 'behoerde',
        legalForm: 'initiative',
        parent: 'ended',
      }),
    ]);
    expect(todo.projects.map(({ entry: item, end, ended }) => [item.id, end, ended])).toEqual([
      ['ended', '2026-06-30', true],
      ['soon', '2027-01-15', false],
    ]);
    expect(todo.brokenReferences.map(({ entry: item, field, target, reason }) => [item.id, field, target, reason])).toEqual([
      ['verein', 'parent', 'ended', 'archived'],
    ]);
    // An ended project has no page any more: the list links only into the CMS.
    const projects = todoSections(todo).find((section) => section.id === 'projekte')!;
    expect(projects.items.map((item) => [item.entry.id, item.hasPage])).toEqual([
      ['ended', false],
      ['soon', true],
    ]);
  });

  it('lists agreements that run out or are due for review within 90 days', () => {
    const todo = todoFor([
      entry('organisations', 'jobcenter', organisation({ reviewed: '2026-10-01' })),
      agreement('expiring', 'Vereinbarung Jobcenter', { validUntil: '2026-12-31' }),
      agreement('review', 'Vereinbarung Caritas', { reviewed: '2026-01-10' }),
      // 70 days ahead: past the projects' 60 days, still within the agreements' quarter.
      agreement('renew', 'Vereinbarung Diakonie', { validUntil: '2027-01-31' }),
      agreement('later', 'Vereinbarung BRK', { validUntil: '2027-02-21' }),
      agreement('fine', 'Vereinbarung AWO', { validUntil: '2028-12-31' }),
      agreement('over', 'Beendete Vereinbarung', { status: 'ended', validUntil: '2026-01-01' }),
    ]);
    expect(todo.agreements.map(({ entry: item, reason, date }) => [item.id, reason, date])).toEqual([
      ['expiring', 'expires', '2026-12-31'],
      ['review', 'review', '2027-01-10'],
      ['renew', 'expires', '2027-01-31'],
    ]);
  });

  it('takes the review due date from the agreement’s review log and names the last review', () => {
    const todo = todoFor([
      entry('organisations', 'jobcenter', organisation({ reviewed: '2026-10-01' })),
      // Checked as an entry recently, but its parties last reviewed it 13 months ago.
      agreement('logged', 'Vereinbarung mit Überprüfung', {
        reviewed: '2026-11-01',
        reviews: [
          { date: '2024-10-15', result: 'confirmed', role: 'ABH und Jobcenter, Leitungsrunde' },
          { date: '2025-10-20', result: 'amended', role: 'ABH und Jobcenter, Leitungsrunde', note: 'Rückruffrist verkürzt.' },
        ],
      }),
      // A date set by the parties wins over the interval.
      agreement('scheduled', 'Vereinbarung mit Termin', { reviewed: '2026-11-01', nextReview: '2027-02-01' }),
      agreement('notyet', 'Vereinbarung ohne Termin', { reviewed: '2026-11-01', nextReview: '2027-06-01' }),
    ]);
    expect(todo.agreements.map(({ entry: item, reason, date }) => [item.id, reason, date])).toEqual([
      ['logged', 'review', '2026-10-20'],
      ['scheduled', 'review', '2027-02-01'],
    ]);
    const items = todoSections(todo).find((section) => section.id === 'vereinbarungen')!.items;
    expect(items.map((item) => item.detail)).toEqual([
      'Überprüfung fällig am 20. Oktober 2026 (zuletzt überprüft am 20. Oktober 2025: angepasst, ABH und Jobcenter, Leitungsrunde)',
      'Überprüfung fällig am 1. Februar 2027 (noch keine Überprüfung eingetragen)',
    ]);
  });

  it('prints every item with its link into the CMS', () => {
    const text = formatTodo(
      todoFor([entry('organisations', 'caritas', organisation({ title: 'Caritas', reviewed: '2024-05-15' }))]),
      'https://lotse.example.org',
    );
    expect(text).toContain(
      'Überfällige Prüfungen, älteste zuerst (1)\n  - Organisation „Caritas“: fällig seit 15. Mai 2025 (556 Tage) – https://lotse.example.org/admin/#/collections/organisations/entries/caritas',
    );
    expect(text).toContain('Fehlende Übersetzungen: Englisch (1)');
  });
});
