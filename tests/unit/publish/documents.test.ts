import { describe, expect, it } from 'vitest';
import { buildDirectory, type Edition } from '#src/lib/content/directory.ts';
import type { ContentEntry } from '#src/lib/content/validate-content.ts';
import { documentsByKind, documentsOf, hasExpired } from '#src/lib/documents.ts';
import { counterBrochureChapters } from '#src/lib/publish/counter-brochure.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { documentSchema } from '#src/schema/collections/documents.ts';
import { counterBrochureSchema } from '#src/schema/publications.ts';

const review = { reviewed: '2026-09-01', owner: 'Stabsstelle Integration', reviewIntervalMonths: 12, keywords: [], topics: ['ankommen'] };
const document = (id: string, data: Record<string, unknown>): ContentEntry => ({
  collection: 'documents',
  id,
  file: `content/documents/de/${id}.yaml`,
  data: { ...review, visibility: 'public', summary: 'Kurz.', languages: ['de'], relatedTo: [], file: `/media/${id}.pdf`, ...data },
});
const entries: ContentEntry[] = [
  {
    collection: 'organisations',
    id: 'abh',
    file: '',
    data: { ...review, visibility: 'public', title: 'Ausländerbehörde', summary: 'ABH.' },
  },
  {
    collection: 'networks',
    id: 'lenkungskreis',
    file: '',
    data: { ...review, visibility: 'public', title: 'Lenkungskreis', summary: 'Steuert.' },
  },
  {
    collection: 'projects',
    id: 'sprachcafe',
    file: '',
    data: { ...review, visibility: 'public', title: 'Sprachcafé', summary: 'Café.', end: '2026-01-31' },
  },
  document('geschaeftsordnung', {
    title: 'Geschäftsordnung',
    kind: 'geschaeftsordnung',
    issuer: 'lenkungskreis',
    issued: '2024-06-18',
    relatedTo: ['lenkungskreis'],
  }),
  document('leitbild', { title: 'Leitbild', kind: 'integrationskonzept', issuer: 'abh', issued: '2025-01-15', validUntil: '2025-12-31' }),
  document('konzept', {
    title: 'Integrationskonzept',
    kind: 'integrationskonzept',
    issuer: 'abh',
    issued: '2024-03-12',
    relatedTo: ['lenkungskreis'],
  }),
  document('protokoll', {
    title: 'Internes Protokoll',
    kind: 'geschaeftsordnung',
    issuer: 'abh',
    issued: '2026-01-10',
    relatedTo: ['lenkungskreis'],
    visibility: 'internal',
  }),
];
const vocabularies = {
  'document-kinds': [
    { id: 'integrationskonzept', label: { de: 'Integrationskonzept und Leitbild' } },
    { id: 'geschaeftsordnung', label: { de: 'Geschäftsordnung' } },
  ],
};
const directory = (edition: Edition) =>
  buildDirectory({ site: readSiteConfig(), entries, translations: [], vocabularies, edition, today: '2026-11-22' });

describe('documents', () => {
  it('appear on the page of what they belong to and of their issuer, newest first', () => {
    const public_ = directory('public');
    expect(documentsOf(public_, 'lenkungskreis').map((entry) => entry.id)).toEqual(['geschaeftsordnung', 'konzept']);
    expect(documentsOf(public_, 'abh').map((entry) => entry.id)).toEqual(['leitbild', 'konzept']);
  });

  it('that are internal appear only in the internal edition', () => {
    expect(documentsOf(directory('public'), 'lenkungskreis').map((entry) => entry.id)).not.toContain('protokoll');
    expect(documentsOf(directory('internal'), 'lenkungskreis').map((entry) => entry.id)[0]).toBe('protokoll');
  });

  it('are grouped by kind in the order of the vocabulary on the documents page', () => {
    expect(documentsByKind(directory('public')).map((group) => [group.kind, group.documents.map((entry) => entry.id)])).toEqual([
      ['integrationskonzept', ['leitbild', 'konzept']],
      ['geschaeftsordnung', ['geschaeftsordnung']],
    ]);
  });

  it('say when their own validity has ended', () => {
    const [leitbild, konzept] = documentsOf(directory('public'), 'abh');
    expect(leitbild && hasExpired(leitbild, '2026-11-22')).toBe(true);
    expect(konzept && hasExpired(konzept, '2026-11-22')).toBe(false);
  });

  it('need a PDF from the media library or a link, and a validity that does not end before the version date', () => {
    const base = {
      ...review,
      title: 'Konzept',
      summary: 'Kurz.',
      kind: 'integrationskonzept',
      issuer: 'abh',
      issued: '2024-03-12',
      languages: ['de'],
    };
    expect(documentSchema.safeParse({ ...base, file: '/media/konzept.pdf' }).success).toBe(true);
    expect(documentSchema.safeParse({ ...base, url: 'https://www.musterstadt.example.org/konzept.pdf' }).success).toBe(true);
    const neither = documentSchema.safeParse(base);
    expect(neither.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['file', 'fehlt – eine PDF-Datei hochladen oder unter „Link zum Dokument“ eine Adresse eintragen'],
    ]);
    expect(documentSchema.safeParse({ ...base, file: '/media/konzept.docx' }).success).toBe(false);
    expect(documentSchema.safeParse({ ...base, file: '/media/../site.config.pdf' }).success).toBe(false);
    expect(documentSchema.safeParse({ ...base, file: '/media/konzept.pdf', validUntil: '2023-12-31' }).success).toBe(false);
  });
});

describe('the counter brochure', () => {
  it('keeps the editors’ order and leaves out entries that are not published any more', () => {
    const brochure = counterBrochureSchema.parse({
      chapters: [
        { topic: 'ankommen', entries: ['lenkungskreis', 'abh'] },
        { topic: 'sprache', entries: ['sprachcafe'] },
      ],
    });
    const chapters = counterBrochureChapters(directory('public'), brochure);
    expect(chapters.map((chapter) => [chapter.topic, chapter.entries.map((entry) => entry.id)])).toEqual([
      ['ankommen', ['lenkungskreis', 'abh']],
    ]);
  });

  it('shows every entry once', () => {
    const twice = counterBrochureSchema.safeParse({
      chapters: [
        { topic: 'ankommen', entries: ['abh'] },
        { topic: 'aufenthalt', entries: ['lenkungskreis', 'abh'] },
      ],
    });
    expect(twice.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['chapters.1.entries.1']);
  });
});
