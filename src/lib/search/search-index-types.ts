/**
 * The search index of one language, as served at /<locale>/search-index.json and loaded by
 * the browser when a visitor starts searching. Keys are short because the file travels to
 * phones on little data; every field is explained here once.
 */
export interface SearchIndex {
  version: 1;
  locale: string;
  /** Municipality time zone, for "open now". */
  timeZone: string;
  /** Build day (YYYY-MM-DD); opening-hours exceptions are computed from here. */
  built: string;
  /** Synonym groups: each group is a list of terms, each term its normalized words. */
  synonyms: string[][][];
  /**
   * Normalized phrases that name a kind of entry ("beratung" → services, "pdf" → publications),
   * in the index language and German: a query naming a kind prefers entries of that kind.
   */
  kindWords?: Record<string, string[]>;
  /**
   * Entries whose full texts use a word, for words the index holds for far fewer entries (it
   * keeps only each entry's rarest text words): a common word stays common to the engine.
   */
  common?: Record<string, number>;
  /** Labels for showing results: kind of entry, topics, districts, languages (in the index language). */
  labels: {
    kinds: Record<string, string>;
    topics: Record<string, string>;
    districts: Record<string, string>;
    /** Names of the languages entries are offered in (only those some entry has). */
    languages: Record<string, string>;
  };
  /** Opening-hours tables shared by entries (many offers use their provider's hours). */
  hours: HoursTable[];
  docs: SearchDoc[];
}

/** A regular week plus the days that differ from it (public holidays) in the coming weeks. */
export interface HoursTable {
  /** Monday … Sunday, each "0800-1200,1400-1800" or "" when closed. */
  w: string[];
  /** Days (YYYY-MM-DD) whose intervals differ from the regular week; "" = closed. */
  x?: Record<string, string>;
  /** Visitors only with an appointment. */
  ap?: 1;
}

/** One entry in the index. */
export interface SearchDoc {
  /** Entry id (unique across collections). */
  id: string;
  /** Collection, i.e. the kind of entry. */
  c: string;
  /** Title as shown (fields with `search: 'title'`). */
  t: string;
  /** "de" when the title is the German fallback of a missing translation. */
  tl?: string;
  /** The summary, shortened to one line for result cards (`summaryLineLength`). */
  s?: string;
  /** "de" when the summary is the German fallback of a missing translation. */
  sl?: string;
  /** 1 = machine-translated and not yet checked by a person (the result says so). */
  m?: 1;
  /** Page of a result that is no entry (the site's own publications and tools); entries live at `entryPath`. */
  p?: string;
  /**
   * Names of the entry, normalized, "|" between names: its short name or abbreviation
   * (`search: 'name'`). A query containing every word of one of them lists the entry first.
   */
  n?: string;
  /** Normalized words of the keyword fields (`search: 'keywords'`), words of `t` left out. */
  k?: string;
  /** Normalized words of the text fields (`search: 'text'`): the rarest few, words of `t` and `k` left out. */
  x?: string;
  /** Normalized German title and keywords (other languages only), so German words find entries too. */
  g?: string;
  /** Facet values by facet name (topics, target-groups, …, forms); see `facetNames`. */
  f?: Record<string, string[]>;
  /**
   * Facets on which the entry sets no condition although it could: a service for the whole
   * city, regardless of accommodation (schema fields with `emptyMeansAll`). Such an entry fits
   * every value of the facet.
   */
  u?: string[];
  /** 1 = free of charge, 0 = costs something; missing = the entry says nothing about cost. */
  fr?: 0 | 1;
  /** Age range [min, max]; null = open. Missing = all ages. */
  a?: [number | null, number | null];
  /** Indexes into `SearchIndex.hours`; open now when any of them is open. */
  h?: number[];
  /** 1 when a counsellor can put the entry on a referral slip (`isReferralTarget`). */
  r?: 1;
}

/**
 * The index as it travels: facet values are positions in `facets` (ids repeat on every entry,
 * positions are short). `decodeSearchIndex` turns it back into a `SearchIndex`.
 */
export interface WireSearchIndex extends Omit<SearchIndex, 'docs'> {
  facets: Record<string, string[]>;
  docs: (Omit<SearchDoc, 'f'> & { f?: Record<string, number[]> })[];
}

/** Encode an index for the wire. */
export function encodeSearchIndex(index: SearchIndex): WireSearchIndex {
  const facets: Record<string, string[]> = {};
  const position = (vocabulary: string, value: string) => {
    const list = (facets[vocabulary] ??= []);
    const at = list.indexOf(value);
    return at >= 0 ? at : list.push(value) - 1;
  };
  const docs = index.docs.map(({ f, ...doc }) =>
    f
      ? {
          ...doc,
          f: Object.fromEntries(
            Object.entries(f).map(([vocabulary, values]) => [vocabulary, values.map((value) => position(vocabulary, value))]),
          ),
        }
      : doc,
  );
  return { ...index, facets, docs };
}

/** Decode an index from the wire. */
export function decodeSearchIndex(wire: WireSearchIndex): SearchIndex {
  const { facets, ...rest } = wire;
  const docs = wire.docs.map(({ f, ...doc }) =>
    f
      ? {
          ...doc,
          f: Object.fromEntries(
            Object.entries(f).map(([vocabulary, positions]) => [vocabulary, positions.map((at) => facets[vocabulary]?.[at] ?? '')]),
          ),
        }
      : doc,
  );
  return { ...rest, docs };
}

/** Vocabularies offered as facets; their values are indexed per entry under `SearchDoc.f`. */
export const facetVocabularies = ['topics', 'target-groups', 'residence-statuses', 'languages', 'districts', 'cooperation-levels'] as const;
export type FacetVocabulary = (typeof facetVocabularies)[number];

/**
 * Fields of fixed values (schema enums) offered as facets, by field key, with the group of
 * their UI strings (`value.<group>.<value>`). Indexed under `SearchDoc.f` like vocabularies.
 */
export const facetEnums = { forms: 'form', accommodation: 'accommodation' } as const;
export type FacetEnum = keyof typeof facetEnums;

/** Every facet with a list of values: vocabularies first, then fixed-value fields. */
export const facetNames: readonly (FacetVocabulary | FacetEnum)[] = [...facetVocabularies, ...(Object.keys(facetEnums) as FacetEnum[])];
export type FacetName = FacetVocabulary | FacetEnum;

/** Longest summary line a result card shows (characters); longer summaries end in "…". */
export const summaryLineLength = 120;
