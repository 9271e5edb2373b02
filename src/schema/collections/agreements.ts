import { z } from 'astro/zod';
import { field } from '../field.ts';
import { actorCollections } from '../shared/actor.ts';
import { isoDate } from '../shared/dates.ts';
import { entryFields } from '../shared/entry.ts';
import { email, phone } from '../shared/links.ts';
import { ref, refs } from '../shared/refs.ts';
import { markdown, plain, text, textList } from '../shared/text.ts';

/**
 * A cooperation agreement (Kooperationsvereinbarung) between the immigration office (the hub
 * in the site configuration) and one or more partners, on the Erlangen scale from 0 (first
 * talks) to 5 (shared premises and processes). The public sees level, goals and a
 * plain-language summary; processes, risks and escalation paths are internal.
 */
export const agreementSchema = z
  .strictObject({
    ...entryFields('Titel der Vereinbarung'),
    partners: refs(actorCollections, { label: 'Partner der Ausländerbehörde' }, 1),
    level: field(z.int().min(0).max(5), {
      label: 'Kooperationsstufe',
      hint: '5 = räumlicher und prozessualer Verbund, 4 = regelmäßige Jours fixes, 3 = Abstimmung im Einzelfall, 2 = Erfahrungsaustausch, 1 = Verweisberatung, 0 = Anbahnung.',
      vocabulary: 'cooperation-levels',
    }),
    status: field(z.enum(['negotiating', 'active', 'suspended', 'ended']), { label: 'Status' }),
    plainSummary: markdown({
      label: 'Zusammenfassung in einfacher Sprache',
      hint: 'Was bedeutet die Vereinbarung für die Menschen, die beraten werden? Öffentlich sichtbar.',
      search: 'text',
    }),
    lead: ref(actorCollections, { label: 'Federführung' }),
    goals: textList({ label: 'Ziele' }).default([]),
    sharedTasks: textList({ label: 'Gemeinsame Aufgaben' }).default([]),
    signedOn: isoDate({ label: 'Unterzeichnet am' }).optional(),
    validUntil: isoDate({ label: 'Gültig bis' }).optional(),
    approvedBy: text({ label: 'Beschlossen durch', hint: 'z. B. „Stadtratsbeschluss vom 14.05.2025“' }).optional(),
    processes: textList({ label: 'Abläufe und Instrumente (intern)', internal: true }).optional(),
    risks: field(
      z.array(
        z.strictObject({
          risk: text({ label: 'Risiko' }),
          mitigation: text({ label: 'Vermeidung oder Lösung' }),
        }),
      ),
      { label: 'Risiken (intern)', internal: true },
    ).optional(),
    escalation: textList({ label: 'Eskalationsweg (intern)', internal: true }).optional(),
    contacts: field(
      z.array(
        z.strictObject({
          role: plain({ label: 'Rolle' }),
          phone: phone({ label: 'Telefon' }).optional(),
          email: email({ label: 'E-Mail' }).optional(),
        }),
      ),
      { label: 'Ansprechstellen (intern)', internal: true },
    ).optional(),
  })
  .superRefine((data, ctx) => {
    if (data.status === 'active' && !data.signedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['signedOn'],
        message: 'fehlt – eine aktive Vereinbarung braucht das Datum der Unterzeichnung; Datum eintragen oder Status ändern',
      });
    }
    if (data.signedOn && data.validUntil && data.validUntil < data.signedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: `„Gültig bis“ (${data.validUntil}) liegt vor der Unterzeichnung (${data.signedOn}) – Daten prüfen`,
      });
    }
  });

export type Agreement = z.output<typeof agreementSchema>;
