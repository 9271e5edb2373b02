import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { localize } from '../content/directory.ts';
import { placesOf } from '../entry-places.ts';
import { hoursAt } from '../hours-at.ts';
import { weekTable } from '../opening-hours.ts';
import { absoluteUrl, entryPath } from '../paths.ts';
import { translationMarks } from '../translation-marks.ts';
import { weekLines, type WeekLine } from '../week-lines.ts';
import { wayfindingLine } from '../wayfinding.ts';
import type { Translate } from '#src/i18n/translate.ts';
import type { Locale } from '#src/schema/site-config.ts';
import { isReferralTarget } from './referral-target.ts';

/** One place of an entry on the slip. */
export interface SlipPlace {
  /** Name of the place. */
  n: string;
  /** Street, postcode and town. */
  a: string;
  /** Hours that apply to the entry there (`hoursAt`), as compact week lines. */
  h: WeekLine[];
  /** Visitors only with an appointment. */
  o?: true;
  /** Note on the hours. */
  note?: string;
  /** "de" when the place's texts (name, note) are shown in German. */
  l?: string;
  /** The way to the room (building, floor, room), worded in this language. */
  w?: string;
}

/**
 * What the referral slip needs of one entry in one language, and nothing more: the slip page
 * loads this per language (a prerendered JSON file), so it stays small and holds only public data.
 */
export interface SlipEntry {
  /** Title. */
  t: string;
  /** Kind of entry (UI label). */
  k: string;
  /** Short description. */
  s: string;
  /** Places with the hours that apply there. */
  p: SlipPlace[];
  /** Hours of an entry without a place (phone and online offers). */
  h?: WeekLine[];
  /** Contact: phone, e-mail, website. */
  c?: { phone?: string; email?: string; website?: string };
  /** What to bring. */
  b?: string[];
  /** Booking link. */
  bk?: string;
  /** Absolute address of the entry in this language (for the QR code). */
  u: string;
  /** Title or summary shown in German: the entry has no text in this language yet. */
  f?: ('title' | 'summary')[];
  /** 1 = machine-translated and not yet checked by a person. */
  m?: 1;
}

/** Slip data of every referral target (`isReferralTarget`) in one language, keyed by id; `t` words the way to the room. */
export function slipData(
  directory: Directory,
  locale: Locale,
  intl: string,
  kindLabel: (entry: DirectoryEntry) => string,
  t?: Translate,
): Record<string, SlipEntry> {
  const result: Record<string, SlipEntry> = {};
  const lines = (rule: string | undefined) =>
    rule ? weekLines(weekTable(rule, { state: directory.site.state }, directory.today), intl) : [];
  const way = (place: { wayfinding?: Parameters<typeof wayfindingLine>[0] }) =>
    t ? wayfindingLine(place.wayfinding, locale, t, true) : '';
  for (const entry of directory.entries) {
    if (!isReferralTarget(entry)) continue;
    const localized = localize(entry, locale);
    const data = localized.localized;
    const { places, fallbackPaths } = placesOf(directory, localized);
    const checklistId = 'checklist' in data ? data.checklist : undefined;
    const checklist = checklistId ? directory.byId.get(checklistId) : undefined;
    const checklistData = checklist ? localize(checklist, locale).localized : undefined;
    const bring = checklistData && 'items' in checklistData ? checklistData.items.map((item) => item.text) : [];
    const contact = 'contact' in data ? data.contact : undefined;
    const booking = 'access' in data ? data.access?.bookingUrl : undefined;
    const fallback = localized.fallback.filter((path): path is 'title' | 'summary' => path === 'title' || path === 'summary');
    const ownLines = places.length === 0 ? lines(hoursAt(data)) : [];
    result[entry.id] = {
      t: data.title,
      k: kindLabel(entry),
      s: data.summary,
      p: places.map((place, index) => ({
        n: place.name,
        a: addressLine(place.address),
        h: lines(hoursAt(data, place)),
        ...(place.appointmentOnly ? { o: true as const } : {}),
        ...(place.hoursNote ? { note: place.hoursNote } : {}),
        ...(fallbackPaths(index) ? { l: directory.site.locales[0] ?? 'de' } : {}),
        ...(way(place) ? { w: way(place) } : {}),
      })),
      ...(ownLines.length > 0 ? { h: ownLines } : {}),
      ...(contact && (contact.phone || contact.email || contact.website)
        ? {
            c: {
              ...(contact.phone ? { phone: contact.phone } : {}),
              ...(contact.email ? { email: contact.email } : {}),
              ...(contact.website ? { website: contact.website } : {}),
            },
          }
        : {}),
      ...(bring.length > 0 ? { b: bring } : {}),
      ...(booking ? { bk: booking } : {}),
      u: absoluteUrl(directory.site.url, entryPath(locale, entry.collection, entry.id)),
      ...(fallback.length > 0 ? { f: fallback } : {}),
      ...(translationMarks(localized).machine ? { m: 1 as const } : {}),
    };
  }
  return result;
}

function addressLine(address: { street: string; postalCode: string; city: string }): string {
  return `${address.street}, ${address.postalCode} ${address.city}`;
}
