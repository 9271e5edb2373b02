import { z } from 'astro/zod';
import { field } from '../field.ts';
import { directoryCollections } from '../names.ts';
import { entryFields } from '../shared/entry.ts';
import { ref, refs, terms } from '../shared/refs.ts';
import { text, textList } from '../shared/text.ts';

/** One step of a journey: what to do, who is responsible, what to bring, what goes wrong. */
const step = z.strictObject({
  title: text({ label: 'Schritt', search: 'text' }, 160, { title: true }),
  text: text({ label: 'Was ist zu tun?' }, 1200),
  responsible: refs(directoryCollections, { label: 'Zuständig' }).default([]),
  documents: textList({ label: 'Unterlagen' }).default([]),
  checklist: ref(['checklists'], { label: 'Mitbringliste' }).optional(),
  duration: text({ label: 'Typische Dauer', hint: 'z. B. „2–6 Wochen“' }).optional(),
  pitfalls: textList({ label: 'Stolpersteine' }).default([]),
});

/**
 * A journey (Wegweiser / Lebenslage): a chain of steps across offices, e.g. "residence permit
 * expires" or "recognised refugee: from AsylbLG to Jobcenter". Written in MDX so the
 * introduction can embed entry cards; the steps are structured data.
 */
export const journeySchema = z.strictObject({
  ...entryFields('Titel des Wegweisers', 'Als Lebenslage formuliert, z. B. „Mein Aufenthaltstitel läuft ab“.'),
  targetGroups: terms('target-groups', { label: 'Zielgruppen' }).default([]),
  /** Legal matters: translations carry the note that the German text is binding. */
  legal: field(z.boolean(), {
    label: 'Rechtlicher Inhalt',
    hint: 'Übersetzungen zeigen dann den Hinweis, dass nur der deutsche Text verbindlich ist.',
  }).default(true),
  steps: field(z.array(step).min(2, 'zu wenige Schritte – ein Wegweiser braucht mindestens zwei; Schritt ergänzen'), { label: 'Schritte' }),
});
