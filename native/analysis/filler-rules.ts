// Context rules for fillers that are also ordinary words. Each rule receives a candidate match and says
// whether, here, the word is a filler. Precision first: when unsure, the word is not a filler.

import { endsClause, endsSentence, gapBefore, readsAt, type Token } from './normalize';
import { startsNumber } from './numbers';

type FillerRule = (tokens: readonly Token[], firstWord: number, lastWord: number) => boolean;

/** A silence this long before a word starts a new sentence even without punctuation. */
const SENTENCE_GAP_SEC = 1;

/** "so that", "so much", "so many", "so far": purpose or intensifier, not a discourse marker. */
const SO_NOT_FILLER_BEFORE = new Set(['that', 'much', 'many', 'far']);

/** Words after which "like" is a verb ("I'd like", "would like") or a preposition ("looks like", "things like"). */
const LIKE_VERB_OR_PREPOSITION_AFTER = new Set([
  'i', 'you', 'we', 'they', 'he', 'she', 'people',
  'would', 'could', 'should', 'might', 'will', 'do', 'does', 'did', "don't", "doesn't", "didn't", 'to', 'not', 'really', 'also',
  'just', 'exactly', 'more', 'much', 'something', 'anything', 'nothing', 'everything', 'things', 'stuff',
  'feel', 'feels', 'felt', 'look', 'looks', 'looked', 'seem', 'seems', 'seemed', 'sound', 'sounds', 'sounded',
]);

/** Words before which "like" compares ("like a cache", "like what we did", "like I said"). */
const LIKE_COMPARISON_BEFORE = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'his', 'her', 'their', 'its',
  'it', 'me', 'him', 'us', 'them', 'i', 'what', 'how',
]);

/** Words before "you know" that make it a real question or statement ("do you know", "as you know"). */
const YOU_KNOW_LITERAL_AFTER = new Set([
  'do', 'does', 'did', "don't", "doesn't", "didn't", 'if', 'whether', 'as', 'let', 'would', 'could', 'will', 'might',
]);

/** Objects of a literal "you know" ("you know that…", "you know the system"). */
const YOU_KNOW_OBJECT_BEFORE = new Set([
  'that', 'what', 'how', 'why', 'where', 'when', 'who', 'which', 'whether', 'if', 'the', 'a', 'an', 'this', 'these',
  'those', 'about', 'him', 'her', 'them', 'it', 'me', 'us', 'my', 'your', 'our', 'their', 'his', 'everyone',
  'everybody', 'someone', 'somebody',
]);

function previousIsVerbContext(previous: Token): boolean {
  return LIKE_VERB_OR_PREPOSITION_AFTER.has(previous.norm) || previous.norm.endsWith("'d") || previous.norm.endsWith("'ll");
}

/** "So" opening a sentence ("So, we shipped it") rather than meaning "therefore" mid-sentence or "so that". */
const isDiscourseSo: FillerRule = (tokens, firstWord) => {
  const so = tokens[firstWord];
  const previous = tokens[firstWord - 1];
  if (so === undefined) return false;
  const opensSentence =
    previous === undefined || endsSentence(previous.raw) || gapBefore(tokens, firstWord) >= SENTENCE_GAP_SEC;
  if (!opensSentence) return false;
  // A comma after "so" marks it as a discourse marker even before "that": "So, that was the plan."
  if (endsClause(so.raw)) return true;
  const next = tokens[firstWord + 1];
  return next === undefined || !SO_NOT_FILLER_BEFORE.has(next.norm);
};

/** "Like" as a filler ("it was, like, slow") rather than a verb ("I'd like to") or a comparison ("like a queue"). */
const isFillerLike: FillerRule = (tokens, firstWord) => {
  const like = tokens[firstWord];
  const previous = tokens[firstWord - 1];
  const next = tokens[firstWord + 1];
  if (like === undefined) return false;
  // A comma or pause before "like" detaches it from the word before, so that word cannot make it a verb.
  const detachedBefore =
    previous === undefined || endsClause(previous.raw) || gapBefore(tokens, firstWord) >= SENTENCE_GAP_SEC;
  if (!detachedBefore && previousIsVerbContext(previous)) return false;
  if (endsClause(like.raw) || next === undefined) return true;
  return !LIKE_COMPARISON_BEFORE.has(next.norm) && !startsNumber(next.raw);
};

/** "You know" as a filler ("we had, you know, no tests") rather than a question ("do you know the answer"). */
const isFillerYouKnow: FillerRule = (tokens, firstWord, lastWord) => {
  const previous = tokens[firstWord - 1];
  const know = tokens[lastWord];
  const next = tokens[lastWord + 1];
  if (know === undefined) return false;
  if (previous !== undefined && !endsClause(previous.raw) && YOU_KNOW_LITERAL_AFTER.has(previous.norm)) return false;
  if (endsClause(know.raw) || next === undefined) return true;
  // "You know what I mean" asks nothing: it is the filler at its fullest.
  if (readsAt(tokens, lastWord + 1, ['what', 'i', 'mean'])) return true;
  return !YOU_KNOW_OBJECT_BEFORE.has(next.norm);
};

/** Entries of the filler list that need a context rule; every other entry counts wherever it appears. */
export const FILLER_RULES: ReadonlyMap<string, FillerRule> = new Map([
  ['so', isDiscourseSo],
  ['like', isFillerLike],
  ['you know', isFillerYouKnow],
]);
