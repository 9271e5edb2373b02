import type { CollectionName } from '#src/schema/names.ts';
import type { WeekTable } from './opening-hours.ts';

/**
 * schema.org JSON-LD for entry pages, so search engines and assistants can answer "where is
 * the immigration office and is it open?" from the page itself. Pure: the caller passes the
 * texts in the page language and the week tables computed at build time.
 */

const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A place as it goes into JSON-LD. */
export interface JsonLdPlace {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lng: number;
  /** Regular week; absent when the place has no opening hours. */
  hours?: WeekTable;
  telephone?: string;
  email?: string;
}

/** Everything the JSON-LD of one entry page is made from. */
interface JsonLdInput {
  collection: CollectionName;
  url: string;
  inLanguage: string;
  name: string;
  description: string;
  /** YYYY-MM-DD, the "Stand" of the entry. */
  reviewed: string;
  /** Public administration (authorities) become GovernmentOrganization/GovernmentOffice. */
  government: boolean;
  places: JsonLdPlace[];
  telephone?: string;
  email?: string;
  website?: string;
  bookingUrl?: string;
  languages?: string[];
  /** The organisation offering a service, with the URL of its entry page. */
  provider?: { name: string; url: string; government: boolean };
  /** Journey steps (HowTo) or FAQ answer (FAQPage). */
  steps?: { name: string; text: string }[];
  answer?: string;
}

type Json = Record<string, unknown>;

/** Weekdays with the same hours grouped into one OpeningHoursSpecification each. */
export function openingHoursSpecification(table: WeekTable): Json[] {
  const groups = new Map<string, { dayOfWeek: string[]; opens: string; closes: string }>();
  table.forEach((intervals, weekday) => {
    for (const interval of intervals) {
      const key = `${interval.from}-${interval.to}`;
      const group = groups.get(key) ?? { dayOfWeek: [], opens: interval.from, closes: interval.to === '24:00' ? '23:59' : interval.to };
      group.dayOfWeek.push(`https://schema.org/${days[weekday]}`);
      groups.set(key, group);
    }
  });
  return [...groups.values()].map((group) => ({ '@type': 'OpeningHoursSpecification', ...group }));
}

function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}

function place(input: JsonLdPlace, government: boolean): Json {
  return compact({
    '@type': government ? 'GovernmentOffice' : 'Place',
    name: input.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: input.street,
      postalCode: input.postalCode,
      addressLocality: input.city,
      addressCountry: 'DE',
    },
    geo: { '@type': 'GeoCoordinates', latitude: input.lat, longitude: input.lng },
    openingHoursSpecification: input.hours ? openingHoursSpecification(input.hours) : undefined,
    telephone: input.telephone,
    email: input.email,
  });
}

const serviceCollections: readonly CollectionName[] = ['responsibilities', 'services', 'interpreting', 'projects'];

/** The JSON-LD object of an entry page, or undefined for kinds schema.org has no good type for. */
export function entryJsonLd(input: JsonLdInput): Json | undefined {
  const common = {
    '@context': 'https://schema.org',
    url: input.url,
    name: input.name,
    description: input.description,
  };
  if (input.collection === 'organisations' || input.collection === 'associations') {
    return compact({
      ...common,
      '@type': input.government ? 'GovernmentOrganization' : 'Organization',
      telephone: input.telephone,
      email: input.email,
      sameAs: input.website,
      knowsLanguage: input.languages,
      location: input.places.map((item) => place(item, input.government)),
    });
  }
  if (serviceCollections.includes(input.collection)) {
    const provider = input.provider;
    return compact({
      ...common,
      '@type': input.collection === 'responsibilities' ? 'GovernmentService' : 'Service',
      provider: provider
        ? { '@type': provider.government ? 'GovernmentOrganization' : 'Organization', name: provider.name, url: provider.url }
        : undefined,
      availableChannel: {
        '@type': 'ServiceChannel',
        serviceUrl: input.bookingUrl ?? input.website,
        servicePhone: input.telephone ? { '@type': 'ContactPoint', telephone: input.telephone } : undefined,
        availableLanguage: input.languages,
        serviceLocation: input.places.map((item) => place(item, provider?.government ?? false)),
      },
    });
  }
  if (input.collection === 'journeys' && input.steps) {
    return compact({
      ...common,
      '@type': 'HowTo',
      inLanguage: input.inLanguage,
      dateModified: input.reviewed,
      step: input.steps.map((step, index) => ({ '@type': 'HowToStep', position: index + 1, name: step.name, text: step.text })),
    });
  }
  if (input.collection === 'faq' && input.answer) {
    return {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      url: input.url,
      inLanguage: input.inLanguage,
      mainEntity: { '@type': 'Question', name: input.name, acceptedAnswer: { '@type': 'Answer', text: input.answer } },
    };
  }
  return undefined;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can end the element. */
export function serializeJsonLd(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
