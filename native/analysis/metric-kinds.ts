// What each number does in the answer, so "what worked" can quote the one that shows impact:
//   impact  — a change or a result ("cut p99 by 40%", "went from 20% to 3%", "doubled", anything in the result);
//   scale   — a size ("two million users", "$35,000 a month", "500 QPS");
//   context — the story's setting: team size, how long things took, when ("five engineers", "three weeks").
// A problem stated in the past perfect ("errors had doubled to 4%") sets the scene: context, not impact.

import { endsSentence, gapBefore, type Token } from './normalize';
import { sentenceOf, splitSentences } from './sentences';
import type { MetricKind, MetricSpan } from '../../common/report';

/** Change-of-state words that make a nearby number a change or an outcome. */
const CHANGE_WORDS = new Set([
  'from',
  'dropped',
  'drop',
  'drops',
  'fell',
  'rose',
  'grew',
  'grow',
  'cut',
  'cutting',
  'reduced',
  'reduce',
  'saved',
  'save',
  'improved',
  'improve',
  'increased',
  'increase',
  'decreased',
  'decrease',
  'doubled',
  'halved',
  'tripled',
  'went',
  'down',
  'up',
  'early',
  'late',
  'faster',
  'slower',
  'cheaper',
  'fewer',
  'less',
  'lower',
  'higher',
  'recovered',
  'lost',
  'gained',
  'boosted',
  'shrank',
  'shrunk',
  'raised',
  'lowered',
  'sped',
  'brought',
  'got',
  'getting',
  'hit',
  'reached',
  'achieved',
  'won',
  'closed',
  'renewed',
  'instead',
  'rises',
  'rise',
  'drops',
  'falls',
  'grows',
  'improves',
  'increases',
  'decreases',
  'reduces',
  'cuts',
  'saves',
  'climbed',
]);

/** "Down", "up" and "from" state a change only in its shape: "went down to", "up by", "from 20% to 3%" — not "pin down", "came from". */
function statesChange(tokens: readonly Token[], at: number): boolean {
  const norm = tokens[at]?.norm ?? '';
  if (norm === 'down' || norm === 'up') {
    const next = tokens[at + 1]?.norm ?? '';
    const before = tokens[at - 1]?.norm ?? '';
    return (
      ['to', 'by', 'from'].includes(next) ||
      ['went', 'go', 'goes', 'came', 'is', 'was', 'were', 'are', 'way', 'all'].includes(before)
    );
  }
  if (norm === 'from') return tokens.slice(at + 1, at + 8).some((token) => token.norm === 'to');
  return true;
}

/** Units that say how long or how many people: the setting of a story unless a change is stated. */
const CONTEXT_UNITS = new Set([
  's',
  'min',
  'h',
  'days',
  'weeks',
  'months',
  'years',
  'sprints',
  'people',
  'engineers',
  'developers',
  'teams',
  'employees',
]);

/** How far around a number a change word may stand and still be about it. */
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 2;
/** A silence this long ends a clause, as in the STAR labeller. */
const CLAUSE_GAP_SEC = 0.45;

export interface ResultRange {
  firstWord: number;
  lastWord: number;
}

function changeNear(
  tokens: readonly Token[],
  metric: MetricSpan,
  sentence: { firstWord: number; lastWord: number },
): 'change' | 'past-perfect' | null {
  // The window stays inside the clause: a pause Whisper wrote no full stop for still ends it.
  let from = Math.max(sentence.firstWord, metric.firstWord - WINDOW_BEFORE);
  while (
    from < metric.firstWord &&
    tokens.slice(from + 1, metric.firstWord + 1).some((_, offset) => gapBefore(tokens, from + 1 + offset) >= CLAUSE_GAP_SEC)
  )
    from += 1;
  let to = Math.min(sentence.lastWord, metric.lastWord + WINDOW_AFTER);
  while (
    to > metric.lastWord &&
    tokens
      .slice(metric.lastWord + 1, to + 1)
      .some(
        (token, offset) =>
          gapBefore(tokens, metric.lastWord + 1 + offset) >= CLAUSE_GAP_SEC ||
          (endsSentence(token.raw) && offset < to - metric.lastWord - 1),
      )
  )
    to -= 1;
  for (let at = from; at <= to; at += 1) {
    if (at >= metric.firstWord && at <= metric.lastWord) continue;
    const norm = tokens[at]?.norm ?? '';
    if (!CHANGE_WORDS.has(norm) || !statesChange(tokens, at)) continue;
    // "had doubled", "had gone up": the problem as it stood before the story, not what the speaker changed.
    const had = (index: number): boolean => index >= from && tokens[index]?.norm === 'had';
    if (had(at - 1) || had(at - 2)) return 'past-perfect';
    return 'change';
  }
  return null;
}

/** The count per period from which a rate is a throughput ("two hundred orders an hour"), not a frequency. */
const THROUGHPUT_FROM = 100;

export function metricKind(
  tokens: readonly Token[],
  metric: MetricSpan,
  results: readonly ResultRange[],
  sentences = splitSentences(tokens),
): MetricKind {
  const sentence = sentenceOf(sentences, metric.firstWord) ?? { firstWord: metric.firstWord, lastWord: metric.lastWord };
  const change = changeNear(tokens, metric, sentence);
  // "had doubled": the factor itself in the past perfect.
  if (change === 'past-perfect' || (metric.unit === 'x' && tokens[metric.firstWord - 1]?.norm === 'had')) return 'context';
  const inResult = results.some((range) => metric.firstWord >= range.firstWord && metric.lastWord <= range.lastWord);
  if (change === 'change' || inResult || metric.unit === 'x') return 'impact';
  // A count per period ("twice a week", "six calls a night") says how often things happened in the story: its
  // setting, like how long they took. Hundreds or more per period are a load the system carries: its scale.
  const frequency = metric.unit?.startsWith('per ') === true && Math.max(metric.value ?? 0, metric.high ?? 0) < THROUGHPUT_FROM;
  return frequency || (metric.unit !== null && CONTEXT_UNITS.has(metric.unit)) ? 'context' : 'scale';
}

export function classifyMetrics(
  tokens: readonly Token[],
  metrics: readonly MetricSpan[],
  results: readonly ResultRange[],
): MetricSpan[] {
  const sentences = splitSentences(tokens);
  return metrics.map((metric) => ({ ...metric, kind: metricKind(tokens, metric, results, sentences) }));
}
