// Counts lexical fillers from the user's list, single words and phrases alike.

import { FILLER_RULES } from './filler-rules';
import { canonicalHesitation } from './hesitations';
import { normalizeWord, spanOf, type Token } from './normalize';
import { findPhrases, type Phrase } from './phrases';
import type { Span } from '../../common/report';

interface FillerPhrase extends Phrase {
  /** The entry's words joined by single spaces: how context rules are looked up. */
  key: string;
}

/** Splits each list entry into normalized words; spelling variants of hesitations match their plain form. */
function fillerPhrases(fillerWords: readonly string[]): FillerPhrase[] {
  return fillerWords.map((entry, index) => {
    const words = entry
      .split(/\s+/)
      .map(normalizeWord)
      .filter((word) => word !== '')
      .map(canonicalHesitation);
    if (words.length === 0) throw new Error(`analysis: filler word ${index + 1} ('${entry}') has no letters`);
    return { words, key: words.join(' ') };
  });
}

export function detectFillers(tokens: readonly Token[], fillerWords: readonly string[]): Span[] {
  const matches = findPhrases(tokens, fillerPhrases(fillerWords), {
    keyOf: canonicalHesitation,
    accept: ({ phrase, firstWord, lastWord }) => FILLER_RULES.get(phrase.key)?.(tokens, firstWord, lastWord) ?? true,
  });
  return matches.map(({ firstWord, lastWord }) => spanOf(tokens, firstWord, lastWord));
}
