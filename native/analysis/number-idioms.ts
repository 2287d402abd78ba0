// English idioms and proverbs built on a number ("two heads are better than one", "back to square one"): the
// number there counts nothing in the story, so it is never a metric. A lexicon of the language, kept to common
// fixed expressions whose wording does not vary.

import { findPhrases } from './phrases';
import type { Token } from './normalize';

const IDIOMS: ReadonlyArray<{ words: readonly string[] }> = [
  'two heads are better than one',
  'kill two birds with one stone',
  'two birds with one stone',
  'on cloud nine',
  'at sixes and sevens',
  'in two minds',
  'of two minds',
  'two sides of the same coin',
  'a dime a dozen',
  'six of one half a dozen of the other',
  'back to square one',
  'one step at a time',
  'one of a kind',
  'the whole nine yards',
  'a hundred and ten percent',
  'one hundred and ten percent',
  'worth a thousand words',
  'takes two to tango',
  "two wrongs don't make a right",
  'in one fell swoop',
  'put two and two together',
  'two peas in a pod',
  'forty winks',
  'a stitch in time saves nine',
  'catch-22',
  'catch twenty-two',
  'two left feet',
  'worth two in the bush',
  'one too many',
].map((idiom) => ({ words: idiom.split(' ') }));

/** Indices of the words that belong to a number idiom. */
export function idiomWords(tokens: readonly Token[]): ReadonlySet<number> {
  const words = new Set<number>();
  for (const { firstWord, lastWord } of findPhrases(tokens, IDIOMS)) {
    for (let word = firstWord; word <= lastWord; word += 1) words.add(word);
  }
  return words;
}
