import { directionOf } from '#src/i18n/locales.ts';
import { appendBidi } from '#src/lib/bidi/append-bidi.ts';
import { describeOpenStatus, type OpenStatusLabels } from '#src/lib/open-status.ts';
import { entryOpenStatus } from '#src/lib/search/open-now.ts';
import { highlightRanges, type SearchHit, type WordMatch } from '#src/lib/search/search-engine.ts';
import type { SearchDoc, SearchIndex } from '#src/lib/search/search-index-types.ts';
import { entryPath } from '#src/lib/paths.ts';
import type { MarkWords } from '#src/lib/translation-marks.ts';
import type { CollectionName } from '#src/schema/names.ts';
import { appendTranslationMarks } from '../translation-marks.ts';

/** Translated words a result needs; they travel from the page in a data attribute. */
export interface HitStrings {
  /** The open-status sentences of the entry pages (`hours.*`). */
  hours: OpenStatusLabels;
  free: string;
  costs: string;
  /** "Sprachen: {list}". */
  languages: string;
  yearsFrom: string;
  yearsUpTo: string;
  yearsRange: string;
  /** "German only" and "machine-translated" next to an entry. */
  marks: MarkWords;
  /** Intl locale of the page, for numbers, lists and clock times. */
  intl: string;
}

/** Append text to an element with the matched parts wrapped in <mark>. */
function appendHighlighted(parent: HTMLElement, text: string, matched: ReadonlyMap<string, WordMatch>): void {
  let position = 0;
  for (const [from, to] of highlightRanges(text, matched)) {
    if (from < position) continue;
    parent.append(text.slice(position, from));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(from, to);
    parent.append(mark);
    position = to;
  }
  parent.append(text.slice(position));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The age range of an entry as the entry pages write it ("ab 27 Jahren", "12 bis 26 Jahre"). */
function ageText(range: SearchDoc['a'], strings: HitStrings): string | undefined {
  if (!range) return undefined;
  const number = new Intl.NumberFormat(strings.intl);
  const [min, max] = range;
  const fill = (template: string) =>
    template.replace('{min}', min === null ? '' : number.format(min)).replace('{max}', max === null ? '' : number.format(max));
  if (min !== null && max !== null) return fill(strings.yearsRange);
  if (min !== null) return fill(strings.yearsFrom);
  if (max !== null) return fill(strings.yearsUpTo);
  return undefined;
}

/**
 * The facts a result answers at a glance: free or cost, ages, languages spoken, district.
 * Each is a short text; the card separates them with a middle dot.
 */
function factsOf(doc: SearchDoc, index: SearchIndex, strings: HitStrings, compact: boolean): HTMLElement[] {
  const facts: HTMLElement[] = [];
  if (doc.fr !== undefined)
    facts.push(element('span', `search-hit__cost search-hit__cost--${doc.fr ? 'free' : 'paid'}`, doc.fr ? strings.free : strings.costs));
  const ages = ageText(doc.a, strings);
  if (ages) facts.push(element('span', 'search-hit__ages', ages));
  const languages = (doc.f?.['languages'] ?? []).map((id) => index.labels.languages[id] ?? id);
  if (languages.length > 0) {
    const list = new Intl.ListFormat(strings.intl, { style: 'narrow', type: 'unit' }).format(languages);
    facts.push(element('span', 'search-hit__languages', strings.languages.replace('{list}', list)));
  }
  const districts = (doc.f?.['districts'] ?? []).map((id) => index.labels.districts[id] ?? id);
  if (districts.length > 0 && !compact) facts.push(element('span', 'search-hit__district', districts.slice(0, 2).join(', ')));
  return facts;
}

/**
 * One result as a list item that answers at a glance: kind, linked title with the matched
 * words highlighted, one summary line, free or cost, ages, languages spoken, the open status
 * in the very words of the entry page, and (not in the compact header list, and only on
 * entries one can refer a client to) a small "add to referral" toggle. Built with DOM methods,
 * never from HTML strings, so no content can inject markup.
 */
export function renderSearchHit(
  hit: SearchHit,
  index: SearchIndex,
  matched: ReadonlyMap<string, WordMatch>,
  strings: HitStrings,
  now: Date,
  compact = false,
): HTMLLIElement {
  const { doc } = hit;
  const item = element('li', 'search-hit');
  item.dataset['entry'] = doc.id;
  const kind = element('p', 'search-hit__kind', index.labels.kinds[doc.c] ?? doc.c);
  appendTranslationMarks(kind, { germanOnly: Boolean(doc.tl || doc.sl), machine: doc.m === 1 }, strings.marks);
  item.append(kind);
  const link = element('a', 'search-hit__title');
  link.href = doc.p ?? entryPath(index.locale, doc.c as CollectionName, doc.id);
  link.id = `hit-${compact ? 'panel-' : ''}${doc.id}`;
  // German fallback on an Arabic page reads left to right, punctuation included; a translated
  // right-to-left title has its numbers and German terms isolated.
  if (doc.tl) Object.assign(link, { lang: doc.tl, dir: directionOf(doc.tl) });
  appendBidi(link, doc.t, directionOf(doc.tl ?? index.locale), (target, piece) => appendHighlighted(target, piece, matched));
  item.append(link);

  if (doc.s) {
    const summary = element('p', 'search-hit__summary', doc.s);
    if (doc.sl) Object.assign(summary, { lang: doc.sl, dir: directionOf(doc.sl) });
    item.append(summary);
  }

  const facts = factsOf(doc, index, strings, compact);
  if (facts.length > 0) {
    const line = element('p', 'search-hit__facts');
    facts.forEach((fact, position) => {
      if (position > 0) line.append(element('span', 'search-hit__dot', ' · '));
      line.append(fact);
    });
    item.append(line);
  }

  const open = entryOpenStatus(doc, index, now);
  const sentence = open ? describeOpenStatus(open.status, open.today, open.appointmentOnly, strings.hours, strings.intl) : '';
  if (open && sentence) {
    const state = open.status.state === 'open' ? (open.appointmentOnly ? 'appointment' : 'open') : 'closed';
    item.append(element('p', `search-hit__open search-hit__open--${state}`, sentence));
  }

  if (!compact && doc.r) {
    // Labels come from <ReferralLabels /> on the page; the page has one link to the slip.
    const toggle = document.createElement('lotse-referral-toggle');
    toggle.className = 'referral-toggle referral-toggle--quiet search-hit__referral';
    toggle.dataset['entry'] = doc.id;
    toggle.dataset['buttonOnly'] = '';
    toggle.dataset['describedBy'] = link.id;
    item.append(toggle);
  }
  return item;
}

/** Pick the plural form of a count for a language; the count is written as the language writes numbers. */
export function plural(forms: Record<string, string>, count: number, lang: string): string {
  const form = new Intl.PluralRules(lang).select(count);
  return (forms[form] ?? forms['other'] ?? '').replace('{count}', new Intl.NumberFormat(lang).format(count));
}
