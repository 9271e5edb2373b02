import { z } from 'astro/zod';
import { field, labelledEnum } from '../field.ts';
import { access } from '../shared/access.ts';
import { actorCollections, locationIds } from '../shared/actor.ts';
import { ageRange, checkRange, description, entryFields } from '../shared/entry.ts';
import { openingHours } from '../shared/opening-hours.ts';
import { webUrl } from '../shared/links.ts';
import { contact } from '../shared/place.ts';
import { ref, term, terms } from '../shared/refs.ts';
import { text } from '../shared/text.ts';

/**
 * Forms of counselling by depth, as the study of the case municipalities distinguishes them
 * (002:L1293–1297): short questions and referral, usually without an appointment; case work,
 * which includes short questions; and case management reached only through a selecting body.
 */
export const counsellingForms = ['short-questions', 'case-work', 'case-management'] as const;

/**
 * Where people live who an offer is for. Offers covering the same target group are often split
 * by accommodation: shared housing (Gemeinschaftsunterkunft) or a private flat (002:L1378).
 */
export const accommodationKinds = ['shared-housing', 'own-flat'] as const;

/**
 * Whether an offer takes new clients now (002:L1311: the helpdesk sees free capacities in a
 * shared calendar; L1392: cases are assigned by free capacity, about 25 per counsellor).
 */
const intakeStates = ['open', 'limited', 'waitlist'] as const;

/**
 * Entry criteria of case management (002:L1392): how a case gets in, from how many fields of
 * need (of eight: work, residence, education and language, family, leisure, health,
 * livelihood, housing) and the guide other offices use to check the indicators.
 */
function caseManagementEntry() {
  return field(
    z.strictObject({
      /**
       * How a case gets in (002:L1392): the person comes by themselves, or other offices
       * report the case and the team decides whether to take it.
       */
      entry: labelledEnum(
        {
          self: 'Ratsuchende melden sich selbst',
          referral: 'Nur über Meldung durch andere Stellen; das Team entscheidet über die Aufnahme',
        },
        { label: 'Zugang zum Case Management' },
      ),
      minNeeds: field(z.int().min(1).max(8), {
        label: 'Bedarf in mindestens … Handlungsfeldern',
        hint: 'z. B. 3 = Fragen in mindestens drei von acht Handlungsfeldern (Arbeit, Aufenthalt, Bildung und Sprache, Familie, Freizeit, Gesundheit, Lebensunterhalt, Wohnen).',
      }).optional(),
      guideUrl: webUrl({
        label: 'Leitfaden für zuweisende Stellen',
        hint: 'Link zu einer Checkliste, mit der andere Stellen prüfen, ob ein Fall für das Case Management infrage kommt.',
      }).optional(),
    }),
    { label: 'Aufnahme ins Case Management', hint: 'Nur ausfüllen, wenn die Beratungsform Case Management angeboten wird.' },
  );
}

/**
 * A counselling service (Beratungsangebot) such as MBE, JMD or FIB. Eligibility is a set of
 * overlapping criteria (age, status, area, language, accommodation), which the comparison and
 * the finder read (002:L1273–1392, digest §1.6). "Official" and "in practice" target groups
 * are kept apart so nobody is turned away wrongly.
 */
export const serviceSchema = z
  .strictObject({
    ...entryFields('Name des Beratungsangebots'),
    description: description(),
    provider: ref(actorCollections, { label: 'Träger', search: 'text' }),
    locations: locationIds('provider'),
    programme: term('programmes', { label: 'Programm', hint: 'z. B. MBE, JMD, FIB', search: 'keywords' }).optional(),
    /** Depth of counselling offered (002:L1293–1297); see `counsellingForms`. */
    forms: field(z.array(z.enum(counsellingForms)).min(1, 'ist leer – mindestens eine Beratungsform angeben'), {
      label: 'Beratungsform',
      hint: 'Kurzberatung, Einzelfallberatung oder Case Management.',
    }),
    /** How cases get into case management (002:L1392); only with the form `case-management`. */
    caseManagement: caseManagementEntry().optional(),
    targetGroups: terms('target-groups', { label: 'Zielgruppen' }).default([]),
    ...ageRange(),
    /** Statuses required; empty = regardless of residence status. */
    residenceStatuses: terms('residence-statuses', {
      label: 'Aufenthaltsstatus',
      hint: 'Leer lassen = unabhängig vom Status.',
      emptyMeansAll: true,
    }).default([]),
    officialTargetGroup: text({ label: 'Zielgruppe laut Förderrichtlinie' }).optional(),
    servedInPractice: text({
      label: 'Berät in der Praxis auch',
      hint: 'Wer trotzdem kommen kann, z. B. „auch Angehörige unter 27“.',
    }).optional(),
    /**
     * Most counsellors turn nobody away: they advise people outside the official target group
     * too, or make the appointment at the office that fits better (002:L1388). The comparison
     * says so beside offers that do not fit officially.
     */
    turnsNobodyAway: field(z.boolean(), {
      label: 'Schickt niemanden weg',
      hint: 'Ja, wenn die Stelle auch Menschen außerhalb der Zielgruppe berät oder für sie einen Termin bei der passenden Stelle vereinbart.',
    }).default(false),
    /** Accommodation of the people served; empty = wherever they live (002:L1378). */
    accommodation: field(z.array(z.enum(accommodationKinds)), {
      label: 'Unterkunftsform',
      hint: 'Nur ausfüllen, wenn das Angebot nach der Wohnform aufgeteilt ist (z. B. nur für Gemeinschaftsunterkünfte). Leer lassen = egal, wie jemand wohnt.',
      emptyMeansAll: true,
    }).default([]),
    /** Districts served; empty = the whole municipality. */
    districts: terms('districts', { label: 'Einzugsgebiet (Stadtteile)', hint: 'Leer lassen = ganze Stadt.', emptyMeansAll: true }).default(
      [],
    ),
    neighbouringAreas: field(z.boolean(), { label: 'Auch für Menschen aus Nachbarkommunen' }).default(false),
    languages: terms('languages', { label: 'Beratungssprachen', search: 'text' }, 1),
    access: access(),
    openingHours: openingHours().optional(),
    contact: contact().optional(),
    free: field(z.boolean(), { label: 'Kostenlos' }).default(true),
    /** Whether new clients are taken now; the entry's `reviewed` date says as of when (002:L1311, L1392). */
    intake: field(z.enum(intakeStates), {
      label: 'Aufnahme neuer Ratsuchender',
      hint: 'open = nimmt neue Ratsuchende auf, limited = nur begrenzt, waitlist = Warteliste. Bei jeder Änderung auch „Zuletzt geprüft am“ aktualisieren – die Angabe veraltet schnell.',
    }).optional(),
    /** Usual wait for a first appointment, in weeks; 0 = within the week. */
    waitingWeeks: field(z.int().min(0).max(52), {
      label: 'Wartezeit auf einen Ersttermin (Wochen)',
      hint: 'Ungefähr, in ganzen Wochen; 0 = in derselben Woche.',
    }).optional(),
    /** Longest time a person can be accompanied, e.g. MBE normally three years (002:L1275). */
    maxDurationMonths: field(z.int().min(1).max(120), {
      label: 'Begleitung höchstens (Monate)',
      hint: 'z. B. 36 für die MBE (in der Regel drei Jahre). Leer lassen, wenn es keine Grenze gibt.',
    }).optional(),
    independence: text({
      label: 'Hinweis zur Unabhängigkeit',
      hint: 'z. B. „Wir sind keine Behörde. Die Beratung ist vertraulich.“',
    }).optional(),
    professionalContact: field(contact(), { label: 'Kontakt für Fachstellen (intern)', internal: true }).optional(),
  })
  .superRefine((data, ctx) => {
    checkRange(data, ctx);
    if (data.caseManagement && !data.forms.includes('case-management')) {
      ctx.addIssue({
        code: 'custom',
        path: ['caseManagement'],
        message: 'ist ausgefüllt, aber „Beratungsform“ enthält kein Case Management – Case Management ergänzen oder das Feld leeren',
      });
    }
  });
