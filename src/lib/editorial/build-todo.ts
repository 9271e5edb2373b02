import type { AgreementReview } from '#src/schema/collections/agreements.ts';
import type { Locale } from '#src/schema/site-config.ts';
import { nextReviewOf, reviewsOf } from '../agreements.ts';
import { referencesOf, type DirectoryEntry } from '../content/directory.ts';
import { addMonths, daysBetween } from '../dates.ts';
import { entryTranslations } from '../translation-status.ts';

/**
 * The editors' to-do list: what needs a person's attention to keep the directory true. Pure:
 * it reads a directory (internal edition, so nothing is hidden) and a date.
 */

interface OverdueEntry {
  entry: DirectoryEntry;
  /** Date the review was due (reviewed + interval). */
  due: string;
  daysOverdue: number;
}

interface LocaleTodo {
  locale: Locale;
  /** Translations whose German text changed after they were made. */
  outdated: DirectoryEntry[];
  /** Entries with no translation into this language. */
  missing: DirectoryEntry[];
}

interface ProjectEnd {
  entry: DirectoryEntry;
  end: string;
  /** Ended already (off the public site, in the archive). */
  ended: boolean;
}

interface AgreementDue {
  entry: DirectoryEntry<'agreements'>;
  /** What is due: the agreement runs out, or its scheduled review. */
  reason: 'expires' | 'review';
  date: string;
  /** The latest entry of the agreement's review log, if any. */
  lastReview?: AgreementReview;
}

interface BrokenReference {
  entry: DirectoryEntry;
  /** Top-level field holding the reference. */
  field: string;
  target: string;
  /** The target does not exist, or it is an ended project that left the public site. */
  reason: 'missing' | 'archived';
}

export interface TodoList {
  today: string;
  overdue: OverdueEntry[];
  translations: LocaleTodo[];
  projects: ProjectEnd[];
  agreements: AgreementDue[];
  brokenReferences: BrokenReference[];
}

/** How far ahead project ends are listed. */
export const lookAheadDays = 60;

/**
 * How far ahead agreements that run out or are due for review are listed: renewing an
 * agreement needs the partners' management (often a council decision), which takes longer
 * than a project's follow-up, so the office hears of it a quarter ahead.
 */
export const agreementLookAheadDays = 90;

/** When an entry is due for review: `reviewed` plus its interval (default 12 months). */
function reviewDue(entry: DirectoryEntry): string {
  const data = entry.data as { reviewed: string; reviewIntervalMonths?: number };
  return addMonths(data.reviewed, data.reviewIntervalMonths ?? 12);
}

const title = (entry: DirectoryEntry) => String((entry.data as { title?: unknown }).title ?? entry.id);
const byTitle = (a: DirectoryEntry, b: DirectoryEntry) => title(a).localeCompare(title(b), 'de');

/** Build the to-do list for `today` from published entries and the project archive. */
export function buildTodo(input: {
  entries: DirectoryEntry[];
  archived: DirectoryEntry[];
  locales: readonly Locale[];
  today: string;
}): TodoList {
  const { entries, archived, today } = input;
  const horizon = addDaysIso(today, lookAheadDays);
  const agreementHorizon = addDaysIso(today, agreementLookAheadDays);

  const overdue = entries
    .map((entry) => ({ entry, due: reviewDue(entry) }))
    .filter(({ due }) => due < today)
    .map(({ entry, due }) => ({ entry, due, daysOverdue: daysBetween(due, today) }))
    .sort((a, b) => a.due.localeCompare(b.due) || byTitle(a.entry, b.entry));

  const [, ...targets] = input.locales;
  const sorted = [...entries].sort(byTitle);
  const translations = targets.map((locale): LocaleTodo => {
    const states = entryTranslations(sorted, locale);
    return {
      locale,
      outdated: states.filter(({ state }) => state === 'outdated').map(({ entry }) => entry),
      missing: states.filter(({ state }) => state === 'missing').map(({ entry }) => entry),
    };
  });

  const projects = [...entries, ...archived]
    .filter((entry) => entry.collection === 'projects')
    .flatMap((entry): ProjectEnd[] => {
      const end = (entry.data as { end?: string }).end;
      return end && end <= horizon ? [{ entry, end, ended: end < today }] : [];
    })
    .sort((a, b) => a.end.localeCompare(b.end) || byTitle(a.entry, b.entry));

  const agreements = entries
    .filter((entry): entry is DirectoryEntry<'agreements'> => entry.collection === 'agreements')
    .filter((entry) => entry.data.status !== 'ended')
    .flatMap((entry): AgreementDue[] => {
      const { validUntil } = entry.data;
      // The parties' review of the agreement (its log and next date), not the entry's data check.
      const due = nextReviewOf(entry);
      const lastReview = reviewsOf(entry)[0];
      const items: AgreementDue[] = [];
      if (validUntil && validUntil <= agreementHorizon) items.push({ entry, reason: 'expires', date: validUntil });
      if (due && due <= agreementHorizon) items.push({ entry, reason: 'review', date: due, ...(lastReview ? { lastReview } : {}) });
      // The earlier of the two is what the office has to act on first.
      return items.sort((a, b) => a.date.localeCompare(b.date)).slice(0, 1);
    })
    .sort((a, b) => a.date.localeCompare(b.date) || byTitle(a.entry, b.entry));

  const published = new Set(entries.map((entry) => entry.id));
  const ended = new Set(archived.map((entry) => entry.id));
  const brokenReferences: BrokenReference[] = [];
  for (const entry of sorted) {
    for (const { field, id } of referencesOf(entry)) {
      if (published.has(id)) continue;
      const reason = ended.has(id) ? 'archived' : 'missing';
      if (!brokenReferences.some((item) => item.entry === entry && item.field === field && item.target === id)) {
        brokenReferences.push({ entry, field, target: id, reason });
      }
    }
  }

  return { today, overdue, translations, projects, agreements, brokenReferences };
}

function addDaysIso(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}
