import { openState } from '../../lib/search/open-now.ts';
import { highlightRanges, type SearchHit, type WordMatch } from '../../lib/search/search-engine.ts';
import type { SearchIndex } from '../../lib/search/search-index-types.ts';
import { entryPath } from '../../lib/paths.ts';
import type { CollectionName } from '../../schema/names.ts';

/** Translated words a result needs; they travel from the page in a data attribute. */
export interface HitStrings {
  openNow: string;
  closedNow: string;
  appointment: string;
}

/** Append text to an element with the matched parts wrapped in <mark>. */
export function appendHighlighted(parent: HTMLElement, text: string, matched: ReadonlyMap<string, WordMatch>): void {
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

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * One result as a list item: linked title with the matched words highlighted, then kind,
 * topic, district and "open now", and (except in the compact header list) the "add to referral"
 * toggle. Built with DOM methods, never from HTML strings, so no content can inject markup.
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
  const item = document.createElement('li');
  item.className = 'search-hit';
  const link = document.createElement('a');
  link.href = doc.p ?? entryPath(index.locale, doc.c as CollectionName, doc.id);
  link.className = 'search-hit__title';
  link.id = `hit-${doc.id}`;
  if (doc.tl) link.lang = doc.tl;
  appendHighlighted(link, doc.t, matched);
  item.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-hit__meta';
  const parts: HTMLElement[] = [span('search-hit__kind', index.labels.kinds[doc.c] ?? doc.c)];
  const topic = doc.f?.['topics']?.[0];
  if (topic && index.labels.topics[topic] && !compact) parts.push(span('search-hit__topic', index.labels.topics[topic] as string));
  const districts = (doc.f?.['districts'] ?? []).map((id) => index.labels.districts[id] ?? id);
  if (districts.length > 0) parts.push(span('search-hit__district', districts.slice(0, 2).join(', ')));
  const state = openState(doc, index, now);
  if (state) {
    const label = state === 'open' ? strings.openNow : state === 'appointment' ? strings.appointment : strings.closedNow;
    parts.push(span(`search-hit__open search-hit__open--${state}`, label));
  }
  parts.forEach((part, position) => {
    if (position > 0) meta.append(' · ');
    meta.append(part);
  });
  item.append(meta);

  // The site's own publications and tools (`doc.p`) are no entries to refer a client to.
  if (!compact && !doc.p) {
    // Labels come from <ReferralLabels /> on the page; the page has one link to the slip.
    const toggle = document.createElement('lotse-referral-toggle');
    toggle.className = 'referral-toggle';
    toggle.dataset['entry'] = doc.id;
    toggle.dataset['buttonOnly'] = '';
    toggle.dataset['describedBy'] = link.id;
    item.append(toggle);
  }
  return item;
}

/** Pick the plural form of a count for a language. */
export function plural(forms: Record<string, string>, count: number, lang: string): string {
  const form = new Intl.PluralRules(lang).select(count);
  return (forms[form] ?? forms['other'] ?? '').replace('{count}', String(count));
}
