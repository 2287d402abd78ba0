// Cuts an answer into clauses: sentences, and clauses where Whisper runs on without full stops — at pauses and
// at ", and I…" joins. The STAR labeller and the reflection scorer both judge one clause at a time.

import { endsClause, endsSentence, gapBefore, type Token } from './normalize';

export interface Clause {
  firstWord: number;
  lastWord: number;
}

/** A silence this long inside a sentence ends a clause (Whisper often leaves the full stop out). */
const CLAUSE_GAP_SEC = 0.45;
/** A clause needs this many words before a join ("…, and I…") may end it. */
const MIN_CLAUSE_WORDS = 5;

/** Words that join clauses; after a comma and before a subject they start a new clause. */
const JOINS = new Set(['and', 'so', 'but', 'then']);
const CLAUSE_SUBJECTS = new Set(['i', 'we', "i'd", "we'd", 'they', 'then', 'she', 'he', 'it']);
/** Abbreviations whose full stop does not end a sentence when a lowercase word follows ("at 3 a.m. than"). */
const ABBREVIATION = /^(?:a\.m|p\.m|e\.g|i\.e|etc|vs)\.$/i;

export function splitClauses(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  tokens.forEach((token, index) => {
    const current = clauses[clauses.length - 1];
    const previous = tokens[index - 1];
    const length = current === undefined ? 0 : index - current.firstWord;
    const abbreviated = previous !== undefined && ABBREVIATION.test(previous.raw) && /^\p{Ll}/u.test(token.raw);
    const sentenceEnd = previous === undefined || (endsSentence(previous.raw) && !abbreviated);
    const pause = gapBefore(tokens, index) >= CLAUSE_GAP_SEC;
    const join =
      previous !== undefined &&
      length >= MIN_CLAUSE_WORDS &&
      JOINS.has(token.norm) &&
      CLAUSE_SUBJECTS.has(tokens[index + 1]?.norm ?? '') &&
      (endsClause(previous.raw) || length >= 3 * MIN_CLAUSE_WORDS);
    if (current === undefined || sentenceEnd || pause || join) clauses.push({ firstWord: index, lastWord: index });
    else current.lastWord = index;
  });
  return clauses;
}
