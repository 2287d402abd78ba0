// Finds word phrases ("you know", "in hindsight") in a token sequence.
// Matches never overlap; at each position the longest phrase wins, so "what I learned" beats "I learned".
// A phrase word ending in "*" matches any word it begins ("fail*": fail, failed, failover), so cue lists stay
// short; user filler lists cannot contain one, since normalizing strips punctuation.

import { endsSentence, type Token } from './normalize';

export interface Phrase {
  /** Normalized words, in order; a trailing "*" makes a word a prefix. */
  words: readonly string[];
}

export interface PhraseMatch<P extends Phrase> {
  phrase: P;
  firstWord: number;
  lastWord: number;
}

export interface PhraseSearch<P extends Phrase> {
  /** How a token's normalized text is compared with a phrase word (e.g. "umm" → "um"). Identity by default. */
  keyOf?: (norm: string) => string;
  /** Context check run on a candidate; rejected candidates let shorter phrases and later positions try. */
  accept?: (match: PhraseMatch<P>) => boolean;
}

export function findPhrases<P extends Phrase>(
  tokens: readonly Token[],
  phrases: readonly P[],
  search: PhraseSearch<P> = {},
): PhraseMatch<P>[] {
  const keyOf = search.keyOf ?? ((norm: string) => norm);
  const accept = search.accept ?? (() => true);
  const keys = tokens.map((token) => keyOf(token.norm));
  const longestFirst = [...phrases].sort((a, b) => b.words.length - a.words.length);
  const matches: PhraseMatch<P>[] = [];
  let at = 0;
  while (at < tokens.length) {
    const match = longestFirst
      .filter((phrase) => phraseAt(tokens, keys, at, phrase.words))
      .map((phrase) => ({ phrase, firstWord: at, lastWord: at + phrase.words.length - 1 }))
      .find(accept);
    if (match === undefined) {
      at += 1;
    } else {
      matches.push(match);
      at = match.lastWord + 1;
    }
  }
  return matches;
}

function phraseAt(tokens: readonly Token[], keys: readonly string[], at: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return words.every((word, offset) => {
    const token = tokens[at + offset];
    const key = keys[at + offset];
    if (token === undefined || key === undefined || !wordMatches(word, key)) return false;
    // A phrase may carry a comma ("next time, I'll") but not run across the end of a sentence.
    return offset === words.length - 1 || !endsSentence(token.raw);
  });
}

function wordMatches(word: string, key: string): boolean {
  return word.endsWith('*') ? key.startsWith(word.slice(0, -1)) : key === word;
}

/** Phrases from plain text ("roll back", "fail*"), for cue lists written as strings. */
export function phrasesOf(texts: readonly string[]): Phrase[] {
  return texts.map((text) => ({ words: text.split(' ') }));
}
