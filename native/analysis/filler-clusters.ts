// Bunches of fillers: three or more within ten seconds is where a listener notices them, so each bunch is
// reported once, as one span from its first filler to its last.

import { spanOf, type Token } from './normalize';
import type { Span } from '../../common/report';

const CLUSTER_SIZE = 3;
const CLUSTER_WINDOW_SEC = 10;

export function fillerClusters(tokens: readonly Token[], fillers: readonly Span[]): Span[] {
  // Every window of fillers starting within 10 s of its first one; overlapping windows merge into one bunch.
  const bunches: { first: number; last: number }[] = [];
  fillers.forEach((filler, index) => {
    let last = index;
    while ((fillers[last + 1]?.start ?? Infinity) - filler.start <= CLUSTER_WINDOW_SEC) last += 1;
    if (last - index + 1 < CLUSTER_SIZE) return;
    const previous = bunches[bunches.length - 1];
    if (previous !== undefined && index <= previous.last) previous.last = Math.max(previous.last, last);
    else bunches.push({ first: index, last });
  });
  return bunches.flatMap(({ first, last }) => {
    const from = fillers[first];
    const to = fillers[last];
    return from === undefined || to === undefined ? [] : [spanOf(tokens, from.firstWord, to.lastWord)];
  });
}
