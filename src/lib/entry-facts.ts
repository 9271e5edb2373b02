import type { CollectionName, EntryData } from '#src/schema/index.ts';
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

/** Keys of `D` whose values, when set, are of type `V`: a helper below accepts only fields it can show. */
type KeyOf<D, V> = { [K in keyof D]-?: Exclude<D[K], undefined> extends V ? K : never }[keyof D] & string;

/** The value of a field picked by `KeyOf<D, V>` (TypeScript cannot see that it is a `V` by itself). */
function valueOf<D, V>(data: D, key: KeyOf<D, V>): V | undefined {
  return data[key] as V | undefined;
}

/** One term or reference, or a list of them, as a list. */
const idsOf = (value: string | readonly string[] | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : [...value];

const text = <D>(data: D, key: KeyOf<D, string>, label = `field.${key}`): Fact[] => {
  const value = valueOf<D, string>(data, key);
  return value !== undefined ? [{ kind: 'text', label, value, path: key }] : [];
};
const lines = <D>(data: D, key: KeyOf<D, readonly string[]>, label = `field.${key}`): Fact[] => {
  const value = valueOf<D, readonly string[]>(data, key) ?? [];
  return value.length > 0 ? [{ kind: 'lines', label, value: [...value], path: key }] : [];
};
const terms = <D>(data: D, key: KeyOf<D, string | readonly string[]>, vocabulary: string, label = `field.${key}`): Fact[] => {
  const ids = idsOf(valueOf<D, string | readonly string[]>(data, key));
  return ids.length > 0 ? [{ kind: 'terms', label, vocabulary, ids }] : [];
};
const refs = <D>(data: D, key: KeyOf<D, string | readonly string[]>, label = `field.${key}`): Fact[] => {
  const ids = idsOf(valueOf<D, string | readonly string[]>(data, key));
  return ids.length > 0 ? [{ kind: 'refs', label, ids }] : [];
};
const values = <D>(data: D, key: KeyOf<D, string | readonly string[]>, group: string = key, label = `field.${key}`): Fact[] => {
  const list = idsOf(valueOf<D, string | readonly string[]>(data, key));
  return list.length > 0 ? [{ kind: 'values', label, group, values: list }] : [];
};
const date = <D>(data: D, key: KeyOf<D, string>, label = `field.${key}`): Fact[] => {
  const value = valueOf<D, string>(data, key);
  return value !== undefined ? [{ kind: 'date', label, value }] : [];
};
const link = (href: string | undefined, label: string): Fact[] => (href !== undefined ? [{ kind: 'link', label, href }] : []);
const age = (data: Pick<EntryData<'services'>, 'ageMin' | 'ageMax'>): Fact[] =>
  data.ageMin !== undefined || data.ageMax !== undefined
    ? [
        {
          kind: 'age',
          label: 'field.age',
          ...(data.ageMin !== undefined ? { min: data.ageMin } : {}),
          ...(data.ageMax !== undefined ? { max: data.ageMax } : {}),
        },
      ]
    : [];
const yes = <D>(data: D, key: KeyOf<D, boolean>, label = `field.${key}`): Fact[] =>
  valueOf<D, boolean>(data, key) === true ? [{ kind: 'yes', label }] : [];
/** A text without a translation path of its own (shown as it is in every language). */
const plainText = (value: string | undefined, label: string): Fact[] =>
  value !== undefined ? [{ kind: 'text', label, value, path: '' }] : [];

/**
 * The forms of counselling of a service with the entry criteria of case management, in one
 * row, so the row label is not repeated in every sentence.
 */
function counsellingFacts(data: EntryData<'services'>): Fact[] {
  const { caseManagement } = data;
  const phrases = [
    ...data.forms.map((form) => ({ key: `value.form.${form}` })),
    ...(caseManagement?.entry === 'referral' ? [{ key: 'compare.cmReferral' }] : []),
    ...(caseManagement?.minNeeds ? [{ key: 'compare.cmNeeds', count: caseManagement.minNeeds }] : []),
  ];
  return [
    ...(phrases.length > 0 ? [{ kind: 'phrases' as const, label: 'field.forms', phrases }] : []),
    ...link(caseManagement?.guideUrl, 'compare.cmGuide'),
  ];
}

/** Whether a service takes new clients, how long they wait and how long it accompanies them. */
function intakeFacts(data: EntryData<'services'>): Fact[] {
  const { intake, waitingWeeks, maxDurationMonths } = data;
  const phrases = [
    ...(intake !== undefined ? [{ key: `value.intake.${intake}` }] : []),
    ...(waitingWeeks !== undefined
      ? [waitingWeeks === 0 ? { key: 'compare.waitingNone' } : { key: 'compare.waitingWeeks', count: waitingWeeks }]
      : []),
    ...(maxDurationMonths !== undefined ? [{ key: 'compare.maxDuration', count: maxDurationMonths }] : []),
  ];
  return phrases.length > 0 ? [{ kind: 'phrases', label: 'field.intake', phrases }] : [];
}

const factsByCollection: { [C in CollectionName]: (data: EntryData<C>) => Fact[] } = {
  organisations: (data) => [
    ...terms(data, 'providerType', 'provider-types'),
    ...values(data, 'sector'),
    ...values(data, 'govLevel'),
    ...plainText(data.umbrella, 'field.umbrella'),
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
    ...link(data.requestUrl, 'field.requestUrl'),
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
    ...plainText([data.funding?.programme, data.funding?.funder].filter(Boolean).join(' – ') || undefined, 'field.funding'),
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
    ...(data.membershipOpen ? text(data, 'howToJoin') : []),
  ],
  agreements: (data) => [
    ...terms(data, 'type', 'agreement-types', 'field.agreementType'),
    ...refs(data, 'parties'),
    ...(data.level !== undefined
      ? [{ kind: 'terms' as const, label: 'field.level', vocabulary: 'cooperation-levels', ids: [String(data.level)] }]
      : []),
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
    ...plainText(data.version, 'field.version'),
    ...date(data, 'validUntil'),
    ...text(data, 'approvedBy'),
    ...terms(data, 'languages', 'languages'),
    ...refs(data, 'relatedTo'),
  ],
  pages: () => [],
};

/** The fact rows of an entry in its page language. */
export function factsOf<C extends CollectionName>(entry: LocalizedEntry<C>): Fact[] {
  const facts: (data: EntryData<C>) => Fact[] = factsByCollection[entry.collection];
  return facts(entry.localized);
}
