// Finds reflection: the speaker stepping out of the story to look back on it. Each clause is scored from
// features (reflection-features.ts) — the explicit reflective frames of reflection-cues.ts, a mental-state
// predicate with the speaker as the one who believes or changed, a shift from the story's past to the present,
// the perfect or a modal, generalisation, evaluation of one's own call, pointing back at the story — plus its
// position (reflection closes a story; the opening sets the scene) and negative evidence (the literal reading).
// A clause whose evidence reaches THRESHOLD is a reflection. No single weak feature reaches it: "we always
// deploy on Fridays" in the setting is a habit of the team, not a lesson.

import { splitClauses, type Clause } from './clauses';
import { clauseTense } from './grammar';
import { endsClause, spanOf, type Token } from './normalize';
import { COUNTER_EVIDENCE, FEATURES, type ReflectionFeature } from './reflection-features';
import { REFLECTIVE_FRAMES, STORY_FRAMES } from './reflection-cues';
import { sentenceOf, splitSentences } from './sentences';
import { quotedWords } from './ownership';
import { matchWords, type WordMatch } from './token-patterns';
import type { AnswerMode, Span } from '../../common/report';

/** A reflection whose sentence reaches into this last share of the answer closes it. */
const END_SHARE = 0.2;
/** The evidence a clause needs: one explicit frame, or two features that can only mean reflection. */
const THRESHOLD = 3;
/** An explicit reflective frame ("in hindsight", "it taught me") is enough on its own. */
const FRAME_WEIGHT = 3;
/** Position: a reflection closes a story, and the opening quarter sets the scene. */
const LATE_SHARE = 0.6;
const EARLY_SHARE = 0.25;
const LATE_WEIGHT = 0.5;
const CLOSING_WEIGHT = 0.5;
const EARLY_WEIGHT = -1.5;
/** Position only speaks once an answer has a beginning, a middle and an end. */
const MIN_CLAUSES_FOR_POSITION = 3;
/** Modes told as a story, where the present, the perfect and "I'd" step out of it. */
const STORY_MODES: ReadonlySet<AnswerMode> = new Set(['behavioral', 'general']);

interface Scored {
  score: number;
  frames: WordMatch[];
  evidence: WordMatch[];
}

/** "…I've kept doing that since: sort…", "…the template I've used since.": "since" closing its clause. */
function trailingSince(tokens: readonly Token[], clause: Clause): WordMatch[] {
  const found: WordMatch[] = [];
  for (let index = clause.firstWord; index <= clause.lastWord; index += 1) {
    const token = tokens[index];
    if (token?.norm === 'since' && (index === clause.lastWord || endsClause(token.raw))) {
      found.push({ firstWord: index, lastWord: index, text: 'since' });
    }
  }
  return found;
}

function position(clauses: readonly Clause[], index: number, totalWords: number): number {
  if (clauses.length < MIN_CLAUSES_FOR_POSITION) return 0;
  const share = (clauses[index]?.firstWord ?? 0) / Math.max(1, totalWords);
  if (share < EARLY_SHARE) return EARLY_WEIGHT;
  const closing = index >= clauses.length - 2 ? CLOSING_WEIGHT : 0;
  return (share >= LATE_SHARE ? LATE_WEIGHT : 0) + closing;
}

/** Whether the answer is told in the past: at least this share of its clauses with a verb are in the past. */
const PAST_NARRATIVE_SHARE = 0.5;

function toldInThePast(tokens: readonly Token[], clauses: readonly Clause[]): boolean {
  const tenses = clauses.map((clause) =>
    clauseTense(tokens.slice(clause.firstWord, clause.lastWord + 1).map((token) => token.norm)),
  );
  const past = tenses.filter((tense) => tense === 'past').length;
  const present = tenses.filter((tense) => tense === 'present').length;
  return past > 0 && past >= PAST_NARRATIVE_SHARE * (past + present);
}

function scoreClause(tokens: readonly Token[], clause: Clause, story: boolean, shifted: boolean): Scored {
  const words = tokens.slice(clause.firstWord, clause.lastWord + 1);
  const shift = (match: WordMatch): WordMatch => ({
    ...match,
    firstWord: match.firstWord + clause.firstWord,
    lastWord: match.lastWord + clause.firstWord,
  });
  const frames = matchWords(words, story ? [...REFLECTIVE_FRAMES, ...STORY_FRAMES] : REFLECTIVE_FRAMES).map(shift);
  let score = frames.length > 0 ? FRAME_WEIGHT : 0;
  const evidence: WordMatch[] = [];
  const weigh = (feature: ReflectionFeature, extra: readonly WordMatch[] = []): void => {
    if (feature.storyOnly === true && !shifted) return;
    const found = [...matchWords(words, feature.patterns).map(shift), ...extra];
    if (found.length === 0) return;
    score += feature.weight;
    if (feature.weight > 0) evidence.push(...found);
  };
  for (const feature of FEATURES) {
    weigh(feature, feature.name === 'generalisation' ? trailingSince(tokens, clause) : []);
  }
  for (const feature of COUNTER_EVIDENCE) weigh(feature);
  return { score, frames, evidence };
}

export function detectReflection(tokens: readonly Token[], mode: AnswerMode = 'behavioral'): Span[] {
  const clauses = splitClauses(tokens);
  const story = STORY_MODES.has(mode);
  // The present, the perfect and "I'd…" step out of a story only when the story is told in the past.
  const shifted = story && toldInThePast(tokens, clauses);
  // Other people's words in quotes ("my dad said, "We should have done that years ago"") are not the speaker looking back.
  const quoted = quotedWords(tokens);
  const own = (match: WordMatch): boolean => !quoted.has(match.firstWord);
  return clauses.flatMap((clause, index) => {
    const scored = scoreClause(tokens, clause, story, shifted);
    const frames = scored.frames.filter(own);
    const evidence = scored.evidence.filter(own);
    // Reflection found only inside a quote is someone else's.
    const onlyQuoted = frames.length + evidence.length === 0 && scored.frames.length + scored.evidence.length > 0;
    if (onlyQuoted) return [];
    const { score } = scored;
    // An explicit frame stands wherever it is said; weaker evidence needs the close of the story.
    const placed =
      frames.length > 0 ? Math.max(0, position(clauses, index, tokens.length)) : position(clauses, index, tokens.length);
    if (score + placed < THRESHOLD) return [];
    if (frames.length > 0) return frames.map(({ firstWord, lastWord }) => spanOf(tokens, firstWord, lastWord));
    // No frame: the evidence itself, from its first word to its last, is the reflection's span.
    const firstWord = Math.min(...evidence.map((match) => match.firstWord));
    const lastWord = Math.max(...evidence.map((match) => match.lastWord));
    return [spanOf(tokens, firstWord, lastWord)];
  });
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
