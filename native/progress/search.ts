// Full-text search helpers: the user's words turned into a safe FTS5 query, and a hit located in the
// attempt's timed words so it can play from the matched moment. Both split and fold text the way the
// index's tokenizer does (unicode61, diacritics removed), so what the index finds can be located.

import type { TimedWord } from '../../common/report';

/** Words around the hit shown in the snippet, on each side. */
const SNIPPET_CONTEXT = 6;
export const MAX_QUERY_TERMS = 12;

/** Lower-case tokens without diacritics, split at anything but letters and digits ("Don't" → don, t). */
export function searchTokens(text: string): string[] {
  // Most transcripts are ASCII: a plain split skips the Unicode folding, which otherwise dominates a search.
  const tokens = !NON_ASCII.test(text)
    ? text.toLowerCase().split(/[^a-z0-9]+/)
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u);
  return tokens.filter((token) => token !== '');
}
const NON_ASCII = /\P{ASCII}/u;

/**
 * An FTS5 MATCH expression for the user's words: each token a quoted string (so FTS5 operators and quotes in
 * the input are plain text), all required, the last also as a prefix so results come while typing. Null
 * when there is nothing to search for.
 */
export function ftsQuery(input: string): string | null {
  const terms = searchTokens(input).slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return null;
  // Tokens hold letters and digits only, so no quote can reach the query.
  return terms.map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`)).join(' ');
}

export interface LocatedHit {
  /** Index of the word where the match starts. */
  wordIndex: number;
  atSec: number;
  /** The words around it, matched words between « and ». */
  snippet: string;
}

/**
 * Where the search terms occur in the words: the first place where they follow one another (the last as a
 * prefix); failing that, the first word holding any of them. Null when no word does.
 */
export function locateHit(words: readonly TimedWord[], input: string): LocatedHit | null {
  const terms = searchTokens(input).slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return null;
  const tokens: { token: string; word: number }[] = [];
  words.forEach((word, index) => {
    for (const token of searchTokens(word.text)) tokens.push({ token, word: index });
  });
  const matches = (token: string, k: number): boolean =>
    k === terms.length - 1 ? token.startsWith(terms[k]!) : token === terms[k];
  let first = -1;
  let last = -1;
  for (let i = 0; i + terms.length <= tokens.length && first < 0; i++) {
    if (terms.every((_, k) => matches(tokens[i + k]!.token, k)))
      [first, last] = [tokens[i]!.word, tokens[i + terms.length - 1]!.word];
  }
  if (first < 0) {
    const found = tokens.find(({ token }) => terms.some((term, k) => matches(token, k) || token === term));
    if (found === undefined) return null;
    first = last = found.word;
  }
  const from = Math.max(0, first - SNIPPET_CONTEXT);
  const to = Math.min(words.length, last + 1 + SNIPPET_CONTEXT);
  const text = (start: number, end: number): string =>
    words
      .slice(start, end)
      .map((word) => word.text.trim())
      .join(' ');
  const before = text(from, first);
  const after = text(last + 1, to);
  const snippet = `${from > 0 ? '… ' : ''}${before}${before ? ' ' : ''}«${text(first, last + 1)}»${after ? ` ${after}` : ''}${to < words.length ? ' …' : ''}`;
  return { wordIndex: first, atSec: words[first]!.start, snippet };
}
