import { z } from 'astro/zod';
import { field, type FieldMeta } from '../field.ts';

type Described = Omit<FieldMeta, 'i18n'>;

/** A short translatable text on one line (a name, a label, a sentence). */
export function text(meta: Described, maxLength = 500) {
  return field(
    z
      .string()
      .trim()
      .min(1, 'darf nicht leer sein – Text eintragen')
      .max(maxLength, `ist zu lang – auf höchstens ${maxLength} Zeichen kürzen`),
    {
      ...meta,
      i18n: true,
    },
  );
}

/** A longer translatable text written in Markdown; raw HTML in it is removed when rendered. */
export function markdown(meta: Described) {
  return field(z.string().trim().min(1, 'darf nicht leer sein – Text eintragen'), {
    widget: 'markdown',
    ...meta,
    i18n: true,
  });
}

/** A list of short translatable lines (goals, activities, documents). */
export function textList(meta: Described) {
  return field(z.array(z.string().trim().min(1, 'darf nicht leer sein – Text eintragen')), { ...meta, i18n: true });
}

/** A short text that is the same in every language (a name of a programme, a role). */
export function plain(meta: Described) {
  return field(z.string().trim().min(1, 'darf nicht leer sein – Text eintragen'), meta);
}
