import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { telHref } from '#src/lib/paths.ts';
import { collectionNames } from '#src/schema/names.ts';

/**
 * What would betray the demo (Musterstadt) in another town's site: its name in every script,
 * its entry ids, districts, phone numbers, postcodes and coordinates, all read from content/
 * and site.config.yaml, never written down here. Emergency numbers (112, 110, …) are national
 * and not the demo's.
 */
export interface DemoTraces {
  /** Texts that may not appear anywhere (names, district labels, phone numbers as written). */
  texts: string[];
  /** Numbers that may not appear as a number of their own (postcodes, coordinates, phone digits). */
  numbers: string[];
  /** Entry and district ids that may not appear as an id (a path segment or a quoted value). */
  ids: string[];
}

/** Every value of a key, anywhere in parsed YAML. */
function valuesOf(data: unknown, key: string): unknown[] {
  if (Array.isArray(data)) return data.flatMap((item) => valuesOf(item, key));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([name, value]) => [...(name === key ? [value] : []), ...valuesOf(value, key)]);
  }
  return [];
}

/** The demo's traces. `sharedIds` are ids another site may use for its own entries of the same name. */
export function demoTraces(sharedIds: readonly string[] = []): DemoTraces {
  const site = readSiteConfig('site.config.yaml');
  const entries = collectionNames.flatMap((collection) =>
    readdirSync(join('content', collection, 'de')).map((file) => ({
      id: file.replace(/\.(yaml|mdx)$/, ''),
      data: load(readFileSync(join('content', collection, 'de', file), 'utf8').replace(/^---\n([\s\S]*?)\n---[\s\S]*$/, '$1'), {
        schema: CORE_SCHEMA,
      }),
    })),
  );
  // The town's name in every language is the last word of the site's name ("Lotse Musterstadt").
  const names = [site.municipality, ...Object.values(site.name).map((name) => name.split(/\s+/).at(-1) ?? name)];
  const districtLabels = site.districts.flatMap((district) => Object.values(district.label));
  const phones = [site.editorialOffice.phone, ...entries.flatMap((entry) => valuesOf(entry.data, 'phone'))].filter(
    (phone): phone is string => typeof phone === 'string',
  );
  const postcodes = entries.flatMap((entry) => valuesOf(entry.data, 'postalCode')).map(String);
  const coordinates = [site.map.center, ...entries.flatMap((entry) => valuesOf(entry.data, 'coordinates'))].flatMap((point) => {
    const { lat, lng } = point as { lat: number; lng: number };
    return [lat, lng];
  });
  return {
    texts: [...new Set([...names, ...districtLabels, ...phones])],
    numbers: [
      ...new Set([
        ...postcodes,
        ...phones.map((phone) => telHref(phone).replace(/^tel:\+?/, '')),
        // Only coordinates precise enough to be the demo's own places, not round numbers.
        ...coordinates.filter((value) => /\.\d{3,}$/.test(String(value))).map(String),
      ]),
    ],
    ids: [...new Set([...entries.map((entry) => entry.id), ...site.districts.map((district) => district.id)])].filter(
      (id) => !sharedIds.includes(id),
    ),
  };
}

/** Files of a build that are text (pages, data, scripts, styles), with their path in the build. */
function textFiles(root: string, skip: (path: string) => boolean): { path: string; text: string }[] {
  const binary = new Set(['.png', '.jpg', '.webp', '.ico', '.pdf', '.woff', '.woff2']);
  const walk = (folder: string): { path: string; text: string }[] =>
    readdirSync(folder).flatMap((name) => {
      const full = join(folder, name);
      const path = relative(root, full);
      if (skip(path)) return [];
      if (statSync(full).isDirectory()) return walk(full);
      return binary.has(extname(name)) ? [] : [{ path, text: readFileSync(full, 'utf8') }];
    });
  return walk(root);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every trace of the demo in a build, as "file: trace", e.g. "de/index.html: Musterstadt".
 * @param skip build paths not to read (a third-party bundle copied as it is)
 */
export function findDemoTraces(root: string, traces: DemoTraces, skip: (path: string) => boolean = () => false): string[] {
  const patterns = [
    ...traces.texts.map((text) => ({ trace: text, pattern: new RegExp(escape(text), 'u') })),
    ...traces.numbers.map((number) => ({ trace: number, pattern: new RegExp(`(?<![0-9.])${escape(number)}(?![0-9])`) })),
    // An id where ids stand: a path segment ("/de/organisations/<id>/"), an attribute value or an
    // "id" in JSON. (Not any quoted word: search indexes list ordinary words in quotes.)
    ...traces.ids.map((id) => ({ trace: id, pattern: new RegExp(`/${escape(id)}[/"#?]|="${escape(id)}"|"id":\\s*"${escape(id)}"`) })),
  ];
  return textFiles(root, skip).flatMap(({ path, text }) =>
    patterns.filter(({ pattern }) => pattern.test(text)).map(({ trace }) => `${path}: ${trace}`),
  );
}
