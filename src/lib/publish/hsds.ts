import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf } from '../content/directory.ts';
import { languageName } from '../vocabulary.ts';
import { hoursAt, ownHours } from '../hours-at.ts';
import { weekTable } from '../opening-hours.ts';
import { hubRelations, hubStanding } from '../hub-relation.ts';
import { stableUuid } from './stable-uuid.ts';

/**
 * Open Referral HSDS 3.1 export. Organisations and associations become HSDS organizations (with
 * their locations); services, responsibilities, projects and interpreting offers become HSDS
 * services. What HSDS has no field for (cooperation level with the immigration office, network
 * membership, topics) travels as `attribute`s pointing at terms of Lotse taxonomies.
 * Only properties the HSDS schemas define are written: the tests validate with
 * `additionalProperties: false` everywhere.
 */

type Json = Record<string, unknown>;
type Data = Record<string, any>;

/** Collections exported as HSDS services, with the field naming their organisation. */
const serviceCollections = { services: 'provider', responsibilities: 'office', projects: 'operator', interpreting: 'provider' } as const;

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

  const languages = (codes: unknown, owner: string): Json[] =>
    (Array.isArray(codes) ? (codes as string[]) : []).map((code) => ({
      id: uuid(`language:${owner}`, code),
      name: languageName(code, 'de'),
      code,
    }));
  const phones = (contact: Data | undefined, owner: string): Json[] =>
    contact?.['phone'] ? [{ id: uuid('phone', owner), number: String(contact['phone']) }] : [];
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
  const actors = [...entriesOf(directory, 'organisations'), ...entriesOf(directory, 'associations')] as DirectoryEntry[];
  const relations = hubRelations(directory);
  const networks = entriesOf(directory, 'networks');

  const organizations = actors.map((actor) => {
    const data = actor.data as Data;
    const id = uuid('organization', actor.id);
    const ownLocations = ((data['locations'] as Data[] | undefined) ?? []).map((place) => {
      const locationId = locationIdOf(actor.id, String(place['id']));
      const address = place['address'] as Data;
      const location = compact({
        id: locationId,
        location_type: 'physical',
        organization_id: id,
        name: String(place['name']),
        transportation: place['directions'] as string | undefined,
        latitude: address['coordinates']?.lat as number,
        longitude: address['coordinates']?.lng as number,
        languages: languages(data['languages'], `${actor.id}/${place['id']}`).map((language) => ({ ...language, location_id: locationId })),
        addresses: [
          compact({
            id: uuid('address', `${actor.id}/${place['id']}`),
            location_id: locationId,
            address_1: String(address['street']),
            city: String(address['city']),
            region: address['district'] ? label('districts', String(address['district'])) : undefined,
            state_province: directory.site.state,
            postal_code: String(address['postalCode']),
            country: directory.site.country,
            address_type: 'physical',
          }),
        ],
        phones: phones(place['contact'] as Data | undefined, `${actor.id}/${place['id']}`),
        schedules: schedules(hoursAt(data, place), `${actor.id}/${place['id']}`, 'location_id', locationId),
        accessibility: place['accessibility']?.note
          ? [
              {
                id: uuid('accessibility', `${actor.id}/${place['id']}`),
                location_id: locationId,
                description: String(place['accessibility'].note),
              },
            ]
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
    for (const topic of (data['topics'] as string[] | undefined) ?? [])
      attributes.push(attribute('topic', id, 'organization', topic, label('topics', topic)));
    const contact = data['contact'] as Data | undefined;
    return compact({
      id,
      name: String(data['title']),
      alternate_name: data['shortName'] as string | undefined,
      description: String(data['summary']),
      email: contact?.['email'] as string | undefined,
      website: (contact?.['website'] as string | undefined) ?? urlOf(actor),
      uri: urlOf(actor),
      parent_organization_id:
        data['parent'] && directory.byId.has(String(data['parent'])) ? uuid('organization', String(data['parent'])) : undefined,
      phones: phones(contact, actor.id).map((phone) => ({ ...phone, organization_id: id })),
      locations: ownLocations,
      attributes,
    });
  });

  const services = (Object.keys(serviceCollections) as (keyof typeof serviceCollections)[]).flatMap((collection) =>
    entriesOf(directory, collection).map((entry) => {
      const data = entry.data as Data;
      const id = uuid('service', entry.id);
      const ownerId = String(data[serviceCollections[collection]] ?? '');
      const owner = directory.byId.get(ownerId);
      const ownerLocations = ((owner?.data as Data | undefined)?.['locations'] as Data[] | undefined) ?? [];
      const wanted = (data['locations'] as string[] | undefined) ?? [];
      const places = wanted.length > 0 ? ownerLocations.filter((place) => wanted.includes(String(place['id']))) : ownerLocations;
      const checklist = data['checklist'] ? directory.byId.get(String(data['checklist'])) : undefined;
      const programme = data['programme'] ? String(data['programme']) : undefined;
      const contact = data['contact'] as Data | undefined;
      const eligibility = [data['officialTargetGroup'], data['servedInPractice'], data['whoMayRequest']].filter(
        (text): text is string => typeof text === 'string',
      );
      return compact({
        id,
        organization_id: owner ? uuid('organization', owner.id) : undefined,
        program_id: programme ? uuid('program', programme) : undefined,
        name: String(data['title']),
        description: String(data['summary']),
        url: urlOf(entry),
        email: contact?.['email'] as string | undefined,
        status: 'active',
        application_process: [data['access']?.note, data['howToRequest']].filter(Boolean).join(' ') || undefined,
        fees_description: typeof data['cost'] === 'string' ? data['cost'] : data['free'] === true ? 'kostenlos' : undefined,
        eligibility_description: eligibility.join(' ') || undefined,
        minimum_age: data['ageMin'] as number | undefined,
        maximum_age: data['ageMax'] as number | undefined,
        assured_date: String(data['reviewed']),
        phones: phones(contact, entry.id).map((phone) => ({ ...phone, service_id: id })),
        schedules: schedules(ownHours(data), entry.id, 'service_id', id),
        languages: languages(data['languages'], entry.id).map((language) => ({ ...language, service_id: id })),
        service_at_locations: owner
          ? places.map((place) => {
              const atId = uuid('service-at-location', `${entry.id}/${place['id']}`);
              // The hours of this offer at this place, by the same rule as the entry page.
              return compact({
                id: atId,
                service_id: id,
                location_id: locationIdOf(owner.id, String(place['id'])),
                schedules: schedules(hoursAt(data, place), `${entry.id}/${place['id']}`, 'service_at_location_id', atId),
              });
            })
          : [],
        program: programme
          ? { id: uuid('program', programme), name: label('programmes', programme), description: label('programmes', programme) }
          : undefined,
        required_documents: ((checklist?.data as Data | undefined)?.['items'] as Data[] | undefined)?.map((item, index) => ({
          id: uuid('document', `${entry.id}/${index}`),
          service_id: id,
          document: String(item['text']),
        })),
        funding: data['funding']
          ? [
              {
                id: uuid('funding', entry.id),
                service_id: id,
                source: [data['funding'].programme, data['funding'].funder].filter(Boolean).join(', '),
              },
            ]
          : [],
        attributes: ((data['topics'] as string[] | undefined) ?? []).map((topic) =>
          attribute('topic', id, 'service', topic, label('topics', topic)),
        ),
      });
    }),
  );

  return { organizations, services, locations, taxonomyTerms: [...terms.values()] };
}
