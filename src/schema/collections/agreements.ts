import { z } from 'astro/zod';
import { field, labelledEnum } from '../field.ts';
import { actorCollections } from '../shared/actor.ts';
import { isoDate } from '../shared/dates.ts';
import { entryFields } from '../shared/entry.ts';
import { email, phone } from '../shared/links.ts';
import { ref, refs, term } from '../shared/refs.ts';
import { markdown, plain, text, textList } from '../shared/text.ts';

/** Results of a review, with their German names for editors and the to-do list. */
export const reviewResultLabels = {
  confirmed: 'Bestätigt, unverändert',
  amended: 'Angepasst',
  suspended: 'Ausgesetzt',
  resumed: 'Wieder aufgenommen',
  ended: 'Beendet',
} as const;

/**
 * One review of an agreement by its parties. Agreements are "laufend auf ihre Umsetzung hin zu
 * überprüfen und ggf. anzupassen" (Erlangen concept, 000:L84–87); the log shows partners and
 * counsellors that an agreement is alive, and when it was last looked at.
 */
const agreementReview = z.strictObject({
  date: isoDate({ label: 'Datum der Überprüfung' }),
  result: labelledEnum(reviewResultLabels, { label: 'Ergebnis' }),
  /** A role or unit, never a private person. @example "Ausländerbehörde, Sachgebietsleitung" */
  role: plain({
    label: 'Geprüft von (Rolle)',
    hint: 'Eine Stelle oder Rolle, keine Privatperson, z. B. „Ausländerbehörde und AWO, Leitungsrunde“.',
  }),
  // Shared, not translated: a review appended to the log must not mark every translation of the
  // agreement as outdated (the fingerprint counts translatable texts item by item).
  note: plain({
    label: 'Anmerkung (Deutsch)',
    hint: 'Was geändert oder verabredet wurde, in einem Satz. Erscheint in allen Sprachen auf Deutsch.',
  }).optional(),
});

/** Statuses in which an agreement binds its parties (and gives a level). */
export const agreementStatusesInForce = ['active', 'suspended'] as const;

/**
 * A cooperation agreement between two or more actors (organisations or associations), with or
 * without the immigration office as a party: besides the office's Kooperationsvereinbarungen
 * (000:L70–79) the providers' own arrangements count, e.g. how they split overlapping target
 * groups (002:L1374–1380) or the Zuständigkeitsvereinbarung the Bavarian funding guideline
 * asks of several providers in one region (002:L1427). The level is the Erlangen scale from 5
 * (shared premises and processes) to 1 (referral only) (000:L186–194); talks about an agreement
 * are its status "negotiating". The public sees type, parties, level, goals, the review log and
 * a plain-language summary; processes, risks and escalation paths (000:L199–211) are internal.
 */
export const agreementSchema = z
  .strictObject({
    ...entryFields('Titel der Vereinbarung'),
    type: term('agreement-types', { label: 'Art der Vereinbarung' }),
    parties: refs(
      actorCollections,
      {
        label: 'Beteiligte',
        hint: 'Alle Partner der Vereinbarung – auch die Ausländerbehörde, wenn sie beteiligt ist. Die Vereinbarung erscheint auf der Seite jedes Beteiligten.',
      },
      2,
    ),
    level: field(z.int().min(1).max(5), {
      label: 'Kooperationsstufe',
      hint: '5 = räumlicher und prozessualer Verbund, 4 = regelmäßige Jours fixes, 3 = Abstimmung im Einzelfall, 2 = Erfahrungsaustausch, 1 = Verweisberatung. Pflicht für geltende Vereinbarungen; bei „in Verhandlung“ die angestrebte Stufe oder leer.',
      vocabulary: 'cooperation-levels',
    }).optional(),
    status: field(z.enum(['negotiating', 'active', 'suspended', 'ended']), {
      label: 'Status',
      hint: 'negotiating = in Verhandlung (Vorgespräche, noch keine gemeinsamen Abläufe), active = in Kraft, suspended = ruht, ended = beendet.',
    }),
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
    reviews: field(z.array(agreementReview), {
      label: 'Überprüfungen',
      labelSingular: 'Überprüfung',
      hint: 'Jede gemeinsame Überprüfung der Vereinbarung: Datum, Ergebnis und wer geprüft hat. Neue Überprüfungen unten anfügen.',
    }).default([]),
    nextReview: isoDate({
      label: 'Nächste Überprüfung',
      hint: 'Leer = letzte Überprüfung (sonst die Unterzeichnung) plus Prüfintervall. Erscheint in der To-do-Liste der Redaktion.',
    }).optional(),
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
    if ((agreementStatusesInForce as readonly string[]).includes(data.status) && data.level === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message:
          'fehlt – eine geltende oder ruhende Vereinbarung braucht eine Stufe von 1 bis 5; Stufe eintragen oder Status „negotiating“ wählen',
      });
    }
    if (data.signedOn && data.validUntil && data.validUntil < data.signedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: `„Gültig bis“ (${data.validUntil}) liegt vor der Unterzeichnung (${data.signedOn}) – Daten prüfen`,
      });
    }
    data.parties.forEach((party, index) => {
      if (data.parties.indexOf(party) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['parties', index],
          message: `„${party}“ steht doppelt in der Liste – einen Eintrag löschen`,
        });
      }
    });
    const lastReview = data.reviews
      .map((review) => review.date)
      .sort()
      .at(-1);
    if (data.nextReview && lastReview && data.nextReview < lastReview) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `„Nächste Überprüfung“ (${data.nextReview}) liegt vor der letzten Überprüfung (${lastReview}) – Datum prüfen`,
      });
    }
  });

export type AgreementReview = z.output<typeof agreementReview>;
