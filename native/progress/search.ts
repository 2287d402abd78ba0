// Full-text search helpers: the user's words turned into a safe FTS5 query, and a hit located in the
// attempt's timed words so it can play from the matched moment.

import type { TimedWord } from '../../common/report';
import { normaliseWord } from '../../common/diff/word-diff';

/** Words around the hit shown in the snippet, on each side. */
const SNIPPET_CONTEXT = 6;
export const MAX_QUERY_TERMS = 12;

/** The terms of a search, normalised as the diff compares words. */
export function searchTerms(input: string): string[] {
  return input
    .split(/\s+/)
    .map(normaliseWord)
    .filter((term) => term !== '')
    .slice(0, MAX_QUERY_TERMS);
}

/**
 * An FTS5 MATCH expression for the user's words: each term a quoted string (so FTS5 operators and quotes in
 * the input are plain text), all required, the last one also as a prefix so results come while typing.
 * Null when there is nothing to search for.
 */
export function ftsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  // normaliseWord leaves letters and digits only, so no quote can reach the query.
  return terms.map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`)).join(' ');
}

export interface LocatedHit {
  /** Index of the first word of the first place where the terms occur in order. */
  wordIndex: number;
  atSec: number;
  /** The words around it, matched words between « and ». */
  snippet: string;
}

/**
 * Where the search terms occur in the words: the first run of consecutive words matching the terms (the
 * last as a prefix); failing that, the first word matching any term. Null when no word matches.
 */
export function locateHit(words: readonly TimedWord[], input: string): LocatedHit | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  const keys = words.map((word) => normaliseWord(word.text));
  const matches = (key: string, k: number): boolean => (k === terms.length - 1 ? key.startsWith(terms[k]!) : key === terms[k]);
  let start = -1;
  let length = 0;
  for (let i = 0; i + terms.length <= keys.length && start < 0; i++) {
    if (terms.every((_, k) => matches(keys[i + k]!, k))) [start, length] = [i, terms.length];
  }
  if (start < 0) {
    start = keys.findIndex((key) => terms.some((term, k) => matches(key, k) || key === term));
    length = 1;
  }
  if (start < 0) return null;
  const from = Math.max(0, start - SNIPPET_CONTEXT);
  const to = Math.min(words.length, start + length + SNIPPET_CONTEXT);
  const text = (slice: readonly TimedWord[]): string => slice.map((word) => word.text.trim()).join(' ');
  const snippet = [
    from > 0 ? '… ' : '',
    text(words.slice(from, start)),
    `${start > from ? ' ' : ''}«${text(words.slice(start, start + length))}»`,
    to > start + length ? ` ${text(words.slice(start + length, to))}` : '',
    to < words.length ? ' …' : '',
  ].join('');
  return { wordIndex: start, atSec: words[start]!.start, snippet };
}
