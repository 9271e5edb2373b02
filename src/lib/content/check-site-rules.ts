import type { z } from 'astro/zod';
import { closest } from 'fastest-levenshtein';
import { fieldMeta } from '#src/schema/field.ts';
import { pageSchema } from '#src/schema/collections/pages.ts';
import { supportedLocales, type SiteConfig } from '#src/schema/site-config.ts';
import { footerRoles } from '../required-pages.ts';
import type { Problem } from './problem.ts';
import { isInternal, translationMeta } from './shared-fields.ts';

/** A page's fields as its schema gives them (the page passed it). */
type PageData = z.output<typeof pageSchema>;

/** A German entry as these checks need it. */
interface CheckedEntry {
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** Where the starter kit keeps a template of every required page (see README, "Adding a municipality"). */
const requiredPageTemplates = 'starter/content/pages/de/';

/**
 * The pages a German public body must publish (Impressum, Datenschutzerklärung, Erklärung zur
 * Barrierefreiheit, Leichte Sprache) as public pages; one problem per missing role.
 * @param pagesFolder the German pages folder as messages show it
 */
export function missingRequiredPageProblems(entries: readonly CheckedEntry[], pagesFolder: string): Problem[] {
  const roleLabels = fieldMeta(pageSchema.shape.role)?.optionLabels ?? {};
  const present = new Set(
    entries
      .filter((entry) => entry.collection === 'pages' && !isInternal(entry))
      .map((entry) => (entry.data as Partial<PageData>).role ?? 'page'),
  );
  return footerRoles
    .filter((role) => !present.has(role))
    .map((role) => ({
      file: pagesFolder,
      message: `Pflichtseite „${roleLabels[role] ?? role}“ fehlt – eine öffentliche Seite mit „role: ${role}“ anlegen (Vorlage in ${requiredPageTemplates})`,
    }));
}

/**
 * Quick links of the home page (site.config.yaml) that lead nowhere: an entry or a topic that
 * does not exist. The site would leave them out silently.
 */
export function quickLinkProblems(
  site: SiteConfig,
  configFile: string,
  entryIds: readonly string[],
  topicIds: readonly string[] | undefined,
): Problem[] {
  return site.quickLinks.flatMap((link, index): Problem[] => {
    if ('entry' in link && !entryIds.includes(link.entry)) {
      return [
        {
          file: configFile,
          field: `quickLinks[${index}].entry`,
          message: `verweist auf „${link.entry}“, das es nicht gibt${entryIds.length > 0 ? ` – meinten Sie „${closest(link.entry, [...entryIds])}“? Sonst die Zeile löschen` : ' – die Zeile löschen'}`,
        },
      ];
    }
    // A missing topics vocabulary is reported on its own; no second message per link.
    if ('topic' in link && topicIds && !topicIds.includes(link.topic)) {
      return [
        {
          file: configFile,
          field: `quickLinks[${index}].topic`,
          message: `„${link.topic}“ ist kein Begriff im Vokabular „topics“${topicIds.length > 0 ? ` – meinten Sie „${closest(link.topic, [...topicIds])}“?` : ' – Begriff anlegen oder die Zeile löschen'}`,
        },
      ];
    }
    return [];
  });
}

/** A label map found in a file: `{ de: …, en: … }` at a field path. */
export interface LabelMapAt {
  file: string;
  field: string;
  map: Record<string, unknown> | undefined;
}

/**
 * Language keys of label maps that are not languages of the site. A language Lotse does not
 * know at all is a typo: one problem each. A language Lotse knows but the site has switched off
 * (labels copied from another site, or kept for later) does no harm: one warning per file group
 * says how many there are and what to do, instead of a line for every label.
 */
export function labelLanguageProblems(site: SiteConfig, labelMaps: readonly LabelMapAt[]): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const switchedOff = new Map<string, { count: number; locales: Set<string>; files: Set<string> }>();
  for (const { file, field, map } of labelMaps) {
    for (const locale of Object.keys(map ?? {})) {
      if ((site.locales as readonly string[]).includes(locale)) continue;
      if ((supportedLocales as readonly string[]).includes(locale)) {
        // Vocabularies are reported together; other files (site.config.yaml) each on their own.
        const group = file.includes('vocabularies') ? file.replace(/[^/\\]+$/, '').replace(/[/\\]$/, '') : file;
        const seen = switchedOff.get(group) ?? { count: 0, locales: new Set<string>(), files: new Set<string>() };
        seen.count++;
        seen.locales.add(locale);
        seen.files.add(file);
        switchedOff.set(group, seen);
        continue;
      }
      problems.push({
        file,
        field: `${field}.${locale}`,
        message: `unbekannte Sprache „${locale}“ – Sprachkürzel korrigieren (${site.locales.join(', ')}) oder Zeile löschen`,
      });
    }
  }
  const warnings = [...switchedOff].map(([group, { count, locales, files }]) => ({
    file: group,
    message: `${count} ${count === 1 ? 'Bezeichnung' : 'Bezeichnungen'}${files.size > 1 ? ` in ${files.size} Dateien` : ''} in Sprachen, die die Website nicht anzeigt (${supportedLocales.filter((locale) => locales.has(locale)).join(', ')}) – sie schaden nicht und können bleiben; sollen sie erscheinen, die Sprachen in site.config.yaml unter „locales“ eintragen`,
  }));
  return { problems, warnings };
}

/** A translation file as the stamp check needs it. */
interface CheckedTranslation {
  file: string;
  data: Record<string, unknown>;
}

/**
 * Translations without the stamp that says which German text they were made from
 * (`translation.source`, written by the CMS and by `npm run stamp-translations`). Without it
 * every such translation shows as outdated. One warning for all of them, naming the command.
 * @param contentFolder the content folder as messages show it
 */
export function unstampedTranslationWarnings(translations: readonly CheckedTranslation[], contentFolder: string): Problem[] {
  const unstamped = translations.filter((translation) => !translationMeta(translation).source);
  if (unstamped.length === 0) return [];
  const [first] = unstamped;
  return [
    {
      file: unstamped.length === 1 && first ? first.file : contentFolder,
      message: `${unstamped.length === 1 ? 'eine Übersetzung ist' : `${unstamped.length} Übersetzungen sind`} nicht gestempelt und ${unstamped.length === 1 ? 'gilt' : 'gelten'} darum als veraltet${unstamped.length > 1 && first ? ` (z. B. ${first.file})` : ''} – wenn sie zum deutschen Text passen, mit „npm run stamp-translations“ stempeln`,
    },
  ];
}
