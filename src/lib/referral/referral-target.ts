import type { CollectionName } from '../../schema/names.ts';

/**
 * Which entries a counsellor can refer a client to, i.e. which get an "add to referral"
 * toggle and a row on the slip: somewhere a person goes or calls. Guides, networks,
 * agreements, questions and site pages explain; nobody is sent to them. An organisation is a
 * target only where it receives people (it has places); an umbrella body without a place
 * is reached through its offers.
 */
const alwaysTargets: ReadonlySet<CollectionName> = new Set(['services', 'interpreting', 'responsibilities', 'projects', 'associations']);

/** Whether an entry can go on a referral slip. */
export function isReferralTarget(entry: { collection: CollectionName; data: object }): boolean {
  if (alwaysTargets.has(entry.collection)) return true;
  if (entry.collection !== 'organisations') return false;
  return 'locations' in entry.data && Array.isArray(entry.data.locations) && entry.data.locations.length > 0;
}
