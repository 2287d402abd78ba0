// Finds reflection: the speaker looking back on what they would change, what they learned, or how it changed
// the way they work ("since then I always…").

import { spanOf, type Token } from './normalize';
import { findPhrases, type Phrase } from './phrases';
import { sentenceOf, splitSentences } from './sentences';
import type { Span } from '../../common/report';

interface ReflectionPhrase extends Phrase {
  /** Next words that turn the phrase into something else: "I would have to…" is obligation, not hindsight. */
  notBefore?: ReadonlySet<string>;
}

/** A reflection whose sentence reaches into this last share of the answer closes it. */
const END_SHARE = 0.2;

const HINDSIGHT_MODALS = ['i would have', "i would've", "i'd have", "i'd've", 'i should have', "i should've"];

/** "We learned about it from a customer": finding something out, not a lesson. */
const LEARNED = ['i learned', "i've learned", 'we learned', "we've learned"];

const REFLECTION_PHRASES: readonly ReflectionPhrase[] = [
  'in hindsight', 'with hindsight', 'looking back', 'in retrospect', 'retrospectively',
  'next time i would', "next time i'd", "next time i'll", 'next time i will', 'next time we would', "next time we'd",
  "next time we'll", 'next time we will',
  'what i learned', 'the lesson', 'lesson learned', 'lessons learned', 'biggest lesson', 'key lesson', 'main lesson',
  'if i did it again', 'if i were to do it again', 'if i had to do it again', 'if i could do it again',
  "i'd do differently", 'i would do differently', "i'd do it differently", 'i would do it differently',
  "what i'd change", 'what i would change', "what i'd do differently", 'what i would do differently',
  'takeaway', 'takeaways', 'it taught me', 'that taught me', 'taught me to', 'taught me that',
  'since then i always', 'since then we always', 'now i always', 'these days i always', 'from then on',
  'stuck with me', 'what i took away', 'i took away', 'made me realize', 'made me realise',
]
  .map((text): ReflectionPhrase => ({ words: text.split(' ') }))
  .concat(HINDSIGHT_MODALS.map((text) => ({ words: text.split(' '), notBefore: new Set(['to']) })))
  .concat(LEARNED.map((text) => ({ words: text.split(' '), notBefore: new Set(['about', 'of']) })));

export function detectReflection(tokens: readonly Token[]): Span[] {
  const matches = findPhrases(tokens, REFLECTION_PHRASES, {
    accept: ({ phrase, lastWord }) => !(phrase.notBefore?.has(tokens[lastWord + 1]?.norm ?? '') ?? false),
  });
  return matches.map(({ firstWord, lastWord }) => spanOf(tokens, firstWord, lastWord));
}

/** Whether a reflection closes the answer: its sentence reaches into the last fifth of the speaking time. */
export function reflectionAtEnd(tokens: readonly Token[], items: readonly Span[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return false;
  const cutoff = last.end - END_SHARE * (last.end - first.start);
  const sentences = splitSentences(tokens);
  return items.some((item) => {
    const sentence = sentenceOf(sentences, item.firstWord);
    return (tokens[sentence?.lastWord ?? item.lastWord]?.end ?? 0) >= cutoff;
  });
}
