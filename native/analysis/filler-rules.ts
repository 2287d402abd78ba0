// Context rules for fillers that are also ordinary words. Each rule receives a candidate match and says
// whether, here, the word is a filler. Precision first: when unsure, the word is not a filler.

import { isPastVerb } from './grammar';
import { isHesitation } from './hesitations';
import { endsClause, gapBefore, readsAt, type Token } from './normalize';
import { startsNumber } from './numbers';
import { NOT_PLURAL } from './plural';
import { opensSentence, SENTENCE_GAP_SEC } from './sentences';

type FillerRule = (tokens: readonly Token[], firstWord: number, lastWord: number) => boolean;

/** "so much", "so many", "so far": an intensifier or a phrase, not a discourse marker. */
const SO_NOT_FILLER_BEFORE = new Set(['much', 'many', 'far']);

/** Words that open a clause after "so that": then "so that" states a purpose ("so that we could ship"). */
const CLAUSE_SUBJECTS = new Set([
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  'the',
  'a',
  'an',
  'our',
  'my',
  'your',
  'their',
  'his',
  'her',
  'its',
  'everyone',
  'everybody',
  'nobody',
  'people',
  'users',
  'customers',
  'each',
  'every',
  'this',
  'these',
  'those',
]);

/** Interjections that may come before a sentence-initial "so" ("Okay, so…", "Um, so…"). */
const OPENING_INTERJECTIONS = new Set(['okay', 'ok', 'alright', 'well', 'yeah', 'right', 'oh']);

/** Words after which "like" is a verb ("I'd like", "would like") or a preposition ("looks like", "things like"). */
const LIKE_VERB_OR_PREPOSITION_AFTER = new Set([
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'people',
  'would',
  'could',
  'should',
  'might',
  'will',
  'do',
  'does',
  'did',
  "don't",
  "doesn't",
  "didn't",
  'to',
  'not',
  'really',
  'also',
  'just',
  'exactly',
  'more',
  'much',
  'something',
  'anything',
  'nothing',
  'everything',
  'things',
  'stuff',
  'feel',
  'feels',
  'felt',
  'look',
  'looks',
  'looked',
  'seem',
  'seems',
  'seemed',
  'sound',
  'sounds',
  'sounded',
  'work',
  'works',
  'worked',
  'behave',
  'behaves',
  'behaved',
  'act',
  'acts',
  'acted',
]);

/** Words before which "like" compares ("like a cache", "like what we did", "like I said"). */
const LIKE_COMPARISON_BEFORE = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'my',
  'your',
  'our',
  'his',
  'her',
  'their',
  'its',
  'it',
  'me',
  'him',
  'us',
  'them',
  'i',
  'what',
  'how',
]);

/** Possession verbs: "we had like a dual-write thing" is never a comparison, so "like" there is a filler. */
const HAVE_FORMS = new Set(['have', 'has', 'had', 'got', 'get']);

/** Words before "you know" that make it a real question or statement ("do you know", "as you know"). */
const YOU_KNOW_LITERAL_AFTER = new Set([
  'do',
  'does',
  'did',
  "don't",
  "doesn't",
  "didn't",
  'if',
  'whether',
  'as',
  'let',
  'would',
  'could',
  'will',
  'might',
]);

/** Objects of a literal "you know" ("you know that…", "you know the system"). */
const YOU_KNOW_OBJECT_BEFORE = new Set([
  'that',
  'what',
  'how',
  'why',
  'where',
  'when',
  'who',
  'which',
  'whether',
  'if',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'about',
  'him',
  'her',
  'them',
  'it',
  'me',
  'us',
  'my',
  'your',
  'our',
  'their',
  'his',
  'everyone',
  'everybody',
  'someone',
  'somebody',
]);

/** "What I mean", "do I mean": "I mean" as a verb with its own object. */
const I_MEAN_LITERAL_AFTER = new Set(['what', 'which', 'do', 'did', "don't", "didn't"]);
/** "I mean it", "I mean to", "I mean by": the speaker means something, not restarting. */
const I_MEAN_LITERAL_BEFORE = new Set(['it', 'to', 'by']);

/** Before a tag "right?": these make it a real question ("is that right?", "that's right?"). */
const RIGHT_LITERAL_AFTER = new Set(['that', "that's", 'is', "it's", 'was', 'all', 'not', 'exactly', 'turn', 'the']);

function previousIsVerbContext(previous: Token): boolean {
  return LIKE_VERB_OR_PREPOSITION_AFTER.has(previous.norm) || previous.norm.endsWith("'d") || previous.norm.endsWith("'ll");
}

/** The sentence starts at `index`, perhaps after interjections and hesitations ("Okay, so", "Um, so"). */
function opensAfterInterjections(tokens: readonly Token[], index: number): boolean {
  let at = index;
  while (!opensSentence(tokens, at)) {
    const previous = tokens[at - 1];
    if (previous === undefined || !(OPENING_INTERJECTIONS.has(previous.norm) || isHesitation(previous.norm))) return false;
    at -= 1;
  }
  return true;
}

/** "kind of" or "sort of" right before the "like" at `index`, unbroken by punctuation. */
function softensLike(tokens: readonly Token[], index: number): boolean {
  const hedge = tokens[index - 2];
  const of = tokens[index - 1];
  const joinedHedge = hedge !== undefined && of !== undefined && !endsClause(hedge.raw) && !endsClause(of.raw);
  const beforeHedge = tokens[index - 3];
  return (
    joinedHedge &&
    (hedge.norm === 'kind' || hedge.norm === 'sort') &&
    of.norm === 'of' &&
    beforeHedge !== undefined &&
    !endsClause(beforeHedge.raw)
  );
}

/** "So" opening a sentence ("So, we shipped it") rather than meaning "therefore" mid-sentence or "so that". */
const isDiscourseSo: FillerRule = (tokens, firstWord) => {
  const so = tokens[firstWord];
  if (so === undefined || !opensAfterInterjections(tokens, firstWord)) return false;
  // A comma after "so" marks it as a discourse marker even before "that": "So, that was the plan."
  if (endsClause(so.raw)) return true;
  const next = tokens[firstWord + 1];
  if (next === undefined) return true;
  if (next.norm === 'that') {
    // "So that we could ship" states a purpose; "So that was my argument" only opens the sentence.
    const subject = tokens[firstWord + 2];
    return endsClause(next.raw) || subject === undefined || !CLAUSE_SUBJECTS.has(subject.norm);
  }
  return !SO_NOT_FILLER_BEFORE.has(next.norm);
};

function isExampleNoun(token: Token): boolean {
  // "like Kafka": a capitalised word after "like" is a proper noun naming an example; "like widgets": so is a
  // plural noun.
  const properNoun = /^\p{Lu}/u.test(token.raw) && token.norm !== 'i';
  const plural = token.norm.length > 3 && /[^s]s$/.test(token.norm) && !NOT_PLURAL.has(token.norm) && !token.norm.includes("'");
  return properNoun || plural;
}

/** Indefinite pronouns and adverbs: "somewhere like here", "someone like her", "anything like it" give an example. */
const INDEFINITE = /^(?:some|any|every|no)(?:where|one|body|thing|place)$/;

/** "Tools like jq", "providers like SendGrid": a plural noun, "such" or "somewhere" before "like" introduces examples. */
function introducesExamples(previous: Token): boolean {
  if (previous.norm === 'such' || INDEFINITE.test(previous.norm)) return true;
  return (
    previous.norm.length > 3 && /[^s]s$/.test(previous.norm) && !NOT_PLURAL.has(previous.norm) && !previous.norm.includes("'")
  );
}

/** Words that cannot start the example after "like": function words, adverbs and verbs of a filler "like". */
const NOT_EXAMPLE_START = new Set([
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  'really',
  'very',
  'so',
  'just',
  'totally',
  'super',
  'kind',
  'sort',
  'um',
  'uh',
  'and',
  'but',
  'or',
  'was',
  'is',
  'were',
  'are',
  'had',
  'have',
  'did',
  'do',
  'not',
  'no',
  'yeah',
  'okay',
  'all',
  'maybe',
  'basically',
  'actually',
  'literally',
  'honestly',
  'there',
  'then',
  'when',
  'if',
  'because',
  'what',
  'how',
]);

function isPlainNoun(token: Token): boolean {
  return token.norm.length > 2 && !NOT_EXAMPLE_START.has(token.norm) && !token.norm.endsWith('ly') && !token.norm.includes("'");
}

/** "Like losing a whole shard", "like testing": a gerund after "like" is the thing compared or the example. */
function isGerund(token: Token): boolean {
  return (
    token.norm.length > 4 &&
    token.norm.endsWith('ing') &&
    !['thing', 'something', 'anything', 'nothing', 'everything'].includes(token.norm)
  );
}

/** Conjunctions that open a clause: "and like the problem was…" has no word before "like" for it to compare. */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'because', 'cause', 'then', 'when', 'while', 'if']);

/** Finite verbs that show the words after "like" are a clause's subject ("like the big problem was"). */
const FINITE_VERBS = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have', 'would', 'could', 'will', "wasn't", "isn't"]);

/** Subjects after which the noun phrase before them was fronted: "and like the others, I left" compares. */
const PRONOUN_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it']);

/** Most words of the noun phrase between "like" and its clause's verb. */
const SUBJECT_WORDS = 4;

/**
 * "And like the big problem was…": after a conjunction, "like" before a noun phrase that is the subject of the next
 * verb modifies nothing, so it is a filler; "and like the others I left" compares (a pronoun subject follows).
 */
function fillsBeforeSubject(tokens: readonly Token[], firstWord: number): boolean {
  const previous = tokens[firstWord - 1];
  if (previous === undefined || endsClause(previous.raw) || !CLAUSE_CONJUNCTIONS.has(previous.norm)) return false;
  for (let at = firstWord + 1; at <= firstWord + 1 + SUBJECT_WORDS; at += 1) {
    const token = tokens[at];
    if (token === undefined || PRONOUN_SUBJECTS.has(token.norm)) return false;
    if (at > firstWord + 1 && (FINITE_VERBS.has(token.norm) || isPastVerb(token.norm))) return true;
    if (endsClause(token.raw)) return false;
  }
  return false;
}

/** Auxiliaries before "like": the verb "like" after them takes an object or "to", never a bare verb. */
const MODAL = /^(?:would|could|should|might|will|can|i'll|we'll|you'll|they'll|i'd|we'd|you'd|they'd)$/;

/**
 * Bare verbs that follow a filler "like" between an auxiliary and its verb ("I'll like lie awake", "we'd like go
 * over it"), where the verb "like" would need "to" ("I'd like to go"); adverbs of a filler too ("I'd like really").
 */
const BARE_AFTER_FILLER = new Set([
  'lie',
  'go',
  'get',
  'sit',
  'stay',
  'sleep',
  'wake',
  'stare',
  'freak',
  'panic',
  'worry',
  'stress',
  'overthink',
  'forget',
  'spend',
  'lose',
  'keep',
  'end',
  'really',
  'totally',
  'literally',
]);

/** "I'll like lie awake": "like" between an auxiliary and a bare verb is a filler, not the verb "like". */
function fillsBeforeBareVerb(tokens: readonly Token[], firstWord: number): boolean {
  const previous = tokens[firstWord - 1];
  const next = tokens[firstWord + 1];
  if (previous === undefined || next === undefined || endsClause(previous.raw)) return false;
  return MODAL.test(previous.norm) && BARE_AFTER_FILLER.has(next.norm);
}

/**
 * "Like" as a filler ("it was, like, slow") rather than a verb ("I'd like to"), a comparison ("like a queue",
 * "like losing a shard") or an example ("tools like jq").
 */
const isFillerLike: FillerRule = (tokens, firstWord) => {
  const like = tokens[firstWord];
  const previous = tokens[firstWord - 1];
  const next = tokens[firstWord + 1];
  if (like === undefined) return false;
  if (previous !== undefined && !endsClause(previous.raw) && introducesExamples(previous)) return false;
  if (next !== undefined && !endsClause(like.raw) && isGerund(next)) return false;
  // ", like healthcare", ", like Kafka": after a comma and straight into a noun, "like" gives an example.
  if (previous !== undefined && endsClause(previous.raw) && next !== undefined && !endsClause(like.raw) && isPlainNoun(next))
    return false;
  if (fillsBeforeSubject(tokens, firstWord) || fillsBeforeBareVerb(tokens, firstWord)) return true;
  // A comma or pause before "like" detaches it from the word before, so that word cannot make it a verb.
  const detachedBefore = previous === undefined || endsClause(previous.raw) || gapBefore(tokens, firstWord) >= SENTENCE_GAP_SEC;
  if (!detachedBefore && previousIsVerbContext(previous)) return false;
  // "Works kind of like cron": a hedge softens the comparison; the verb before it still governs "like".
  const verbBeforeHedge = tokens[firstWord - 3];
  if (
    !detachedBefore &&
    verbBeforeHedge !== undefined &&
    softensLike(tokens, firstWord) &&
    previousIsVerbContext(verbBeforeHedge)
  )
    return false;
  if (endsClause(like.raw) || next === undefined) return true;
  // "Like forty users" means "about forty users": an approximation, not a filler.
  if (startsNumber(next.raw)) return false;
  if (!detachedBefore && HAVE_FORMS.has(previous.norm)) return true;
  return !LIKE_COMPARISON_BEFORE.has(next.norm) && !isExampleNoun(next);
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

/** "I mean" restarting a thought ("I mean, it worked") rather than "what I mean is" or "I mean it". */
const isFillerIMean: FillerRule = (tokens, firstWord, lastWord) => {
  const previous = tokens[firstWord - 1];
  const mean = tokens[lastWord];
  const next = tokens[lastWord + 1];
  if (mean === undefined) return false;
  if (previous !== undefined && !endsClause(previous.raw) && I_MEAN_LITERAL_AFTER.has(previous.norm)) return false;
  return endsClause(mean.raw) || next === undefined || !I_MEAN_LITERAL_BEFORE.has(next.norm);
};

/** A tag question ("we had four teams, right?") rather than "that's right" or "the right way". */
const isTagRight: FillerRule = (tokens, firstWord) => {
  const right = tokens[firstWord];
  const previous = tokens[firstWord - 1];
  if (right === undefined || !right.raw.endsWith('?') || previous === undefined) return false;
  return endsClause(previous.raw) || !RIGHT_LITERAL_AFTER.has(previous.norm);
};

/** Entries of the filler list that need a context rule; every other entry counts wherever it appears. */
export const FILLER_RULES: ReadonlyMap<string, FillerRule> = new Map([
  ['so', isDiscourseSo],
  ['like', isFillerLike],
  ['you know', isFillerYouKnow],
  ['i mean', isFillerIMean],
  ['right', isTagRight],
]);
