import { z } from 'astro/zod';
import { field, type FieldMeta } from '../field.ts';

type Described = Omit<FieldMeta, 'i18n'>;

/**
 * A web address. Only http and https are allowed: a `javascript:` or `data:` link in
 * content would run code in the reader's browser.
 */
export function webUrl(meta: Described) {
  return field(
    z.url({
      protocol: /^https?$/,
      error: 'ist keine erlaubte Webadresse – eine Adresse eintragen, die mit https:// (oder http://) beginnt',
    }),
    meta,
  );
}

/** An e-mail address; rendered as a `mailto:` link. */
export function email(meta: Described) {
  return field(z.email({ error: 'ist keine gültige E-Mail-Adresse – so schreiben: name@example.org' }), meta);
}

/** A phone number as dialled from Germany, e.g. "+49 123 456789-0"; rendered as a `tel:` link. */
export function phone(meta: Described) {
  return field(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ()/-]{3,}[0-9]$/, {
        error: 'ist keine Telefonnummer – nur Ziffern, Leerzeichen und + ( ) / - verwenden, z. B. „+49 123 456789-0“',
      }),
    meta,
  );
}
