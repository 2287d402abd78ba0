// Re-times a transcript the user corrected. Words the correction kept keep Whisper's times; words it replaced
// share the time of the words they replace; words it added go into the silence between their neighbours;
// words it removed are gone. Words are compared as analysis sees them (case, edge punctuation and hesitation
// spelling ignored), so fixing "we shipped" to "We shipped." changes no time at all.

import { canonicalHesitation } from './hesitations';
import { normalizeWord } from './normalize';
import { roundTo } from './rounding';
import type { TimedWord } from '../../common/report';

/** The time an added word takes when it goes into a silence rather than replacing a word. */
const ADDED_WORD_SEC = 0.3;

function keyOf(text: string): string {
  return canonicalHesitation(normalizeWord(text));
}

/** Pairs [original index, corrected index] of a longest common subsequence of the two key lists. */
function commonWords(original: readonly string[], corrected: readonly string[]): [number, number][] {
  const columns = corrected.length + 1;
  // lengths[i * columns + j]: the longest common subsequence of original[i..] and corrected[j..].
  const lengths = new Uint32Array((original.length + 1) * columns);
  for (let i = original.length - 1; i >= 0; i -= 1) {
    for (let j = corrected.length - 1; j >= 0; j -= 1) {
      lengths[i * columns + j] =
        original[i] === corrected[j]
          ? (lengths[(i + 1) * columns + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * columns + j] ?? 0, lengths[i * columns + j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < original.length && j < corrected.length) {
    if (original[i] === corrected[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * columns + j] ?? 0) >= (lengths[i * columns + j + 1] ?? 0)) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}

/** Where added words go: over the words they replace, or centred in the silence between their neighbours. */
function region(original: readonly TimedWord[], before: number, after: number, count: number): { start: number; end: number } {
  const replaced = original.slice(before + 1, after);
  const first = replaced[0];
  const last = replaced[replaced.length - 1];
  if (first !== undefined && last !== undefined) return { start: first.start, end: Math.max(first.start, last.end) };
  const natural = count * ADDED_WORD_SEC;
  const left = original[before]?.end;
  const right = original[after]?.start;
  if (left === undefined && right === undefined) return { start: 0, end: natural };
  if (left === undefined) return { start: Math.max(0, (right ?? 0) - natural), end: right ?? 0 };
  if (right === undefined) return { start: left, end: left + natural };
  const gap = Math.max(0, right - left);
  const used = Math.min(gap, natural);
  const start = left + (gap - used) / 2;
  return { start, end: start + used };
}

/** Lays words end to end over a region, each taking a share by its length. */
function spread(texts: readonly string[], span: { start: number; end: number }): TimedWord[] {
  const weights = texts.map((text) => Math.max(1, keyOf(text).length));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let clock = span.start;
  return texts.map((text, index) => {
    const start = clock;
    clock += ((weights[index] ?? 1) / total) * (span.end - span.start);
    return { text, start: roundTo(start, 3), end: roundTo(index === texts.length - 1 ? span.end : clock, 3) };
  });
}

export function alignCorrection(original: TimedWord[], correctedText: string): TimedWord[] {
  const corrected = correctedText.split(/\s+/).filter((text) => text !== '');
  const pairs = commonWords(
    original.map((word) => keyOf(word.text)),
    corrected.map(keyOf),
  );
  const result: TimedWord[] = [];
  let before = -1;
  let nextCorrected = 0;
  // Each kept word closes the run of added words before it; a sentinel pair closes the last run.
  for (const [kept, at] of [...pairs, [original.length, corrected.length] as const]) {
    const added = corrected.slice(nextCorrected, at);
    if (added.length > 0) result.push(...spread(added, region(original, before, kept, added.length)));
    const keptWord = original[kept];
    const text = corrected[at];
    if (keptWord !== undefined && text !== undefined) result.push({ ...keptWord, text });
    before = kept;
    nextCorrected = at + 1;
  }
  return result;
}
