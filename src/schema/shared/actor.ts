import { z } from 'astro/zod';
import { field } from '../field.ts';
import { hubRelationField } from './cooperation.ts';
import { description } from './entry.ts';
import { contact, location } from './place.ts';
import { idPattern, term, terms } from './refs.ts';
import { plain } from './text.ts';

/** Collections whose entries can run offers, lead networks and sign agreements. */
export const actorCollections = ['organisations', 'associations'] as const;

/** Fields shared by organisations and associations (both are "actors" of the network). */
export function actorFields() {
  return {
    /** Abbreviation people use, e.g. "ABH", "JMD", "zib."; a search naming it lists this entry first. */
    shortName: plain({ label: 'Kurzname', hint: 'Abkürzung, z. B. „ABH“ oder „JMD“.', search: 'name' }).optional(),
    providerType: term('provider-types', { label: 'Art der Organisation' }),
    description: description(),
    /** Languages staff speak with visitors (not the languages of printed material). */
    languages: terms('languages', {
      search: 'text',
      label: 'Gesprochene Sprachen',
      hint: 'Sprachen, in denen Besucherinnen und Besucher hier beraten werden können.',
    }).default([]),
    locations: field(z.array(location()), { label: 'Standorte' }).default([]),
    contact: contact().optional(),
    /** Relation to the immigration office without an agreement (see ./cooperation.ts). */
    hubRelation: hubRelationField(),
  };
}

/**
 * Ids of locations of the entry's provider where an offer takes place; empty means all of the
 * provider's locations. Checked by the validator against the provider's `locations`.
 */
export function locationIds(of: 'office' | 'provider' | 'operator') {
  return field(
    z.array(
      z.string().regex(idPattern, { error: 'ist keine gültige ID – nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „jobcenter“' }),
    ),
    {
      label: 'Standorte',
      hint: 'Kennungen von Standorten der Organisation, z. B. „rathaus“. Leer lassen = alle Standorte.',
      widget: 'location-ids',
      locationsOf: of,
    },
  ).default([]);
}
