// What the transcript view needs from a report: each word's highlight kind, and which word is being spoken
// at a given playback time. Pure, so both are unit-tested.
import type { Span, TimedWord } from '../../../common/report';
import type { StoredReport } from './report';

export type WordKind = 'filler' | 'hedge' | 'metric' | 'reflection';

/** The report parts that mark words; hedges are absent from reports of the first version. */
export type MarkedSpans = Pick<StoredReport, 'fillers' | 'metrics' | 'reflection'> & {
  hedges?: { items: readonly Span[] } | null;
};

/**
 * One kind per word, or null. A word covered by several spans shows the most actionable one: a filler
 * or a hedge (something to cut) over a metric (something that worked) over a reflection.
 */
export function wordKinds(report: MarkedSpans, wordCount: number): (WordKind | null)[] {
  const kinds: (WordKind | null)[] = new Array<WordKind | null>(wordCount).fill(null);
  const mark = (spans: readonly Span[], kind: WordKind): void => {
    for (const span of spans) {
      const first = Math.max(0, span.firstWord);
      const last = Math.min(wordCount - 1, span.lastWord);
      for (let i = first; i <= last; i++) kinds[i] ??= kind;
    }
  };
  mark(report.fillers.items, 'filler');
  mark(report.hedges?.items ?? [], 'hedge');
  mark(report.metrics.items, 'metric');
  mark(report.reflection.items, 'reflection');
  return kinds;
}

/** How long a word stays lit after it ends when the next one has not started: bridges short gaps. */
const LINGER_SEC = 0.35;

/**
 * The index of the word being spoken at `timeSec`, or null in a pause or outside the speech.
 * Words are in time order; a binary search keeps this cheap on every timeupdate.
 */
export function currentWordIndex(words: readonly Pick<TimedWord, 'start' | 'end'>[], timeSec: number): number | null {
  let lo = 0;
  let hi = words.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const word = words[mid];
    if (word && word.start <= timeSec) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const word = words[found];
  if (!word) return null;
  if (timeSec < word.end) return found;
  const next = words[found + 1];
  const gapEnd = next ? next.start : Number.POSITIVE_INFINITY;
  return timeSec < Math.min(word.end + LINGER_SEC, gapEnd) ? found : null;
}

/** The words as the user hears them: Whisper's tokens often carry a leading space. */
export function displayText(word: Pick<TimedWord, 'text'>): string {
  return word.text.trim();
}
