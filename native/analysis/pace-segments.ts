// Pace over the course of the answer: words per minute in consecutive 15 s stretches, so a speaker can see
// where they rushed or stalled, and how uneven the pace was overall.

import type { Token } from './normalize';
import { isContentWord } from './pace';
import { roundTo } from './rounding';
import type { TimeSpan } from '../../common/report';

const SEGMENT_SEC = 15;
/** A last stretch shorter than half a segment joins the one before, so one slow word cannot make a segment. */
const MIN_LAST_SEGMENT_SEC = SEGMENT_SEC / 2;

export type PaceSegment = TimeSpan & { wpm: number };

function boundaries(start: number, end: number): number[] {
  const edges = [start];
  while (end - (edges[edges.length - 1] ?? end) > SEGMENT_SEC + MIN_LAST_SEGMENT_SEC) {
    edges.push((edges[edges.length - 1] ?? end) + SEGMENT_SEC);
  }
  edges.push(end);
  return edges;
}

/** Content words per minute of each stretch, from the first word's start to the last word's end. */
export function paceSegments(tokens: readonly Token[]): PaceSegment[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined || last.end <= first.start) return [];
  const edges = boundaries(first.start, last.end);
  const content = tokens.filter(isContentWord);
  return edges.slice(1).map((end, index) => {
    const start = edges[index] ?? first.start;
    const isLast = index === edges.length - 2;
    // A word belongs to the stretch holding its middle.
    const words = content.filter((token) => {
      const middle = (token.start + token.end) / 2;
      return middle >= start && (middle < end || (isLast && middle <= end));
    }).length;
    return { start: roundTo(start, 3), end: roundTo(end, 3), wpm: roundTo((words / (end - start)) * 60, 1) };
  });
}

/** Coefficient of variation of the stretches' pace: 0 when even (or when there is only one stretch). */
export function paceVariation(segments: readonly PaceSegment[]): number {
  if (segments.length < 2) return 0;
  const mean = segments.reduce((sum, segment) => sum + segment.wpm, 0) / segments.length;
  if (mean === 0) return 0;
  const variance = segments.reduce((sum, segment) => sum + (segment.wpm - mean) ** 2, 0) / segments.length;
  return roundTo(Math.sqrt(variance) / mean, 2);
}
