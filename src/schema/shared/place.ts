import { z } from 'astro/zod';
import { field } from '../field.ts';
import { idPattern } from './refs.ts';
import { email, phone, webUrl } from './links.ts';
import { openingHours } from './opening-hours.ts';
import { plain, text } from './text.ts';

/** Latitude and longitude in WGS 84 (as on OpenStreetMap). */
export function coordinates() {
  return field(
    z.strictObject({
      lat: field(z.number().min(-90).max(90), { label: 'Breite (lat)' }),
      lng: field(z.number().min(-180).max(180), { label: 'Länge (lng)' }),
    }),
    {
      label: 'Koordinaten',
      hint: 'Auf der Karte setzen oder aus OpenStreetMap übernehmen (Breite, Länge).',
      widget: 'coordinates',
    },
  );
}

/** A postal address in the municipality, with coordinates for the map. */
export function address() {
  return field(
    z.strictObject({
      /** @example "Rathausplatz 1" */
      street: plain({ label: 'Straße und Hausnummer' }),
      /** Five-digit German postal code. */
      postalCode: field(
        z.string().regex(/^\d{5}$/, { error: 'ist keine Postleitzahl – fünf Ziffern in Anführungszeichen schreiben, z. B. "12345"' }),
        { label: 'PLZ' },
      ),
      city: plain({ label: 'Ort' }),
      /** District id from the site configuration. */
      district: field(z.string(), { label: 'Stadtteil', vocabulary: 'districts' }).optional(),
      coordinates: coordinates(),
    }),
    { label: 'Adresse' },
  );
}

/** Ways to reach an office. Every link is built from these fields (tel:, mailto:, https:). */
export function contact() {
  return field(
    z.strictObject({
      phone: phone({ label: 'Telefon' }).optional(),
      email: email({ label: 'E-Mail (Funktionspostfach)' }).optional(),
      website: webUrl({ label: 'Webseite' }).optional(),
      /** When and how the phone line answers, e.g. that case questions are not answered by phone. */
      note: text({ label: 'Hinweis zur Erreichbarkeit' }).optional(),
    }),
    { label: 'Kontakt' },
  );
}

/** Physical accessibility of a place. */
export function accessibility() {
  return field(
    z.strictObject({
      /** `yes`: step-free entrance and toilet; `limited`: entrance only or with help. */
      wheelchair: field(z.enum(['yes', 'limited', 'no']), { label: 'Rollstuhlgerecht' }).optional(),
      hearingLoop: field(z.boolean(), { label: 'Induktionsschleife vorhanden' }).optional(),
      note: text({ label: 'Hinweis zur Barrierefreiheit' }).optional(),
    }),
    { label: 'Barrierefreiheit' },
  );
}

/** One place where an organisation or association receives people. */
export function location() {
  return z.strictObject({
    /** Unique within its organisation; other entries name it in `locations`. */
    id: field(z.string().regex(idPattern, { error: 'ist keine gültige ID' }), {
      label: 'Kennung des Standorts',
      hint: 'Kleinbuchstaben und Bindestriche, z. B. „hauptsitz“.',
    }),
    name: text({ label: 'Name des Standorts', hint: 'z. B. „Bürgerbüro im Rathaus“' }),
    address: address(),
    openingHours: openingHours().optional(),
    /** Visitors are received only with an appointment ("open now" then says so). */
    appointmentOnly: field(z.boolean(), { label: 'Nur mit Termin' }).default(false),
    hoursNote: text({ label: 'Hinweis zu den Öffnungszeiten' }).optional(),
    directions: text({ label: 'Anfahrt mit Bus und Bahn', hint: 'z. B. „Bus 30, Haltestelle Rathaus“' }).optional(),
    accessibility: accessibility().optional(),
    contact: contact().optional(),
  });
}
