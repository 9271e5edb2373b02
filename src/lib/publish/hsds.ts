import type { z } from 'astro/zod';
import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf, isEntryOf, localize } from '../content/directory.ts';
import { placesOf, type ActorEntry } from '../entry-places.ts';
import { languageName } from '../vocabulary.ts';
import { hoursAt, ownHours } from '../hours-at.ts';
import { weekTable } from '../opening-hours.ts';
import { hubRelations, hubStanding } from '../hub-relation.ts';
import { stableUuid } from './stable-uuid.ts';
import type { contact as contactSchema } from '#src/schema/shared/place.ts';

/**
 * Open Referral HSDS 3.1 export. Organisations and associations become HSDS organizations (with
 * their locations); services, responsibilities, projects and interpreting offers become HSDS
 * services. What HSDS has no field for (cooperation level with the immigration office, network
 * membership, topics) travels as `attribute`s pointing at terms of Lotse taxonomies.
 * Only properties the HSDS schemas define are written: the tests validate with
 * `additionalProperties: false` everywhere.
 */

type Json = Record<string, unknown>;
type Contact = z.output<ReturnType<typeof contactSchema>>;

/** Collections exported as HSDS services. */
const serviceCollections = ['services', 'responsibilities', 'projects', 'interpreting'] as const;
type OfferEntry = DirectoryEntry<(typeof serviceCollections)[number]>;

/** What an HSDS service says beyond the fields every entry has, read from its collection's fields. */
interface OfferDetails {
  programme: string | undefined;
  /** The responsibility's Mitbringliste, listed as required documents. */
  checklist: string | undefined;
  /** Who the offer is for, in the editors' words. */
  eligibility: (string | undefined)[];
  /** How to get in. */
  application: (string | undefined)[];
  fees: string | undefined;
  ageMin: number | undefined;
  ageMax: number | undefined;
  languages: string[];
  funding: { programme?: string | undefined; funder?: string | undefined } | undefined;
}

function offerDetails(entry: OfferEntry): OfferDetails {
  const none = { programme: undefined, checklist: undefined, fees: undefined, funding: undefined };
  switch (entry.collection) {
    case 'services': {
      const { data } = entry;
      return {
        ...none,
        programme: data.programme,
        eligibility: [data.officialTargetGroup, data.servedInPractice],
        application: [data.access.note],
        fees: data.free ? 'kostenlos' : undefined,
        ageMin: data.ageMin,
        ageMax: data.ageMax,
        languages: data.languages,
      };
    }
    case 'responsibilities': {
      const { data } = entry;
      return {
        ...none,
        checklist: data.checklist,
        eligibility: [],
        application: [data.access.note],
        ageMin: data.ageMin,
        ageMax: data.ageMax,
        languages: [],
      };
    }
    case 'projects': {
      const { data } = entry;
      return {
        ...none,
        eligibility: [],
        application: [data.access?.note],
        ageMin: data.ageMin,
        ageMax: data.ageMax,
        languages: data.languages,
        funding: data.funding,
      };
    }
    case 'interpreting': {
      const { data } = entry;
      return {
        ...none,
        eligibility: [data.whoMayRequest],
        application: [data.howToRequest],
        fees: data.cost,
        ageMin: undefined,
        ageMax: undefined,
        languages: data.languages,
      };
    }
  }
}

/** The Lotse taxonomies used in attributes. */
const taxonomies = {
  level: {
    key: 'cooperation-levels',
    name: 'Lotse: Kooperationsstufen',
    description:
      'Beziehung zur Ausländerbehörde: Stufe der Zusammenarbeit aus Vereinbarungen (5 = räumlicher und prozessualer Verbund … 1 = Verweisberatung) oder ohne Vereinbarung own-office (eigene Dienststelle), participant (beteiligt), on-request (Verweis nur auf Nachfrage), outside (außerhalb des Einflusses der Kommune).',
  },
  network: {
    key: 'networks',
    name: 'Lotse: Netzwerke',
    description: 'Netzwerke und Gremien der Kommune; Wert "lead" = Federführung, "member" = Mitglied.',
  },
  topic: { key: 'topics', name: 'Lotse: Handlungsfelder', description: 'Handlungsfelder (Themen) des Verzeichnisses.' },
} as const;

/** Everything written to dist/open-data/hsds/. */
export interface HsdsExport {
  organizations: Json[];
  services: Json[];
  locations: Json[];
  taxonomyTerms: Json[];
}

function compact<T extends Json>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as T;
}

/** Build the HSDS export of a directory. `urlOf` gives an entry's public address. */
export function buildHsds(directory: Directory, urlOf: (entry: DirectoryEntry) => string): HsdsExport {
  const site = directory.site.url;
  const uuid = (kind: string, id: string) => stableUuid(`${site}|${kind}|${id}`);
  const taxonomyDetail = (which: keyof typeof taxonomies) =>
    compact({
      id: uuid('taxonomy', taxonomies[which].key),
      name: taxonomies[which].name,
      description: taxonomies[which].description,
      uri: `${site}/open-data/`,
      version: '1',
    });
  const termOf = (which: keyof typeof taxonomies, code: string, name: string, description: string): Json => ({
    id: uuid(`term:${taxonomies[which].key}`, code),
    code,
    name,
    description,
    taxonomy: taxonomies[which].name,
    taxonomy_detail: taxonomyDetail(which),
    taxonomy_id: uuid('taxonomy', taxonomies[which].key),
    language: 'de',
  });
  const label = (vocabulary: string, id: string) => directory.vocabularies[vocabulary]?.find((term) => term.id === id)?.label?.de ?? id;
  const terms = new Map<string, Json>();
  const attribute = (
    which: keyof typeof taxonomies,
    linkId: string,
    entity: 'organization' | 'service',
    code: string,
    name: string,
    value?: string,
  ): Json => {
    const term = termOf(which, code, name, taxonomies[which].description);
    terms.set(String(term['id']), term);
    return compact({
      id: uuid(`attribute:${taxonomies[which].key}:${code}`, linkId),
      link_id: linkId,
      link_type: taxonomies[which].key,
      link_entity: entity,
      taxonomy_term_id: term['id'],
      taxonomy_term: term,
      value,
      label: name,
    });
  };

  const languages = (codes: readonly string[], owner: string): Json[] =>
    codes.map((code) => ({
      id: uuid(`language:${owner}`, code),
      name: languageName(code, 'de'),
      code,
    }));
  const phones = (contact: Contact | undefined, owner: string): Json[] =>
    contact?.phone ? [{ id: uuid('phone', owner), number: contact.phone }] : [];
  const schedules = (
    rule: string | undefined,
    owner: string,
    link: 'location_id' | 'service_id' | 'service_at_location_id',
    linkId: string,
  ): Json[] => {
    if (rule === undefined) return [];
    const table = weekTable(rule, { state: directory.site.state }, directory.today);
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const byHours = new Map<string, string[]>();
    table.forEach((intervals, day) => {
      for (const interval of intervals) {
        const key = `${interval.from}-${interval.to}`;
        byHours.set(key, [...(byHours.get(key) ?? []), days[day] as string]);
      }
    });
    return [...byHours].map(([hours, byday]) => {
      const [opens, closes] = hours.split('-') as [string, string];
      return {
        id: uuid(`schedule:${owner}`, hours),
        [link]: linkId,
        freq: 'WEEKLY',
        wkst: 'MO',
        byday: byday.join(','),
        opens_at: opens,
        closes_at: closes === '24:00' ? '23:59' : closes,
        description: rule,
      };
    });
  };

  const locations: Json[] = [];
  const locationIdOf = (actorId: string, locationId: string) => uuid('location', `${actorId}/${locationId}`);
  const actors: ActorEntry[] = [...entriesOf(directory, 'organisations'), ...entriesOf(directory, 'associations')];
  const relations = hubRelations(directory);
  const networks = entriesOf(directory, 'networks');

  const organizations = actors.map((actor) => {
    const { data } = actor;
    const id = uuid('organization', actor.id);
    const ownLocations = data.locations.map((place) => {
      const placeKey = `${actor.id}/${place.id}`;
      const locationId = locationIdOf(actor.id, place.id);
      const { address } = place;
      const location = compact({
        id: locationId,
        location_type: 'physical',
        organization_id: id,
        name: place.name,
        transportation: place.directions,
        latitude: address.coordinates.lat,
        longitude: address.coordinates.lng,
        languages: languages(data.languages, placeKey).map((language) => ({ ...language, location_id: locationId })),
        addresses: [
          compact({
            id: uuid('address', placeKey),
            location_id: locationId,
            address_1: address.street,
            city: address.city,
            region: address.district ? label('districts', address.district) : undefined,
            state_province: directory.site.state,
            postal_code: address.postalCode,
            country: directory.site.country,
            address_type: 'physical',
          }),
        ],
        phones: phones(place.contact, placeKey),
        schedules: schedules(hoursAt(data, place), placeKey, 'location_id', locationId),
        accessibility: place.accessibility?.note
          ? [{ id: uuid('accessibility', placeKey), location_id: locationId, description: place.accessibility.note }]
          : [],
      });
      locations.push(location);
      return location;
    });
    const attributes: Json[] = [];
    const relation = relations.get(actor.id);
    const standing = relation ? hubStanding(relation) : undefined;
    if (standing) attributes.push(attribute('level', id, 'organization', standing, label('cooperation-levels', standing), standing));
    for (const network of networks) {
      const role = network.data.lead.includes(actor.id) ? 'lead' : network.data.members.includes(actor.id) ? 'member' : undefined;
      if (role) attributes.push(attribute('network', id, 'organization', network.id, network.data.title, role));
    }
    for (const topic of data.topics) attributes.push(attribute('topic', id, 'organization', topic, label('topics', topic)));
    const { contact } = data;
    return compact({
      id,
      name: data.title,
      alternate_name: data.shortName,
      description: data.summary,
      email: contact?.email,
      website: contact?.website ?? urlOf(actor),
      uri: urlOf(actor),
      parent_organization_id: data.parent && directory.byId.has(data.parent) ? uuid('organization', data.parent) : undefined,
      phones: phones(contact, actor.id).map((phone) => ({ ...phone, organization_id: id })),
      locations: ownLocations,
      attributes,
    });
  });

  const offers: OfferEntry[] = serviceCollections.flatMap((collection) => entriesOf(directory, collection));
  const services = offers.map((entry) => {
    const { data } = entry;
    const details = offerDetails(entry);
    const id = uuid('service', entry.id);
    // The places of the offer by the same rule as its entry page, in German (the source).
    const { places, owner } = placesOf(directory, localize(entry, 'de'));
    const checklist = details.checklist ? directory.byId.get(details.checklist) : undefined;
    const { programme, funding } = details;
    const { contact } = data;
    const eligibility = details.eligibility.filter((text) => text !== undefined);
    return compact({
      id,
      organization_id: owner ? uuid('organization', owner.id) : undefined,
      program_id: programme ? uuid('program', programme) : undefined,
      name: data.title,
      description: data.summary,
      url: urlOf(entry),
      email: contact?.email,
      status: 'active',
      application_process: details.application.filter(Boolean).join(' ') || undefined,
      fees_description: details.fees,
      eligibility_description: eligibility.join(' ') || undefined,
      minimum_age: details.ageMin,
      maximum_age: details.ageMax,
      assured_date: data.reviewed,
      phones: phones(contact, entry.id).map((phone) => ({ ...phone, service_id: id })),
      schedules: schedules(ownHours(data), entry.id, 'service_id', id),
      languages: languages(details.languages, entry.id).map((language) => ({ ...language, service_id: id })),
      service_at_locations: owner
        ? places.map((place) => {
            const atId = uuid('service-at-location', `${entry.id}/${place.id}`);
            // The hours of this offer at this place, by the same rule as the entry page.
            return compact({
              id: atId,
              service_id: id,
              location_id: locationIdOf(owner.id, place.id),
              schedules: schedules(hoursAt(data, place), `${entry.id}/${place.id}`, 'service_at_location_id', atId),
            });
          })
        : [],
      program: programme
        ? { id: uuid('program', programme), name: label('programmes', programme), description: label('programmes', programme) }
        : undefined,
      required_documents: isEntryOf(checklist, 'checklists')
        ? checklist.data.items.map((item, index) => ({
            id: uuid('document', `${entry.id}/${index}`),
            service_id: id,
            document: item.text,
          }))
        : undefined,
      funding: funding
        ? [{ id: uuid('funding', entry.id), service_id: id, source: [funding.programme, funding.funder].filter(Boolean).join(', ') }]
        : [],
      attributes: data.topics.map((topic) => attribute('topic', id, 'service', topic, label('topics', topic))),
    });
  });

  return { organizations, services, locations, taxonomyTerms: [...terms.values()] };
}
