/**
 * Names of the content collections and vocabularies. Folder names under content/ are the same.
 * Kept apart from the schemas so that any schema can refer to any collection by name.
 */
export const collectionNames = [
  'organisations',
  'associations',
  'responsibilities',
  'services',
  'interpreting',
  'projects',
  'networks',
  'agreements',
  'journeys',
  'faq',
  'checklists',
  'documents',
  'pages',
] as const;

export type CollectionName = (typeof collectionNames)[number];

/** Collections a journey step or an FAQ may point to. */
export const directoryCollections = collectionNames.filter((name) => name !== 'pages');

export const vocabularyNames = [
  'topics',
  'target-groups',
  'residence-statuses',
  'languages',
  'network-types',
  'frequencies',
  'cooperation-levels',
  'agreement-types',
  'provider-types',
  'legal-bases',
  'programmes',
  'document-kinds',
  'synonyms',
] as const;

export type VocabularyName = (typeof vocabularyNames)[number];

/**
 * Vocabularies a content folder may leave out (an empty list is assumed). Document kinds came
 * later: content without documents keeps validating without the file.
 */
export const optionalVocabularyNames: readonly VocabularyName[] = ['synonyms', 'document-kinds'];
