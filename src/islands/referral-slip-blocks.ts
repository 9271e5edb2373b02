import { appendBidi } from '#src/lib/bidi/append-bidi.ts';
import { listJoiners } from '#src/lib/format-list.ts';
import type { SlipEntry, SlipPlace } from '#src/lib/referral/slip-data.ts';
import type { WeekLine } from '#src/lib/week-lines.ts';
import { appendSlipMarks } from './translation-marks.ts';

/**
 * The blocks of the referral slip, built in the browser from one language's slip data: an
 * entry's column, its places with the hours that apply there, contact and what to bring. Text in
 * right-to-left languages has its numbers and German terms isolated (`appendBidi`). The page's
 * CSS shows lists one item per line on screen and runs them together on paper.
 */

/** One language's slip data as served by /referral-data/<locale>.json. */
export interface SlipData {
  locale: string;
  intl: string;
  dir: 'ltr' | 'rtl';
  language: string;
  siteName: string;
  labels: Record<string, string>;
  entries: Record<string, SlipEntry>;
}

/** One language's part of a slip entry. */
export function column(entry: SlipEntry, data: SlipData, kind: 'client' | 'de', sourceLocale: string, single: boolean): HTMLElement {
  const box = element('div', { class: 'slip-column', lang: data.locale, dir: data.dir, 'data-slip-column': kind });
  const german = { lang: sourceLocale, dir: 'ltr' };
  const fallback = (field: 'title' | 'summary') => (entry.f?.includes(field) ? german : {});
  const untranslated = kind === 'client' && !single && entry.f?.includes('title');
  if (kind === 'de' && !single) box.append(element('p', { class: 'slip-column__language' }, data.language));
  const kindLine = text('p', entry.k, data, { class: 'slip-kind' });
  if (kind === 'client') appendSlipMarks(kindLine, entry, data.labels);
  box.append(kindLine, text('h3', entry.t, data, fallback('title')));
  // Without a text in the client's language, the client's side says so and leaves the German
  // summary to the German side, instead of printing it twice.
  if (untranslated) box.append(text('p', data.labels['notInLanguage'] ?? '', data, { class: 'slip-missing' }));
  if (!(kind === 'client' && !single && entry.f?.includes('summary')))
    box.append(text('p', entry.s, data, { ...fallback('summary'), class: 'slip-summary' }));
  for (const place of entry.p) box.append(placeLines(place, data, sourceLocale));
  if (entry.h && entry.h.length > 0) box.append(hoursLine(entry.h, data, false));
  if (entry.c) {
    const items = (['phone', 'email', 'website'] as const)
      .filter((key) => entry.c?.[key])
      .map((key) =>
        element(
          'span',
          { class: `slip-contact__${key}` },
          element('span', { class: 'slip-contact__label' }, `${data.labels[key] ?? key}: `),
          element('bdi', { dir: 'ltr' }, displayContact(key, entry.c?.[key] ?? '')),
        ),
      );
    box.append(element('p', { class: 'slip-contact slip-lines' }, ...separated(items)));
  }
  if (entry.bk)
    box.append(
      element(
        'p',
        { class: 'slip-booking' },
        `${data.labels['booking'] ?? ''}: `,
        element('bdi', { dir: 'ltr' }, displayContact('website', entry.bk)),
      ),
    );
  if (entry.b && entry.b.length > 0) {
    const bring = element('div', { class: 'slip-bring' });
    bring.append(
      element('strong', {}, `${data.labels['bring'] ?? ''}:`),
      ' ',
      element('ul', {}, ...entry.b.map((item) => text('li', item, data))),
    );
    box.append(bring);
  }
  return box;
}

/** An element with text whose left-to-right runs are isolated when the text is right to left. */
function text(tag: string, value: string, data: SlipData, attributes: Record<string, string> = {}): HTMLElement {
  const node = element(tag, attributes);
  appendBidi(node, value, attributes['dir'] === 'ltr' ? 'ltr' : data.dir);
  return node;
}

/** Items one per line on screen, run together with " · " on paper (see the page's CSS). */
function separated(items: HTMLElement[]): (HTMLElement | string)[] {
  return items.flatMap((item, index) =>
    index > 0 ? [element('span', { class: 'slip-sep', 'aria-hidden': 'true' }, ' · '), item] : [item],
  );
}

/** Name and address (always in the site's own language) of a place, and the hours that apply there. */
function placeLines(place: SlipPlace, data: SlipData, sourceLocale: string): HTMLElement {
  // A place shown in German (name and note) reads left to right as a whole, so its name and
  // address line up and run together on paper in their order; the hours keep the column's language.
  const own = place.l ? { lang: place.l, dir: 'ltr' } : {};
  const box = element('div', { ...own, class: 'slip-place' });
  box.append(text('p', place.n, data, { ...own, class: 'slip-place__name' }));
  box.append(element('p', { class: 'slip-place__address' }, element('bdi', { dir: 'ltr', lang: sourceLocale }, place.a)));
  if (place.w) box.append(text('p', `${data.labels['wayfinding'] ?? ''}: ${place.w}`, data, { class: 'slip-place__way' }));
  if (place.h.length > 0) box.append(hoursLine(place.h, data, place.o === true));
  if (place.note) box.append(text('p', place.note, data, { ...own, class: 'slip-place__note' }));
  return box;
}

/** "Öffnungszeiten: Mo–Do 08:30–12:00 und 13:00–16:00 · Fr 08:30–12:00"; a range never breaks. */
function hoursLine(lines: WeekLine[], data: SlipData, appointmentOnly: boolean): HTMLElement {
  const items = lines.map((week) => {
    const part = element('span', { class: 'week-line' }, `${week.days} `);
    listJoiners(week.ranges.length, data.intl).forEach((joiner, at) => {
      part.append(joiner, element('span', { class: 'week-range' }, week.ranges[at] ?? ''));
    });
    return part;
  });
  const line = element(
    'p',
    { class: 'slip-hours slip-lines', lang: data.locale, dir: data.dir },
    element('span', { class: 'slip-hours__label' }, `${data.labels['openingHours'] ?? ''}:`),
    ' ',
    ...separated(items),
  );
  if (appointmentOnly) line.append(` (${data.labels['appointmentOnly'] ?? ''})`);
  return line;
}

/** Direction of the page the counsellor works in. */
export function pageDirection(): 'ltr' | 'rtl' {
  return document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
}

/** Web addresses without "https://" and a trailing slash, as people read them out. */
function displayContact(kind: 'phone' | 'email' | 'website', value: string): string {
  return kind === 'website' ? value.replace(/^https?:\/\//, '').replace(/\/$/, '') : value;
}

/** An element with attributes and children, built with DOM methods (no HTML strings). */
export function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
