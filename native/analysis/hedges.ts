// Hedges and weak words: the phrases that soften a claim ("I think", "maybe", "kind of", "just"). Each is
// counted where it softens, not where the same words mean something else ("what kind of database",
// "just in case", "we had just launched").

import { spanOf, type Token } from './normalize';
import { findPhrases, phrasesOf } from './phrases';
import type { Span } from '../../common/report';

/** Hedges that leave a whole claim open: at the close of an answer they undo it (see ending.ts). */
const CLAIM_HEDGES = [
  'maybe',
  'perhaps',
  'probably',
  'i guess',
  'i suppose',
  'i think',
  'i feel like',
  'sort of',
  'kind of',
  'kinda',
  'sorta',
];

/** Hedges that soften one word ("just", "hopefully"), not the claim. */
const WORD_SOFTENERS = ['somewhat', 'hopefully', 'a little bit', 'just'];

const HEDGES = phrasesOf([...CLAIM_HEDGES, ...WORD_SOFTENERS]);
const CLAIM_HEDGE_SET: ReadonlySet<string> = new Set(CLAIM_HEDGES);

/** Whether a hedge's words (normalised, space-joined) leave the whole claim open. */
export function isClaimHedge(words: string): boolean {
  return CLAIM_HEDGE_SET.has(words);
}

/** "What kind of database", "that sort of test": a type of thing after a determiner, not a softener. */
const DETERMINERS = new Set([
  'what',
  'which',
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'some',
  'any',
  'every',
  'each',
  'one',
  'same',
  'other',
  'different',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'no',
  "what's",
  'whatever',
]);

/** "Had just launched": "just" meaning "a moment ago". "I'd" may be "I had" or "I would": see isParticiple. */
const PERFECT_AUXILIARIES = new Set(['had', 'have', 'has', "i've", "we've", "they've", "you've"]);

const IRREGULAR_PARTICIPLES = new Set(['done', 'made', 'built', 'left', 'got', 'sent', 'run', 'begun', 'come', 'gone', 'seen']);

function isParticiple(norm: string | undefined): boolean {
  return norm !== undefined && (IRREGULAR_PARTICIPLES.has(norm) || /\p{L}{2,}(ed|en)$/u.test(norm));
}

/** "Just in case", "just as fast", "just like", "just those numbers", "just now": "just" meaning exactly or only. */
const JUST_NOT_BEFORE = new Set([
  'in',
  'as',
  'like',
  'now',
  'then',
  'those',
  'these',
  'the',
  'a',
  'an',
  'one',
  'two',
  'three',
  'that',
  'this',
  'right',
  'about',
  'before',
  'after',
  'under',
  'over',
]);

/** "I think about", "I think of it as": thinking, not hedging. */
const THINK_NOT_BEFORE = new Set(['about', 'of', 'through']);

function softens(tokens: readonly Token[], words: readonly string[], firstWord: number, lastWord: number): boolean {
  const previous = tokens[firstWord - 1]?.norm;
  const next = tokens[lastWord + 1]?.norm;
  const key = words.join(' ');
  if (key === 'kind of' || key === 'sort of') return previous === undefined || !DETERMINERS.has(previous);
  if (key === 'just') {
    const numeral = next !== undefined && /^[$€£]?\d/.test(next);
    const perfect =
      previous !== undefined && (PERFECT_AUXILIARIES.has(previous) || (previous.endsWith("'d") && isParticiple(next)));
    return !numeral && !perfect && (next === undefined || !JUST_NOT_BEFORE.has(next));
  }
  if (key === 'i think') return next === undefined || !THINK_NOT_BEFORE.has(next);
  return true;
}

export function detectHedges(tokens: readonly Token[]): Span[] {
  const matches = findPhrases(tokens, HEDGES, {
    accept: ({ phrase, firstWord, lastWord }) => softens(tokens, phrase.words, firstWord, lastWord),
  });
  return matches.map(({ firstWord, lastWord }) => spanOf(tokens, firstWord, lastWord));
}
