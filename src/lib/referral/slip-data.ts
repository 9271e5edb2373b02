import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { localize } from '../content/directory.ts';
import { placesOf } from '../entry-places.ts';
import { formatClock, weekTable, weekdayNames } from '../opening-hours.ts';
import { absoluteUrl, entryPath } from '../paths.ts';
import { wayfindingLine, type Wayfinding } from '../wayfinding.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { Locale } from '../../schema/site-config.ts';
import { directoryCollections } from '../../schema/names.ts';

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
  /** Places: name, address line, weekly hours ("Mo 08:00–12:00"), appointment only, way to the room. */
  p: { n: string; a: string; h: string[]; o?: true; note?: string; w?: string }[];
  /** Contact: phone, e-mail, website. */
  c?: { phone?: string; email?: string; website?: string };
  /** What to bring. */
  b?: string[];
  /** Booking link. */
  bk?: string;
  /** Absolute address of the entry in this language (for the QR code). */
  u: string;
  /** Translatable fields shown in German (the slip marks them lang="de"). */
  f?: string[];
}

type Data = Record<string, any>;

/** Weekly hours as short lines in a language; closed days are left out. */
export function hoursLines(rule: string, directory: Directory, intl: string): string[] {
  const names = weekdayNames(intl, 'short');
  return weekTable(rule, { state: directory.site.state }, directory.today).flatMap((intervals, day) =>
    intervals.length === 0
      ? []
      : [
          `${names[day]} ${intervals.map((interval) => `${formatClock(interval.from, intl)}–${formatClock(interval.to, intl)}`).join(', ')}`,
        ],
  );
}

/** Slip data of every entry (except site pages) in one language, keyed by id; `t` words the way to the room. */
export function slipData(
  directory: Directory,
  locale: Locale,
  intl: string,
  kindLabel: (entry: DirectoryEntry) => string,
  t?: Translate,
): Record<string, SlipEntry> {
  const result: Record<string, SlipEntry> = {};
  for (const entry of directory.entries) {
    if (!(directoryCollections as readonly string[]).includes(entry.collection)) continue;
    const localized = localize(entry, locale);
    const data = localized.localized as Data;
    const { places } = placesOf(directory, localized);
    const hoursRule = typeof data['openingHours'] === 'string' ? data['openingHours'] : undefined;
    const checklist = entry.collection === 'checklists' ? localized : data['checklist'] && directory.byId.get(String(data['checklist']));
    const bring = checklist
      ? (((('localized' in checklist ? checklist : localize(checklist, locale)).localized as Data)['items'] as Data[]) ?? []).map((item) =>
          String(item['text']),
        )
      : [];
    const contact = (data['contact'] ?? undefined) as Data | undefined;
    const fallback = localized.fallback.filter((path) => path === 'title' || path === 'summary');
    result[entry.id] = {
      t: String(data['title']),
      k: kindLabel(entry),
      s: String(data['summary']),
      p: places.map((place) => {
        const address = place['address'] as Data;
        const rule = (place['openingHours'] as string | undefined) ?? hoursRule;
        const way = t ? wayfindingLine(place['wayfinding'] as Wayfinding | undefined, locale, t) : '';
        return {
          n: String(place['name']),
          a: `${address['street']}, ${address['postalCode']} ${address['city']}`,
          h: rule ? hoursLines(rule, directory, intl) : [],
          ...(place['appointmentOnly'] ? { o: true as const } : {}),
          ...(place['hoursNote'] ? { note: String(place['hoursNote']) } : {}),
          ...(way ? { w: way } : {}),
        };
      }),
      ...(contact && (contact['phone'] || contact['email'] || contact['website'])
        ? { c: Object.fromEntries(['phone', 'email', 'website'].filter((key) => contact[key]).map((key) => [key, String(contact[key])])) }
        : {}),
      ...(bring.length > 0 ? { b: bring } : {}),
      ...(data['access']?.bookingUrl ? { bk: String(data['access'].bookingUrl) } : {}),
      u: absoluteUrl(directory.site.url, entryPath(locale, entry.collection, entry.id)),
      ...(fallback.length > 0 ? { f: fallback } : {}),
    };
  }
  return result;
}
