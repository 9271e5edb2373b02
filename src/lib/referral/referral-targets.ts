import type { CollectionName } from '../../schema/names.ts';

/**
 * Kinds of entries a client can be sent to: each has a place, hours or a way to get in touch.
 * Networks, agreements, journeys, FAQ, checklists and site pages are read, not visited, so no
 * "add to referral slip" toggle belongs on them.
 */
export const referralTargetCollections: readonly CollectionName[] = [
  'organisations',
  'responsibilities',
  'services',
  'interpreting',
  'projects',
  'associations',
];

/** True when entries of this collection belong on a referral slip. */
export function isReferralTarget(collection: CollectionName): boolean {
  return referralTargetCollections.includes(collection);
}
