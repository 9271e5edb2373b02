import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { UiString, UiStrings } from '#src/i18n/ui-strings.ts';
import type { Vocabularies } from '#src/lib/content/validate-content.ts';

/**
 * Finds German interface text on a page in another language: a UI string or a vocabulary label
 * that is shown in German although the page's language should have its own. Entry texts that
 * fall back to German are not interface text; they carry `lang="de"` and are left alone.
 *
 * Honest and not brittle: a page text counts only when it is *exactly* a German string (after
 * collapsing white space), never when it merely contains a German word, so names and legal
 * terms inside translated sentences ("§ 81a AufenthG", "Jobcenter") never count; and only German
 * strings that differ from the page language's own version are looked for, so a word that is
 * the same in both ("PDF (A4)") cannot count either.
 */

/** A German text that must not stand on a page in another language. */
export interface GermanText {
  /** Where it comes from: "ui:nav.home" or "vocabulary:provider-types/behoerde". */
  source: string;
  kind: 'ui' | 'vocabulary';
  /** The German text; `{placeholders}` stand for any value. */
  text: string;
}

/** Vocabularies whose terms are named by the browser (Intl) where they have no label of their own. */
const namedByIntl = new Set(['languages']);

/** Every written form of a UI string (a plural has several). */
function formsOf(value: UiString): string[] {
  return typeof value === 'string' ? [value] : Object.values(value).filter((form): form is string => typeof form === 'string');
}

/** The German UI strings that a language has its own version of (German forms it does not share). */
export function germanUiStrings(german: UiStrings, own: UiStrings): GermanText[] {
  return (Object.keys(german) as (keyof UiStrings)[]).flatMap((key) => {
    const ownForms = new Set(formsOf(own[key]).map(normalizeText));
    return [...new Set(formsOf(german[key]))]
      .filter((form) => !ownForms.has(normalizeText(form)))
      .map((form) => ({ source: `ui:${key}`, kind: 'ui' as const, text: form }));
  });
}

/** German labels of vocabulary terms that have no label of their own in a language (or the German one). */
export function germanVocabularyLabels(vocabularies: Vocabularies, locale: string): GermanText[] {
  return Object.entries(vocabularies).flatMap(([name, terms]) =>
    namedByIntl.has(name)
      ? []
      : terms.flatMap((term) => {
          const german = term.label?.de;
          const own = term.label?.[locale];
          return german && (!own || normalizeText(own) === normalizeText(german))
            ? [{ source: `vocabulary:${name}/${term.id}`, kind: 'vocabulary' as const, text: german }]
            : [];
        }),
  );
}

/** White space collapsed (non-breaking spaces included) and trimmed, as a reader sees it. */
export function normalizeText(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Tells which German text a page text is, if any. */
export type GermanMatcher = (text: string) => GermanText | undefined;

const placeholder = /\{\w+\}/g;
/** A pattern needs this many letters of its own, or "{name}: {value}" would match everything. */
const minimumLetters = 3;

/**
 * A matcher for exact page texts: a German text without placeholders must equal the page text;
 * one with placeholders matches with any non-empty value in their place ("Stand: {date}" matches
 * "Stand: 3. März 2026", not "Stand"). Patterns with fewer than three letters of their own are
 * left out: they say nothing about the language.
 */
export function germanMatcher(texts: GermanText[]): GermanMatcher {
  const exact = new Map<string, GermanText>();
  // `needle`: the longest part of its own, which a text must contain before the pattern is tried.
  const patterns: { pattern: RegExp; needle: string; german: GermanText }[] = [];
  for (const german of texts) {
    const text = normalizeText(german.text);
    const literal = text.replace(placeholder, '');
    if ((literal.match(/\p{L}/gu) ?? []).length < minimumLetters) continue;
    if (literal === text) {
      if (!exact.has(text)) exact.set(text, german);
      continue;
    }
    const parts = text.split(placeholder);
    const source = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+');
    const needle = parts.reduce((longest, part) => (part.length > longest.length ? part : longest), '');
    patterns.push({ pattern: new RegExp(`^${source}$`, 'su'), needle, german });
  }
  return (text) => {
    const normalized = normalizeText(text);
    return exact.get(normalized) ?? patterns.find(({ pattern, needle }) => normalized.includes(needle) && pattern.test(normalized))?.german;
  };
}

/** A text a reader sees or hears on a page. */
export interface PageText {
  text: string;
  /** A short description of where it stands, for the failure message ("main > ul.card-list > li > p.card__meta"). */
  where: string;
  /**
   * Shown in German on purpose: "marked" when its own element carries `lang="de"` (how a label
   * or an entry title that falls back is marked), "inherited" when an ancestor does (a German
   * text block, a German column); undefined in the page language.
   */
  german?: 'marked' | 'inherited';
}

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content is no reading text. */
const skipped = new Set(['script', 'style', 'head']);
/** Attributes that are read out or shown instead of text. */
const textAttributes = ['aria-label', 'alt', 'title', 'placeholder'];
/** Elements that run inline with their text, so a sentence split by them is still one text. */
const phrasing = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'em',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);

const isElement = (node: Node): node is Element => 'tagName' in node;
const isText = (node: Node): node is DefaultTreeAdapterTypes.TextNode => node.nodeName === '#text';
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const childrenOf = (node: Node): Node[] => {
  if (isElement(node) && node.tagName === 'template') return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
};

function describe(element: Element): string {
  const id = attribute(element, 'id');
  const firstClass = attribute(element, 'class')?.split(/\s+/)[0];
  return `${element.tagName}${id ? `#${id}` : firstClass ? `.${firstClass}` : ''}`;
}

/**
 * The text of an inline run and how many text pieces make it, or undefined when the element
 * holds block content or German parts.
 */
function inlineText(element: Element): { text: string; pieces: number } | undefined {
  let text = '';
  let pieces = 0;
  for (const child of childrenOf(element)) {
    if (isText(child)) {
      text += child.value;
      if (child.value.trim()) pieces++;
    } else if (isElement(child)) {
      if (!phrasing.has(child.tagName) || attribute(child, 'lang')?.startsWith('de')) return undefined;
      if (child.tagName === 'br') text += ' ';
      else {
        const inner = inlineText(child);
        if (inner === undefined) return undefined;
        text += inner.text;
        pieces += inner.pieces;
      }
    }
  }
  return { text, pieces };
}

/**
 * The texts of an HTML page a reader meets: text nodes (also inside `<template>` and
 * `<noscript>`, and in hidden elements, which scripts show), whole inline runs such as
 * "Stand: <time>…</time>", the document title, and the attributes read out or shown instead
 * of text (aria-label, alt, title, placeholder, button values).
 */
export function pageTexts(html: string): PageText[] {
  const found: PageText[] = [];
  const add = (text: string, where: string, german: PageText['german']) => {
    const normalized = normalizeText(text);
    if (normalized && /\p{L}/u.test(normalized)) found.push({ text: normalized, where, ...(german ? { german } : {}) });
  };
  // `inGerman`: some ancestor (or the element itself) is marked lang="de" and nothing nearer says otherwise.
  // `inSentence`: the node stands in an inline run of several pieces, which is taken as a whole.
  const visit = (node: Node, path: string[], inGerman: boolean, markedHere = false, inSentence = false) => {
    const mark = (own: boolean): PageText['german'] => (own ? 'marked' : inGerman ? 'inherited' : undefined);
    if (isText(node)) {
      add(node.value, path.slice(-3).join(' > '), mark(markedHere));
      return;
    }
    if (!isElement(node)) {
      for (const child of childrenOf(node)) visit(child, path, inGerman);
      return;
    }
    const lang = attribute(node, 'lang')?.toLowerCase();
    const marked = lang?.startsWith('de') === true;
    const german = lang === undefined ? inGerman : marked;
    const here = [...path, describe(node)];
    const where = here.slice(-3).join(' > ');
    if (node.tagName === 'title') {
      add(
        childrenOf(node)
          .filter(isText)
          .map((text) => text.value)
          .join(''),
        where,
        german ? (marked ? 'marked' : 'inherited') : undefined,
      );
      return;
    }
    if (skipped.has(node.tagName)) return;
    // A German term isolated inside a translated sentence ("اتفاقية (<bdi>Kooperationsvereinbarung</bdi>)")
    // is part of that sentence, as the glossary asks: the sentence is checked, not the term alone.
    if (node.tagName === 'bdi' && inSentence && !marked) return;
    const ownMark: PageText['german'] = marked ? 'marked' : german ? 'inherited' : undefined;
    for (const name of textAttributes) {
      const value = attribute(node, name);
      if (value !== undefined) add(value, `${where}[${name}]`, ownMark);
    }
    if (node.tagName === 'input' && ['submit', 'button', 'reset'].includes(attribute(node, 'type') ?? '')) {
      add(attribute(node, 'value') ?? '', `${where}[value]`, ownMark);
    }
    const children = childrenOf(node);
    const run = children.some(isElement) ? inlineText(node) : undefined;
    if (children.some(isElement)) {
      // A run of one piece is that piece's text node, found anyway.
      if (run && run.pieces > 1) add(run.text, where, ownMark);
      else if (run && marked) add(run.text, where, ownMark);
    }
    const sentence = run !== undefined && run.pieces > 1;
    for (const child of children) visit(child, here, german, marked, sentence);
  };
  const document = parse(html, { scriptingEnabled: false });
  const head = document.childNodes.find(isElement)?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'head');
  const title = head?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'title');
  if (title) visit(title, [], false);
  visit(document, [], false);
  return found;
}

/** German interface text found on a page. */
export interface GermanLeak {
  text: string;
  source: string;
  where: string;
}

/**
 * The German interface texts among a page's texts. In the page language, every German UI
 * string and label counts. A German vocabulary label also counts where its own element is
 * marked `lang="de"`: that is how a label that falls back to German is shown, and labels must
 * never fall back (entry texts may, with the "German only" note). Text inside a marked German
 * block (an entry's German text, the German column for the receiving office) is German on
 * purpose and is not looked at.
 */
export function germanLeaks(texts: PageText[], match: GermanMatcher): GermanLeak[] {
  return texts.flatMap(({ text, where, german: shownInGerman }) => {
    if (shownInGerman === 'inherited') return [];
    const german = match(text);
    if (!german || (shownInGerman === 'marked' && german.kind !== 'vocabulary')) return [];
    return [{ text, source: german.source, where }];
  });
}
