import { z } from 'astro/zod';
import { field } from '../field.ts';
import { webUrl } from './links.ts';
import { text } from './text.ts';

/** Ways in: how a person gets to talk to the office or service. */
const accessChannels = [
  'walk-in',
  'appointment',
  'online-booking',
  'invitation',
  'phone',
  'email',
  'video',
  /** Written counselling in a web or app chat (e.g. the MBE's mbeon), as opposed to a private messenger. */
  'chat',
  'messenger',
  'outreach',
  'online-service',
] as const;

/** How to get access: walk in, book online, wait for an invitation, … */
export function access() {
  return field(
    z.strictObject({
      channels: field(z.array(z.enum(accessChannels)).min(1, 'ist leer – mindestens einen Zugangsweg angeben'), {
        label: 'Zugangswege',
        hint: 'walk-in = ohne Termin, appointment = mit Termin, online-booking = Online-Terminbuchung, invitation = Einladung durch die Stelle, video = Videoberatung, chat = Chat-Beratung im Web oder in einer App (z. B. mbeon), messenger = Messenger wie Signal oder WhatsApp, outreach = aufsuchend.',
      }),
      bookingUrl: webUrl({ label: 'Link zur Terminbuchung' }).optional(),
      note: text({ label: 'Hinweis zum Zugang', hint: 'z. B. „Termine werden drei Wochen im Voraus freigeschaltet.“' }).optional(),
    }),
    { label: 'Zugang' },
  );
}
