import { z } from 'astro/zod';
import { field } from '../field.ts';
import { idPattern } from './refs.ts';
import { email, phone, webUrl } from './links.ts';
import { openingHours } from './opening-hours.ts';
import { plain, text } from './text.ts';

/** Latitude and longitude in WGS 84 (as on OpenStreetMap). */
function coordinates() {
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
function address() {
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
function accessibility() {
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

/**
 * How to find the room once at the door: building, floor, room, entrance, step-free route and
 * the building's guidance system. The toolkit of the "Willkommensbehörden" project asks "Wie
 * findet der Kunde seinen Weg in die ABH?" and names a Leitsystem (003:L736–741); its own
 * directions read "Schwanseestraße 17 (Haus II, 4. Etage)" (003:L361); Magdeburg built a colour
 * guidance system (004:L62). Shown on entry pages and on the referral slip.
 */
export function wayfinding() {
  return field(
    z.strictObject({
      building: text({ label: 'Gebäude', hint: 'z. B. „Haus B“ oder „Nebengebäude im Hof“' }, 120).optional(),
      /** Storeys above the ground floor, as counted in Germany; pages name it in every language. */
      floor: field(z.int().min(-5).max(60), {
        label: 'Stockwerk',
        hint: '0 = Erdgeschoss, 1 = 1. Obergeschoss, -1 = Untergeschoss. Die Website schreibt es in jeder Sprache richtig (im Ukrainischen und Russischen zählt das Erdgeschoss als 1. Etage).',
      }).optional(),
      room: plain({
        label: 'Raum',
        hint: 'Raumnummer oder Name, wie er an der Tür steht, z. B. „2.14“ oder „Beratungsraum 3“.',
      }).optional(),
      entrance: text(
        { label: 'Eingang', hint: 'z. B. „Seiteneingang in der Schulgasse, bei „Migrationsberatung“ klingeln“' },
        300,
      ).optional(),
      stepFree: field(z.boolean(), {
        label: 'Stufenlos erreichbar',
        hint: 'Ja, wenn der Weg vom Gehweg bis in den Raum ohne Stufen geht (Rampe oder Aufzug).',
      }).optional(),
      stepFreeRoute: text(
        { label: 'Weg ohne Stufen', hint: 'z. B. „Rampe links vom Haupteingang, Aufzug hinter der Pforte“' },
        300,
      ).optional(),
      signage: text(
        { label: 'Leitsystem', hint: 'Beschilderung oder Farbleitsystem im Haus, z. B. „der grünen Linie am Boden folgen“' },
        200,
      ).optional(),
    }),
    {
      label: 'Wegweiser im Gebäude',
      hint: 'Wie man hinter der Haustür den Raum findet. Erscheint auf der Seite des Eintrags und auf dem Laufzettel.',
    },
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
    wayfinding: wayfinding().optional(),
    accessibility: accessibility().optional(),
    contact: contact().optional(),
  });
}
