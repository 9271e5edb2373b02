import { z } from 'astro/zod';
import { openingHoursProblems } from './shared/opening-hours.ts';
import { email, phone, webUrl } from './shared/links.ts';
import { idPattern } from './shared/refs.ts';
import { labelMap } from './vocabularies.ts';

/** Every language Lotse has UI strings for; a site enables a subset in `locales`. */
export const supportedLocales = ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru'] as const;
export type Locale = (typeof supportedLocales)[number];

/**
 * Built-in pages a quick link can point to: the counselling comparison, the emergency numbers
 * on the home page, the list of journeys, the Leichte Sprache section.
 */
export const quickLinkPages = ['counselling', 'emergency', 'journeys', 'easy-language'] as const;

/**
 * Schema of `site.config.yaml`, the one file with everything specific to a municipality.
 */
export const siteConfigSchema = z
  .strictObject({
    /** Public address of the site, without trailing slash. */
    url: webUrl({ label: 'Adresse der Website' }),
    municipality: z.string().trim().min(1, 'darf nicht leer sein – Namen der Kommune eintragen'),
    name: labelMap('Name der Website'),
    tagline: labelMap('Untertitel'),
    country: z.literal('DE'),
    /** German name of the federal state, for public holidays ("Bayern", "Hessen", …). */
    state: z.string().trim().min(1, 'darf nicht leer sein – Bundesland eintragen, z. B. „Bayern“'),
    /** IANA time zone for "today" and opening hours, e.g. "Europe/Berlin". */
    timeZone: z.string().refine(isTimeZone, { error: 'ist keine Zeitzone – „Europe/Berlin“ eintragen' }),
    /** Enabled languages; the first is the source language. */
    locales: z
      .array(z.enum(supportedLocales, { error: `ist keine unterstützte Sprache – möglich sind ${supportedLocales.join(', ')}` }))
      .min(1, 'ist leer – mindestens „de“ eintragen'),
    /** Id of the immigration office's organisation entry. */
    hub: z.string().regex(idPattern, { error: 'ist keine gültige ID – die ID (Dateiname) der Ausländerbehörde eintragen' }),
    editorialOffice: z.strictObject({
      name: z.string().trim().min(1, 'darf nicht leer sein – Text eintragen'),
      email: email({ label: 'E-Mail' }),
      phone: phone({ label: 'Telefon' }),
    }),
    districts: z
      .array(
        z.strictObject({
          id: z.string().regex(idPattern, { error: 'ist keine gültige ID – nur Kleinbuchstaben, Ziffern und Bindestriche' }),
          label: labelMap('Stadtteil'),
        }),
      )
      .min(1, 'ist leer – mindestens einen Stadtteil eintragen'),
    map: z.strictObject({
      center: z.strictObject({ lat: z.number(), lng: z.number() }),
      zoom: z.int().min(1).max(19),
      /**
       * Tile URL template; empty = no tiles, markers on a plain background. https only, except a
       * tile server on this machine (http://localhost, http://127.0.0.1) for development and tests.
       */
      tileUrl: z.union([z.literal(''), z.string().regex(/^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1)[:/]).*\{z\}.*\{x\}.*\{y\}/)], {
        error: 'muss leer sein oder eine https://-Adresse mit {z}, {x} und {y}',
      }),
      attribution: z.string(),
    }),
    transitUrl: z.string().regex(/^https?:\/\//),
    /**
     * Quick links on the home page for the most common needs, in this order: an entry (its title
     * is the label unless one is given), a topic page, or a built-in page.
     */
    quickLinks: z
      .array(
        z.union([
          z.strictObject({ entry: z.string().regex(idPattern), label: labelMap('Bezeichnung').optional() }),
          z.strictObject({ topic: z.string().regex(idPattern), label: labelMap('Bezeichnung') }),
          z.strictObject({ page: z.enum(quickLinkPages), label: labelMap('Bezeichnung').optional() }),
        ]),
      )
      .default([]),
    emergencyNumbers: z.array(z.strictObject({ number: z.string(), label: labelMap('Bezeichnung') })).default([]),
    dataLicence: z.strictObject({ name: z.string(), url: webUrl({ label: 'Lizenz' }) }),
    /**
     * Largest PDF the media library may hold, in megabytes: every upload stays in the
     * repository and every visitor downloads it, often on a phone.
     */
    maxDocumentMegabytes: z.number().positive('muss größer als 0 sein').max(100, 'ist zu groß – höchstens 100 eintragen').default(10),
  })
  .superRefine((config, ctx) => {
    if (config.locales[0] !== 'de') {
      ctx.addIssue({
        code: 'custom',
        path: ['locales'],
        message: 'die erste Sprache muss „de“ sein – Deutsch ist die Quellsprache; „de“ an den Anfang stellen',
      });
    }
    const unknownState = openingHoursProblems('PH off').length === 0 && !isKnownState(config.state);
    if (unknownState) {
      ctx.addIssue({
        code: 'custom',
        path: ['state'],
        message: `„${config.state}“ ist kein Bundesland – den Namen ausschreiben, z. B. „Bayern“ oder „Nordrhein-Westfalen“`,
      });
    }
  });

const states = [
  'Baden-Württemberg',
  'Bayern',
  'Berlin',
  'Brandenburg',
  'Bremen',
  'Hamburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Saarland',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
];

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('de', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

function isKnownState(state: string): boolean {
  return states.includes(state);
}

export type SiteConfig = z.output<typeof siteConfigSchema>;
