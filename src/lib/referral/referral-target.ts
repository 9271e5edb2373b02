import type { CollectionName } from '#src/schema/names.ts';

/**
 * Which entries a counsellor can refer a client to, i.e. which get an "add to referral"
 * toggle and a row on the slip: somewhere a person goes or calls. Guides, networks,
 * agreements, questions and site pages explain; nobody is sent to them. An organisation is a
 * target only where it receives people (it has places); an umbrella body without a place
 * is reached through its offers.
 */
const alwaysTargets: ReadonlySet<CollectionName> = new Set(['services', 'interpreting', 'responsibilities', 'projects', 'associations']);

/** An entry as far as the rule reads it: of an organisation, its places (`locations`). */
type Candidate =
  | { collection: Exclude<CollectionName, 'organisations'>; data: object }
  | { collection: 'organisations'; data: { locations: readonly object[] } };

/** Whether an entry can go on a referral slip. */
export function isReferralTarget(entry: Candidate): boolean {
  if (alwaysTargets.has(entry.collection)) return true;
  return entry.collection === 'organisations' && entry.data.locations.length > 0;
}
