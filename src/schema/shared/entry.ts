import { z } from 'astro/zod';
import { field } from '../field.ts';
import { reviewFields, visibility } from './review.ts';
import { terms } from './refs.ts';
import { markdown, text, textList } from './text.ts';

/**
 * Fields every directory entry has: a title, a short summary, search words, topics,
 * visibility and freshness. Collections spread these into their own object schema.
 * @param titleLabel what the title means in this collection, e.g. "Anliegen" for a responsibility
 */
export function entryFields(titleLabel: string, titleHint?: string) {
  return {
    title: text({ label: titleLabel, search: 'title', ...(titleHint ? { hint: titleHint } : {}) }, 160, { title: true }),
    summary: text(
      {
        label: 'Kurzbeschreibung',
        hint: 'Ein bis zwei einfache Sätze: wofür und für wen. Erscheint in Listen und Suchergebnissen.',
        search: 'text',
        widget: 'text',
      },
      300,
    ),
    /** Extra words people search with (abbreviations, everyday words, common misspellings). */
    keywords: textList({
      label: 'Suchbegriffe',
      hint: 'Wörter, mit denen Menschen danach suchen, z. B. Abkürzungen („ABH“) oder Alltagswörter („Visum“).',
      search: 'keywords',
    }).default([]),
    topics: terms('topics', { label: 'Handlungsfelder' }, 1),
    visibility: visibility(),
    ...reviewFields(),
  };
}

/** Optional long description in Markdown. */
export function description() {
  return markdown({ label: 'Beschreibung', hint: 'Ausführlicher Text in Markdown. HTML wird entfernt.' }).optional();
}

/** Lower and upper age limit of a target group, both optional and inclusive. */
export function ageRange() {
  return {
    ageMin: field(z.int().min(0).max(120), { label: 'Alter ab (Jahre)' }).optional(),
    ageMax: field(z.int().min(0).max(120), { label: 'Alter bis (Jahre)' }).optional(),
  };
}

/** Shared validation: a range must not end before it starts. */
export function checkRange(data: { ageMin?: number | undefined; ageMax?: number | undefined }, ctx: z.RefinementCtx): void {
  if (data.ageMin !== undefined && data.ageMax !== undefined && data.ageMax < data.ageMin) {
    ctx.addIssue({
      code: 'custom',
      path: ['ageMax'],
      message: `„Alter bis“ (${data.ageMax}) liegt unter „Alter ab“ (${data.ageMin}) – Werte tauschen`,
    });
  }
}
