import { z } from 'astro/zod';
import { field, type FieldMeta } from '../field.ts';

type Described = Omit<FieldMeta, 'i18n'>;

/**
 * Longest Markdown text of one field (20,000 characters, about eight printed pages). The
 * longest demo text has 2,300; a field many times larger is a pasted document.
 */
const maxMarkdownLength = 20_000;
/** Longest short text that is the same in every language (a name, a street, a role). */
const maxPlainLength = 300;
/** Longest line of a text list (a goal, a document to bring). */
const maxListItemLength = 500;

/** "20.000": numbers in messages as German readers write them. */
const count = (value: number) => value.toLocaleString('de-DE');

function tooLong(maxLength: number): string {
  return `ist zu lang – auf höchstens ${count(maxLength)} Zeichen kürzen`;
}

/** A title must say something: a letter or a digit, not only punctuation or invisible characters. */
const hasLetterOrDigit = (value: string) => /[\p{L}\p{N}]/u.test(value);

/**
 * A short translatable text on one line (a name, a label, a sentence).
 * @param options.title the text names the entry: it needs a letter or digit
 */
export function text(meta: Described, maxLength = 500, options: { title?: boolean } = {}) {
  const base = z.string().trim().min(1, 'darf nicht leer sein – Text eintragen').max(maxLength, tooLong(maxLength));
  return field(
    options.title
      ? base.refine(hasLetterOrDigit, { error: 'braucht mindestens einen Buchstaben oder eine Ziffer – einen lesbaren Titel eintragen' })
      : base,
    {
      ...meta,
      i18n: true,
    },
  );
}

/** A longer translatable text written in Markdown; raw HTML in it is removed when rendered. */
export function markdown(meta: Described) {
  return field(z.string().trim().min(1, 'darf nicht leer sein – Text eintragen').max(maxMarkdownLength, tooLong(maxMarkdownLength)), {
    widget: 'markdown',
    ...meta,
    i18n: true,
  });
}

/** A list of short translatable lines (goals, activities, documents). */
export function textList(meta: Described) {
  return field(
    z.array(z.string().trim().min(1, 'darf nicht leer sein – Text eintragen').max(maxListItemLength, tooLong(maxListItemLength))),
    { ...meta, i18n: true },
  );
}

/** A short text that is the same in every language (a name of a programme, a role). */
export function plain(meta: Described) {
  return field(z.string().trim().min(1, 'darf nicht leer sein – Text eintragen').max(maxPlainLength, tooLong(maxPlainLength)), meta);
}
