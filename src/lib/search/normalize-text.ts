/**
 * Text normalization shared by the index builder (build time) and the search engine (browser):
 * both sides must fold text identically, or a word in the index can never be found.
 *
 * Rules: lower case; diacritics dropped (é → e, й → и); German umlauts fold to their base
 * vowel and the ASCII spellings fold the same way, so "Ausländer", "Auslaender" and
 * "Auslander" are one word (ä = ae = a); ß = ss; Arabic and Persian letter variants unified
 * (alef forms, ta marbuta, alef maqsura, Persian yeh and kaf) and short vowels dropped.
 */

/** Single characters that need more than stripping combining marks. */
const charFolds: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  // Arabic script: spelling variants people use interchangeably when typing.
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ـ: '',
  // Apostrophes join: "citizen's" and "citizens" are one word.
  "'": '',
  '’': '',
  // Zero-width (non-)joiners join too: Persian writes "خارجی‌ها" with one, people type it with
  // or without, and a joiner must not split a word into a stem and a plural suffix.
  '\u200c': '',
  '\u200d': '',
};

const combiningMark = /\p{M}/u;
const wordChar = /[\p{L}\p{N}]/u;

const folded = new Map<string, string>();

/** Fold one character; may return '' (dropped) or two letters (ß → ss). Memoized: texts reuse few characters. */
function foldChar(char: string): string {
  let result = folded.get(char);
  if (result === undefined) folded.set(char, (result = foldUncached(char)));
  return result;
}

function foldUncached(char: string): string {
  const lower = char.toLowerCase();
  const special = charFolds[lower];
  if (special !== undefined) return special;
  // NFKD splits ä into a + U+0308, ﻻ into ل + ا, أ into ا + hamza; marks are then dropped.
  let out = '';
  for (const part of lower.normalize('NFKD')) if (!combiningMark.test(part)) out += part;
  return out;
}

/** Normalized text plus, for every output character, the index of its source character. */
interface MappedText {
  text: string;
  /** `map[i]` is the index in the original string of normalized character `i`. */
  map: number[];
}

/**
 * Normalize text and remember where each normalized character came from, so that matches
 * found in normalized text can be highlighted in the original.
 */
export function normalizeWithMap(source: string): MappedText {
  let text = '';
  const map: number[] = [];
  let index = 0;
  for (const char of source) {
    for (const folded of foldChar(char)) {
      // ae/oe/ue → a/o/u, so the ASCII spelling of an umlaut meets the umlaut (folded to its vowel).
      const previous = text[text.length - 1];
      if (folded === 'e' && (previous === 'a' || previous === 'o' || previous === 'u')) continue;
      text += folded;
      map.push(index);
    }
    index += char.length;
  }
  return { text, map };
}

/** Normalize text for searching (see the module comment for the rules); `normalizeWithMap` without the map. */
export function normalizeText(source: string): string {
  let text = '';
  for (const char of source) {
    for (const folded of foldChar(char)) {
      const previous = text[text.length - 1];
      if (folded === 'e' && (previous === 'a' || previous === 'o' || previous === 'u')) continue;
      text += folded;
    }
  }
  return text;
}

/** A word of normalized text with its position in that text. */
interface Token {
  word: string;
  start: number;
}

/**
 * Words of already normalized text: runs of letters and digits. Arabic words lose a leading
 * definite article (ال) so "الإقامة" finds "إقامة".
 */
export function tokenizeNormalized(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const isWord = i < text.length && wordChar.test(text[i] as string);
    if (isWord && start < 0) start = i;
    if (!isWord && start >= 0) {
      let word = text.slice(start, i);
      let offset = start;
      if (word.length >= 5 && word.startsWith('ال')) {
        word = word.slice(2);
        offset += 2;
      }
      tokens.push({ word, start: offset });
      start = -1;
    }
  }
  return tokens;
}

/** Normalized words of a text. */
export function wordsOf(source: string): string[] {
  return tokenizeNormalized(normalizeText(source)).map((token) => token.word);
}

/** Words that matter for search: normalized, without stop words and single letters, each once. */
export function meaningfulWords(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) if (word.length > 1 && !stopWords.has(word)) words.add(word);
  return [...words];
}

/**
 * Words that carry no meaning in a search ("was muss ich …", "my … soon"), per language,
 * written already normalized. They are dropped from queries that have other words, so
 * "aufenthaltstitel läuft ab was tun" ranks by "aufenthaltstitel" and "lauft".
 */
export const stopWords: ReadonlySet<string> = new Set(
  [
    // German
    'der die das den dem des ein eine einen einem einer und oder aber mit fur von vom zu zum zur in im am an auf aus bei ab bis ist sind war bin hat habe haben ich du er sie es wir ihr man mein meine meinen mir mich was wie wo wer wann warum tun muss mus kann will soll nicht kein keine nach uber als auch noch nur so sehr jetzt bitte gibt',
    // English
    // ("is" is left out: folded like every word it is the Turkish "iş", work)
    'a an the and or of to for in on at by with from my me i you your we our are am be do does did what how where who when why can need want soon please about',
    // Arabic (normalized: alef forms folded)
    'في من علي الي عن مع ما ماذا هل انا لي كيف اين',
    // Ukrainian and Russian
    'я в у на з до для що як де мені мій моя і та и с что как где мне мой моя',
    // Turkish: question words and particles people add to a search ("… ne yapmalıyım"); "nedir" (what is)
    // stays: it asks for an explanation, which the frequently asked questions give; "kim" and "ki"
    // stay too: they are KIM and KI, abbreviations of German integration offices
    've ile için bir bu şu ne neden nasıl nerede hangi mi mı mu mü da de ben benim bana',
    // Persian: particles, question words and the plural suffix typed apart ("خارجی ها")
    'در به از که با را این آن و یا برای چه چی چطور چگونه کجا من است هست ها های ای می تا یک هم',
    // Russian: prepositions and question words beyond those shared with Ukrainian above
    'по к о об от из за не ли это или а но меня мои какой какая какие кто куда когда почему нужно надо можно',
  ]
    .join(' ')
    .split(' ')
    .map((word) => normalizeText(word)),
);
