import { z } from 'astro/zod';
import { field } from './field.ts';
import { openingHoursError } from './shared/opening-hours.ts';
import { email, phone, webUrl } from './shared/links.ts';
import { idPattern } from './shared/refs.ts';
import { labelMap } from './vocabularies.ts';

/** The sixteen federal states by their German names, as `state` takes them. */
export const federalStates: readonly string[] = [
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

/** Every language Lotse has UI strings for; a site enables a subset in `locales`. */
export const supportedLocales = ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru'] as const;
export type Locale = (typeof supportedLocales)[number];

/**
 * Built-in pages a quick link can point to: the counselling comparison, the emergency numbers
 * on the home page, the list of journeys, the Leichte Sprache section.
 */
export const quickLinkPages = ['counselling', 'emergency', 'journeys', 'easy-language'] as const;

/** A web address on the public internet over https (no localhost, no plain http). */
function publicHttpsUrl(label: string, example: string) {
  return field(
    z.string().superRefine((value, ctx) => {
      let url: URL | undefined;
      try {
        url = new URL(value);
      } catch {
        // reported below
      }
      if (url?.protocol !== 'https:') {
        ctx.addIssue({ code: 'custom', message: `ist keine https://-Adresse – die Adresse eintragen, z. B. „${example}“` });
      } else if (!isPublicUrl(value)) {
        ctx.addIssue({
          code: 'custom',
          message:
            'zeigt auf diesen Rechner (localhost) – die öffentliche Adresse eintragen; von anderen Rechnern aus ist localhost nicht erreichbar',
        });
      }
    }),
    { label },
  );
}

function isPublicUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(host) && !host.endsWith('.localhost');
}

/** The branch the site is built from and the CMS publishes to. */
const branch = () =>
  field(
    z.string().regex(/^(?!\/|.*\/$|.*\.\.)[A-Za-z0-9._/-]+$/, {
      error: 'ist kein Branch-Name – den Namen des Branches eintragen, aus dem die Website gebaut wird, z. B. „main“',
    }),
    { label: 'Branch' },
  ).default('main');

/**
 * Where editors work: Decap CMS at /admin/ of the published site edits the repository on GitHub
 * or GitLab (every change a pull or merge request through the editorial workflow), or `local`:
 * only on the editor's own machine with `npm start`, and the published site has no CMS. The
 * local CMS of `npm start` is used in development whatever is configured here.
 */
export const cmsConfigSchema = z.discriminatedUnion(
  'backend',
  [
    z.strictObject({ backend: z.literal('local') }),
    z.strictObject({
      backend: z.literal('github'),
      /** owner/name of the repository on GitHub. */
      repo: field(
        z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, {
          error: 'ist kein GitHub-Repository – als „besitzer/name“ eintragen, z. B. „stadt-beispiel/lotse“',
        }),
        {
          label: 'Repository',
        },
      ),
      branch: branch(),
      /**
       * The login service (OAuth) editors sign in through: GitHub allows no login from the
       * browser alone. Its address including the path of the login, e.g. ".../auth".
       */
      loginUrl: publicHttpsUrl('Anmeldedienst', 'https://anmeldung.example.org/auth'),
    }),
    z.strictObject({
      backend: z.literal('gitlab'),
      /** group/project (subgroups allowed) of the repository on GitLab. */
      repo: field(
        z.string().regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/, {
          error: 'ist kein GitLab-Projekt – als „gruppe/projekt“ eintragen, z. B. „stadt-beispiel/lotse“',
        }),
        { label: 'Repository' },
      ),
      branch: branch(),
      /** "Application ID" of the OAuth application created in GitLab (login with PKCE, no server of our own). */
      appId: field(
        z.string().regex(/^[0-9a-f]{64}$/, {
          error: 'ist keine Application ID – die 64 Zeichen lange „Application ID“ der OAuth-Anwendung aus GitLab eintragen',
        }),
        {
          label: 'Application ID',
        },
      ),
      /** Address of the GitLab instance; a municipality's own GitLab or gitlab.com. */
      gitlabUrl: publicHttpsUrl('GitLab-Adresse', 'https://gitlab.example.org').default('https://gitlab.com'),
    }),
  ],
  { error: 'unbekanntes Redaktionssystem – bei „backend“ github, gitlab oder local eintragen' },
);

/**
 * Schema of `site.config.yaml`, the one file with everything specific to a municipality.
 */
export const siteConfigSchema = z
  .strictObject({
    /** Public address of the site, without trailing slash. */
    url: webUrl({ label: 'Adresse der Website', hint: 'Ohne Schrägstrich am Ende; für Links, Sitemap, QR-Codes und offene Daten.' }),
    municipality: field(z.string().trim().min(1, 'darf nicht leer sein – Namen der Kommune eintragen'), { label: 'Name der Kommune' }),
    name: labelMap('Name der Website'),
    tagline: labelMap('Untertitel'),
    country: field(z.literal('DE'), { label: 'Staat' }),
    /** German name of the federal state, for public holidays ("Bayern", "Hessen", …). */
    state: field(z.string().trim().min(1, 'darf nicht leer sein – Bundesland eintragen, z. B. „Bayern“'), {
      label: 'Bundesland',
      hint: `Ausgeschrieben, für die Feiertage: ${federalStates.join(', ')}.`,
    }),
    /** IANA time zone for "today" and opening hours, e.g. "Europe/Berlin". */
    timeZone: field(z.string().refine(isTimeZone, { error: 'ist keine Zeitzone – „Europe/Berlin“ eintragen' }), {
      label: 'Zeitzone',
      hint: 'Für „heute“ und „jetzt geöffnet“: Europe/Berlin.',
    }),
    /** Enabled languages; the first is the source language. */
    locales: field(
      z
        .array(z.enum(supportedLocales, { error: `ist keine unterstützte Sprache – möglich sind ${supportedLocales.join(', ')}` }))
        .min(1, 'ist leer – mindestens „de“ eintragen'),
      { label: 'Sprachen der Website', hint: 'Die erste ist de, die Quellsprache.' },
    ),
    /** Id of the immigration office's organisation entry. */
    hub: field(z.string().regex(idPattern, { error: 'ist keine gültige ID – die ID (Dateiname) der Ausländerbehörde eintragen' }), {
      label: 'Ausländerbehörde',
      hint: 'ID ihres Eintrags in content/organisations/de/; Mitte der Netzwerkkarte und Partnerin aller Kooperationsvereinbarungen.',
    }),
    editorialOffice: field(
      z.strictObject({
        name: field(z.string().trim().min(1, 'darf nicht leer sein – Text eintragen'), { label: 'Name der Stelle' }),
        email: email({ label: 'E-Mail', hint: 'Ein Funktionspostfach, keine persönliche Adresse.' }),
        phone: phone({ label: 'Telefon' }),
      }),
      { label: 'Redaktion', hint: 'Die Stelle, die die Website pflegt: Impressum, „Fehler melden“, Redaktionssystem.' },
    ),
    districts: field(
      z
        .array(
          z.strictObject({
            id: field(z.string().regex(idPattern, { error: 'ist keine gültige ID – nur Kleinbuchstaben, Ziffern und Bindestriche' }), {
              label: 'Kennung',
              hint: 'Steht in den Einträgen (address.district, districts).',
            }),
            label: labelMap('Stadtteil'),
          }),
        )
        .min(1, 'ist leer – mindestens einen Stadtteil eintragen'),
      { label: 'Stadtteile' },
    ),
    map: field(
      z.strictObject({
        center: field(z.strictObject({ lat: z.number(), lng: z.number() }), {
          label: 'Mittelpunkt',
          hint: 'Breite (lat) und Länge (lng), z. B. aus openstreetmap.org.',
        }),
        zoom: field(z.int().min(1).max(19), { label: 'Zoomstufe' }),
        /**
         * Tile URL template; empty = no tiles, markers on a plain background. https only, except a
         * tile server on this machine (http://localhost, http://127.0.0.1) for development and tests.
         */
        tileUrl: field(
          z.union([z.literal(''), z.string().regex(/^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1)[:/]).*\{z\}.*\{x\}.*\{y\}/)], {
            error: 'muss leer sein oder eine https://-Adresse mit {z}, {x} und {y}',
          }),
          {
            label: 'Kartenkacheln',
            hint: 'Leer: keine Hintergrundkarte. Sonst eine https://-Adresse mit {z}, {x} und {y}; geladen erst nach Zustimmung.',
          },
        ),
        attribution: field(z.string(), { label: 'Quellenangabe der Karte' }),
      }),
      { label: 'Karte' },
    ),
    transitUrl: field(z.string().regex(/^https?:\/\//), {
      label: 'Link für Bus und Bahn',
      hint: '{lat}, {lng} und {address} werden eingesetzt.',
    }),
    /**
     * Quick links on the home page for the most common needs, in this order: an entry (its title
     * is the label unless one is given), a topic page, or a built-in page.
     */
    quickLinks: field(
      z.array(
        z.union([
          z.strictObject({ entry: z.string().regex(idPattern), label: labelMap('Bezeichnung').optional() }),
          z.strictObject({ topic: z.string().regex(idPattern), label: labelMap('Bezeichnung') }),
          z.strictObject({ page: z.enum(quickLinkPages), label: labelMap('Bezeichnung').optional() }),
        ]),
      ),
      {
        label: 'Schnellzugänge',
        hint: 'Auf der Startseite, in dieser Reihenfolge. Jeder Punkt: „entry: <ID>“ (Bezeichnung optional), „topic: <ID>“ mit „label“, oder „page:“ counselling, emergency, journeys oder easy-language.',
      },
    ).default([]),
    emergencyNumbers: field(z.array(z.strictObject({ number: field(z.string(), { label: 'Nummer' }), label: labelMap('Bezeichnung') })), {
      label: 'Notrufnummern',
    }).default([]),
    dataLicence: field(z.strictObject({ name: field(z.string(), { label: 'Name der Lizenz' }), url: webUrl({ label: 'Lizenz' }) }), {
      label: 'Lizenz der offenen Daten',
    }),
    maxDocumentMegabytes: field(z.number().positive('muss größer als 0 sein').max(100, 'ist zu groß – höchstens 100 eintragen'), {
      label: 'Größte PDF-Datei (MB)',
      hint: 'Für die Sammlung Dokumente: jede hochgeladene Datei bleibt im Repository, und jede Besucherin lädt sie herunter, oft auf dem Telefon.',
    }).default(10),
    cms: field(cmsConfigSchema, { label: 'Redaktionssystem' }).default({ backend: 'local' }),
  })
  .superRefine((config, ctx) => {
    if (config.locales[0] !== 'de') {
      ctx.addIssue({
        code: 'custom',
        path: ['locales'],
        message: 'die erste Sprache muss „de“ sein – Deutsch ist die Quellsprache; „de“ an den Anfang stellen',
      });
    }
    // Editors sign in through the published site: its address must be one a browser can trust.
    if (config.cms.backend !== 'local' && !(config.url.startsWith('https://') && isPublicUrl(config.url))) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `muss eine öffentliche https://-Adresse sein, weil die Anmeldung im Redaktionssystem (cms: ${config.cms.backend}) dorthin zurückführt – die Adresse der veröffentlichten Website eintragen`,
      });
    }
    const unknownState = openingHoursError('PH off') === undefined && !isKnownState(config.state);
    if (unknownState) {
      ctx.addIssue({
        code: 'custom',
        path: ['state'],
        message: `„${config.state}“ ist kein Bundesland – den Namen ausschreiben, z. B. „Bayern“ oder „Nordrhein-Westfalen“`,
      });
    }
  });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('de', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

function isKnownState(state: string): boolean {
  return federalStates.includes(state);
}

export type SiteConfig = z.output<typeof siteConfigSchema>;
