// Finds reflection: the speaker looking back on what they would change or what they learned.

import { spanOf, type Token } from './normalize';
import { findPhrases, type Phrase } from './phrases';
import type { Span } from './types';

interface ReflectionPhrase extends Phrase {
  /** A next word that turns the phrase into something else: "I would have to…" is obligation, not hindsight. */
  notBefore?: string;
}

const HINDSIGHT_MODALS = ['i would have', "i would've", "i'd have", "i'd've", 'i should have', "i should've"];

const REFLECTION_PHRASES: readonly ReflectionPhrase[] = [
  'in hindsight', 'with hindsight', 'looking back', 'in retrospect', 'retrospectively',
  'next time i would', "next time i'd", "next time i'll", 'next time i will', 'next time we would', "next time we'd",
  "next time we'll", 'next time we will',
  'what i learned', 'i learned', "i've learned", 'we learned', "we've learned",
  'the lesson', 'lesson learned', 'lessons learned', 'biggest lesson', 'key lesson', 'main lesson',
  'if i did it again', 'if i were to do it again', 'if i had to do it again', 'if i could do it again',
  "i'd do differently", 'i would do differently', "i'd do it differently", 'i would do it differently',
  "what i'd change", 'what i would change', "what i'd do differently", 'what i would do differently',
  'takeaway', 'takeaways',
]
  .map((text): ReflectionPhrase => ({ words: text.split(' ') }))
  .concat(HINDSIGHT_MODALS.map((text) => ({ words: text.split(' '), notBefore: 'to' })));

export function detectReflection(tokens: readonly Token[]): Span[] {
  const matches = findPhrases(tokens, REFLECTION_PHRASES, {
    accept: ({ phrase, lastWord }) => phrase.notBefore === undefined || tokens[lastWord + 1]?.norm !== phrase.notBefore,
  });
  return matches.map(({ firstWord, lastWord }) => spanOf(tokens, firstWord, lastWord));
}
