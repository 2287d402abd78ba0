// Small grammar facts the STAR labeller and the ending share: tense, subjects and the shape of a clause. Rough
// by design — an interview answer is short, and a feature that is right most of the time is enough for a
// decoder that weighs many of them.

const IRREGULAR_PAST = new Set([
  'built',
  'wrote',
  'ran',
  'set',
  'made',
  'took',
  'met',
  'led',
  'cut',
  'read',
  'found',
  'brought',
  'sent',
  'went',
  'gave',
  'put',
  'told',
  'saw',
  'spent',
  'got',
  'began',
  'chose',
  'drew',
  'held',
  'kept',
  'paid',
  'rebuilt',
  'rewrote',
  'shut',
  'split',
  'spoke',
  'taught',
  'threw',
  'did',
  'dug',
  'hit',
  'let',
  'sat',
  'sought',
  'stood',
  'won',
  'fell',
  'rose',
  'grew',
  'shrank',
  'lost',
  'left',
  'came',
  'became',
  'knew',
  'thought',
  'felt',
  'said',
  'heard',
  'meant',
  'caught',
  'fought',
  'bought',
  'forgot',
  'broke',
  'woke',
  'drove',
  'flew',
  'ate',
  'understood',
  'overheard',
]);

/** The irregular past forms as a pattern alternation, for grammar patterns over the laid-out words. */
export const IRREGULAR_PAST_FORMS = [...IRREGULAR_PAST].join('|');

/** Verbs that describe a state rather than an act: the scene, not the story moving on. */
export const STATE_VERBS = new Set([
  'was',
  'were',
  'had',
  'knew',
  'thought',
  'felt',
  'seemed',
  'believed',
  'liked',
  'loved',
  'hated',
  'wanted',
  'needed',
  'used',
  'worked',
  'lived',
  'owned',
  'existed',
  'belonged',
  'depended',
  'took',
  'kept',
]);

/** Verbs whose subject reports an outcome even when it is the speaker ("we shipped", "I got promoted"). */
export const OUTCOME_VERBS = new Set([
  'shipped',
  'launched',
  'finished',
  'delivered',
  'won',
  'hit',
  'reached',
  'passed',
  'closed',
  'renewed',
  'recovered',
  'went',
  'lost',
  'saw',
  'ended',
  'came',
  'got',
]);

/** Outcome verbs that never name a step, whoever the subject: "we hit 31%", "we lost three hours". */
export const PLAIN_OUTCOMES = new Set(['hit', 'reached', 'lost', 'ended', 'won', 'shipped', 'launched', 'finished']);

export const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'you', 'everyone', 'nobody', 'people']);

/** Words that may stand between a subject and its verb ("I also added", "I, uh, quickly rewrote"). */
const BETWEEN = new Set([
  'just',
  'also',
  'then',
  'kind',
  'sort',
  'of',
  'actually',
  'literally',
  'basically',
  'really',
  'first',
  'finally',
  'immediately',
  'like',
  'personally',
  'later',
  'eventually',
  'still',
  'never',
  'always',
  'even',
  'all',
  'both',
  'um',
  'uh',
  'er',
  'ah',
  'so',
  'quickly',
  'carefully',
  'simply',
  'together',
  'eventually',
  'basically',
  'only',
]);

export function isPastVerb(norm: string): boolean {
  return (
    IRREGULAR_PAST.has(norm) ||
    (/^\p{L}{2,}ed$/u.test(norm) && !['need', 'speed', 'feed', 'seed', 'bed', 'red', 'shed'].includes(norm))
  );
}

/** "-ly" adverbs and listed fillers between a subject and its verb. */
export function isBetweenWord(norm: string): boolean {
  return BETWEEN.has(norm) || (norm.length > 4 && norm.endsWith('ly'));
}

/** The index of the verb after a subject at `at`, skipping adverbs and fillers; -1 when none is near. */
export function verbAfter(norms: readonly string[], at: number): number {
  for (let index = at + 1; index < norms.length && index <= at + 4; index += 1) {
    const norm = norms[index] ?? '';
    if (norm !== '' && !isBetweenWord(norm)) return index;
  }
  return -1;
}

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't"]);
const PRESENT_MARKERS = new Set([
  'am',
  "i'm",
  'is',
  'are',
  "isn't",
  "aren't",
  "that's",
  "it's",
  "there's",
  "what's",
  "he's",
  "she's",
  "we're",
  "they're",
  "you're",
  'do',
  'does',
  "don't",
  "doesn't",
  "i've",
  "we've",
  'would',
  "i'd",
  "we'd",
  'will',
  "i'll",
  "we'll",
  'can',
]);
const PRONOUN_SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'people', 'everyone', 'nobody']);

/** The tense a clause is told in, from its auxiliaries and subject–verb pairs; undefined when it has no verb. */
export function clauseTense(norms: readonly string[]): 'past' | 'present' | undefined {
  const past =
    isPastVerb(norms[0] ?? '') ||
    norms.some(
      (norm, index) =>
        PAST_AUXILIARIES.has(norm) || (PRONOUN_SUBJECTS.has(norm) && isPastVerb(norms[verbAfter(norms, index)] ?? '')),
    );
  if (past) return 'past';
  return norms.some((norm) => PRESENT_MARKERS.has(norm)) ? 'present' : undefined;
}
