// Estimates the STAR structure of an answer: which sentences set the situation, state the task, describe the
// action, give the result and reflect. Every cue votes for its section in its sentence, by weight; then the
// sections are fitted to the sentences in STAR order (never going back), keeping as much of the vote as
// possible. Sentences without a cue continue the section before them; those before any cue set the situation.

import { spanOf, type Token } from './normalize';
import { roundTo } from './rounding';
import { splitSentences, type Sentence } from './sentences';
import { STAR_WEIGHTS, starCues, type StarCue } from './star-cues';
import type { Span, StarSection, StarSectionName } from '../../common/report';

const STAR_ORDER: readonly StarSectionName[] = ['situation', 'task', 'action', 'result', 'reflection'];

export interface Star {
  sections: StarSection[];
  missing: StarSectionName[];
}

/** Answers open with context: the first sentence leans to the situation as much as one ordinary cue. */
const OPENING_SITUATION_PRIOR = 1;

/** How strongly a sentence's cues point at each section: the sum of their weights. */
function sentenceGains(sentence: Sentence, cues: readonly StarCue[]): number[] {
  const inside = cues.filter((cue) => cue.firstWord >= sentence.firstWord && cue.firstWord <= sentence.lastWord);
  return STAR_ORDER.map((name) => {
    const prior = name === 'situation' && sentence.firstWord === 0 ? OPENING_SITUATION_PRIOR : 0;
    return prior + inside.filter((cue) => cue.section === name).reduce((sum, cue) => sum + cue.weight, 0);
  });
}

/**
 * The best labelling of the sentences in non-decreasing STAR order. Ties go to the earlier section, so a
 * section starts at its cue rather than at the uncued sentences before it.
 */
function fitOrder(gains: readonly (readonly number[])[]): number[] {
  const sections = STAR_ORDER.length;
  const best: number[][] = [];
  const from: number[][] = [];
  gains.forEach((gain, index) => {
    const previous = best[index - 1];
    const scores: number[] = [];
    const choices: number[] = [];
    for (let label = 0; label < sections; label += 1) {
      let bestBefore = previous === undefined ? 0 : -Infinity;
      let chosen = 0;
      for (let before = 0; before <= label && previous !== undefined; before += 1) {
        const score = previous[before] ?? -Infinity;
        if (score > bestBefore) {
          bestBefore = score;
          chosen = before;
        }
      }
      scores.push(bestBefore + (gain[label] ?? 0));
      choices.push(chosen);
    }
    best.push(scores);
    from.push(choices);
  });
  const lastScores = best[best.length - 1] ?? [];
  let label = lastScores.indexOf(Math.max(...lastScores));
  const labels: number[] = [];
  for (let index = gains.length - 1; index >= 0; index -= 1) {
    labels.unshift(label);
    label = from[index]?.[label] ?? 0;
  }
  return labels;
}

export function detectStar(tokens: readonly Token[], reflection: readonly Span[]): Star {
  const sentences = splitSentences(tokens);
  const cues: StarCue[] = [
    ...starCues(tokens),
    ...reflection.map(({ firstWord, lastWord }) => ({ section: 'reflection' as const, firstWord, lastWord, weight: STAR_WEIGHTS.reflection })),
  ];
  const labels = fitOrder(sentences.map((sentence) => sentenceGains(sentence, cues)));
  const runs: { name: StarSectionName; firstWord: number; lastWord: number }[] = [];
  sentences.forEach((sentence, index) => {
    const name = STAR_ORDER[labels[index] ?? 0] ?? 'situation';
    const run = runs[runs.length - 1];
    if (run !== undefined && run.name === name) run.lastWord = sentence.lastWord;
    else runs.push({ name, firstWord: sentence.firstWord, lastWord: sentence.lastWord });
  });
  // Sections cover the answer without gaps: each runs until the next one starts.
  const sections = runs.map((run, index): StarSection => {
    const span = spanOf(tokens, run.firstWord, run.lastWord);
    const next = runs[index + 1];
    const end = next === undefined ? span.end : (tokens[next.firstWord]?.start ?? span.end);
    return { name: run.name, start: span.start, end, durationSec: roundTo(end - span.start, 2), firstWord: run.firstWord, lastWord: run.lastWord };
  });
  const present = new Set(sections.map((section) => section.name));
  return { sections, missing: STAR_ORDER.filter((name) => !present.has(name)) };
}
