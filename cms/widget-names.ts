/**
 * Names of Lotse's own Decap widgets. The generated configuration refers to them and the admin
 * bundle registers them, so both sides import the names from here.
 */
export const cmsWidgets = {
  /** Latitude and longitude as two number fields, with paste from an OpenStreetMap link. */
  coordinates: 'lotse-coordinates',
  /** Reference to entries of one or more collections, searched by title. */
  relation: 'lotse-relation',
  /** Opening hours in OpenStreetMap syntax, checked while typing. */
  openingHours: 'lotse-opening-hours',
  /** Date of the last review with a "still correct" button. */
  reviewed: 'lotse-reviewed',
  /** State of a translation (current / outdated); stamped on save. */
  translation: 'lotse-translation',
} as const;

/** Name of the bookkeeping field of translation files (`translation: { source, machine }`). */
export const translationField = 'translation';

/** Name Decap gives the Markdown body of frontmatter files (journeys, pages). */
export const bodyField = 'body';

/** Query parameter of /admin/ that confirms an entry as still correct (one click from the to-do view). */
export const confirmParam = 'noch-aktuell';
