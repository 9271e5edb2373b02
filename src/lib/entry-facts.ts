import type { CollectionName } from '../schema/names.ts';
import type { LocalizedEntry } from './content/directory.ts';

/**
 * The "facts" block of an entry page: which fields of which collection appear as label/value
 * rows, in what order and in what form. Pure data, so the template only renders.
 */
export type Fact =
  /** A translatable text; `path` tells whether it falls back to German. */
  | { kind: 'text'; label: string; value: string; path: string }
  /** Lines of translatable text. */
  | { kind: 'lines'; label: string; value: string[]; path: string }
  /** Terms of a vocabulary. */
  | { kind: 'terms'; label: string; vocabulary: string; ids: string[] }
  /** Links to other entries. */
  | { kind: 'refs'; label: string; ids: string[] }
  /** Fixed values of the schema, shown through UI strings `value.<group>.<option>`. */
  | { kind: 'values'; label: string; group: string; values: string[] }
  | { kind: 'date'; label: string; value: string }
  | { kind: 'age'; label: string; min?: number; max?: number }
  | { kind: 'link'; label: string; href: string }
  | { kind: 'yes'; label: string }
  /** Short UI sentences in one row, e.g. `value.intake.open` and `compare.waitingWeeks` with a count. */
  | { kind: 'phrases'; label: string; phrases: { key: string; count?: number }[] };

type Data = Record<string, unknown>;

const text = (data: Data, key: string, label = `field.${key}`): Fact[] =>
  typeof data[key] === 'string' ? [{ kind: 'text', label, value: data[key], path: key }] : [];
const lines = (data: Data, key: string, label = `field.${key}`): Fact[] =>
  Array.isArray(data[key]) && data[key].length > 0 ? [{ kind: 'lines', label, value: data[key] as string[], path: key }] : [];
const terms = (data: Data, key: string, vocabulary: string, label = `field.${key}`): Fact[] => {
  const value = data[key];
  const ids = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  return ids.length > 0 ? [{ kind: 'terms', label, vocabulary, ids }] : [];
};
const refs = (data: Data, key: string, label = `field.${key}`): Fact[] => {
  const value = data[key];
  const ids = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  return ids.length > 0 ? [{ kind: 'refs', label, ids }] : [];
};
const values = (data: Data, key: string, group = key, label = `field.${key}`): Fact[] => {
  const value = data[key];
  const list = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  return list.length > 0 ? [{ kind: 'values', label, group, values: list }] : [];
};
const date = (data: Data, key: string, label = `field.${key}`): Fact[] =>
  typeof data[key] === 'string' ? [{ kind: 'date', label, value: data[key] }] : [];
const link = (href: unknown, label: string): Fact[] => (typeof href === 'string' ? [{ kind: 'link', label, href }] : []);
const age = (data: Data): Fact[] =>
  data['ageMin'] !== undefined || data['ageMax'] !== undefined
    ? [
        {
          kind: 'age',
          label: 'field.age',
          ...(typeof data['ageMin'] === 'number' ? { min: data['ageMin'] } : {}),
          ...(typeof data['ageMax'] === 'number' ? { max: data['ageMax'] } : {}),
        },
      ]
    : [];
const yes = (data: Data, key: string, label = `field.${key}`): Fact[] => (data[key] === true ? [{ kind: 'yes', label }] : []);

/**
 * The forms of counselling of a service with the entry criteria of case management, in one
 * row, so the row label is not repeated in every sentence.
 */
function counsellingFacts(data: Data): Fact[] {
  const caseManagement = (data['caseManagement'] ?? {}) as { entry?: string; minNeeds?: number; guideUrl?: string };
  const forms = Array.isArray(data['forms']) ? (data['forms'] as string[]) : [];
  const phrases = [
    ...forms.map((form) => ({ key: `value.form.${form}` })),
    ...(caseManagement.entry === 'referral' ? [{ key: 'compare.cmReferral' }] : []),
    ...(caseManagement.minNeeds ? [{ key: 'compare.cmNeeds', count: caseManagement.minNeeds }] : []),
  ];
  return [
    ...(phrases.length > 0 ? [{ kind: 'phrases' as const, label: 'field.forms', phrases }] : []),
    ...link(caseManagement.guideUrl, 'compare.cmGuide'),
  ];
}

/** Whether a service takes new clients, how long they wait and how long it accompanies them. */
function intakeFacts(data: Data): Fact[] {
  const waiting = data['waitingWeeks'];
  const months = data['maxDurationMonths'];
  const phrases = [
    ...(typeof data['intake'] === 'string' ? [{ key: `value.intake.${data['intake']}` }] : []),
    ...(typeof waiting === 'number'
      ? [waiting === 0 ? { key: 'compare.waitingNone' } : { key: 'compare.waitingWeeks', count: waiting }]
      : []),
    ...(typeof months === 'number' ? [{ key: 'compare.maxDuration', count: months }] : []),
  ];
  return phrases.length > 0 ? [{ kind: 'phrases', label: 'field.intake', phrases }] : [];
}

const factsByCollection: Record<CollectionName, (data: Data) => Fact[]> = {
  organisations: (data) => [
    ...terms(data, 'providerType', 'provider-types'),
    ...values(data, 'sector'),
    ...values(data, 'govLevel'),
    ...(typeof data['umbrella'] === 'string'
      ? [{ kind: 'text' as const, label: 'field.umbrella', value: data['umbrella'], path: '' }]
      : []),
    ...refs(data, 'parent'),
    ...terms(data, 'languages', 'languages'),
  ],
  associations: (data) => [
    ...terms(data, 'providerType', 'provider-types'),
    ...values(data, 'legalForm'),
    ...refs(data, 'parent'),
    ...lines(data, 'communities'),
    ...lines(data, 'activities'),
    ...terms(data, 'languages', 'languages'),
    ...terms(data, 'districts', 'districts'),
  ],
  responsibilities: (data) => [
    ...refs(data, 'office'),
    ...text(data, 'team'),
    ...terms(data, 'targetGroups', 'target-groups'),
    ...terms(data, 'residenceStatuses', 'residence-statuses'),
    ...age(data),
    ...terms(data, 'legalBases', 'legal-bases'),
    ...values(data, 'taskType'),
    ...refs(data, 'checklist'),
    ...refs(data, 'interpreting'),
    ...refs(data, 'handoverTo'),
  ],
  services: (data) => [
    ...refs(data, 'provider'),
    ...terms(data, 'programme', 'programmes'),
    ...counsellingFacts(data),
    ...terms(data, 'targetGroups', 'target-groups'),
    ...age(data),
    ...terms(data, 'residenceStatuses', 'residence-statuses'),
    ...text(data, 'officialTargetGroup'),
    ...text(data, 'servedInPractice'),
    ...yes(data, 'turnsNobodyAway'),
    ...values(data, 'accommodation'),
    ...terms(data, 'districts', 'districts'),
    ...yes(data, 'neighbouringAreas'),
    ...terms(data, 'languages', 'languages', 'field.serviceLanguages'),
    ...yes(data, 'free'),
    ...intakeFacts(data),
    ...text(data, 'independence'),
  ],
  interpreting: (data) => [
    ...refs(data, 'provider'),
    ...values(data, 'modes', 'mode'),
    ...terms(data, 'languages', 'languages'),
    ...values(data, 'specialisations', 'specialisation'),
    ...text(data, 'whoMayRequest'),
    ...text(data, 'howToRequest'),
    ...link(data['requestUrl'], 'field.requestUrl'),
    ...text(data, 'leadTime'),
    ...text(data, 'cost'),
  ],
  projects: (data) => [
    ...values(data, 'kind', 'projectKind'),
    ...refs(data, 'operator'),
    ...refs(data, 'partners'),
    ...date(data, 'start'),
    ...date(data, 'end'),
    ...terms(data, 'targetGroups', 'target-groups'),
    ...age(data),
    ...terms(data, 'languages', 'languages', 'field.serviceLanguages'),
    ...lines(data, 'services'),
    ...(typeof data['funding'] === 'object' && data['funding']
      ? [
          Object.values(data['funding'] as Data)
            .filter(Boolean)
            .join(' – '),
        ]
          .filter(Boolean)
          .map((value): Fact => ({ kind: 'text', label: 'field.funding', value, path: '' }))
      : []),
    ...text(data, 'followUp'),
  ],
  networks: (data) => [
    ...terms(data, 'type', 'network-types'),
    ...values(data, 'status', 'networkStatus'),
    ...values(data, 'scope'),
    ...values(data, 'hierarchyLevels', 'hierarchyLevel'),
    ...terms(data, 'frequency', 'frequencies'),
    ...refs(data, 'lead'),
    ...refs(data, 'members'),
    ...text(data, 'membersNote'),
    ...terms(data, 'targetGroups', 'target-groups'),
    ...text(data, 'formalBasis'),
    ...refs(data, 'mandatedBy'),
    ...refs(data, 'feedsInto'),
    ...(data['membershipOpen'] === true ? text(data, 'howToJoin') : []),
  ],
  agreements: (data) => [
    ...terms(data, 'type', 'agreement-types', 'field.agreementType'),
    ...refs(data, 'parties'),
    ...terms(data, 'level', 'cooperation-levels'),
    ...values(data, 'status', 'agreementStatus'),
    ...refs(data, 'lead'),
    ...lines(data, 'goals'),
    ...lines(data, 'sharedTasks'),
    ...date(data, 'signedOn'),
    ...date(data, 'validUntil'),
    ...text(data, 'approvedBy'),
  ],
  journeys: (data) => [...terms(data, 'targetGroups', 'target-groups')],
  faq: () => [],
  checklists: () => [],
  documents: (data) => [
    ...terms(data, 'kind', 'document-kinds'),
    ...refs(data, 'issuer'),
    ...date(data, 'issued'),
    ...(typeof data['version'] === 'string' ? [{ kind: 'text' as const, label: 'field.version', value: data['version'], path: '' }] : []),
    ...date(data, 'validUntil'),
    ...text(data, 'approvedBy'),
    ...terms(data, 'languages', 'languages'),
    ...refs(data, 'relatedTo'),
  ],
  pages: () => [],
};

/** The fact rows of an entry in its page language. */
export function factsOf(entry: LocalizedEntry): Fact[] {
  const data = { ...(entry.localized as Data) };
  if (typeof data['level'] === 'number') data['level'] = String(data['level']);
  return factsByCollection[entry.collection](data);
}
