import { agreementStatusesInForce, type AgreementReview } from '#src/schema/collections/agreements.ts';
import type { DirectoryEntry } from './content/directory.ts';
import { addMonths } from './dates.ts';

/**
 * Facts about cooperation agreements that several views need: which agreements bind on a day,
 * who is party to which, and when an agreement is due for its next review.
 */

type Agreement = DirectoryEntry<'agreements'>;

/**
 * True when the agreement binds its parties on `today`: it is in force or resting (a suspended
 * agreement still stands, its level rests), and its end date, if any, has not passed.
 * Agreements under negotiation and ended ones bind nobody.
 */
export function isInForce(agreement: Agreement, today: string): boolean {
  const { status, validUntil } = agreement.data;
  return (agreementStatusesInForce as readonly string[]).includes(status) && (!validUntil || validUntil >= today);
}

/** The parties of an agreement other than `id`. */
export function otherParties(agreement: Agreement, id: string): string[] {
  return agreement.data.parties.filter((party) => party !== id);
}

/** The reviews of an agreement, latest first. */
export function reviewsOf(agreement: Agreement): AgreementReview[] {
  return [...agreement.data.reviews].sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * When the parties next review the agreement: the date set in `nextReview`, otherwise the last
 * logged review plus the entry's review interval. Without a logged review the entry's last check
 * (`reviewed`) stands in, as before the log existed. Ended agreements are not reviewed any more.
 */
export function nextReviewOf(agreement: Agreement): string | undefined {
  const { status, nextReview, reviewed, reviewIntervalMonths } = agreement.data;
  if (status === 'ended') return undefined;
  if (nextReview) return nextReview;
  const from = reviewsOf(agreement)[0]?.date ?? reviewed;
  return addMonths(from, reviewIntervalMonths);
}
