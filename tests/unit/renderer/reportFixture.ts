// A current-format report for the renderer's tests: a short behavioural answer with every section filled.
import type { Report, Span, TimedWord } from '../../../common/report';

const TEXT =
  'So um last year checkout timed out . I think I owned the fix and cut latency by forty percent . In hindsight I would test sooner .';

export const WORDS: TimedWord[] = TEXT.split(' ')
  .filter((w) => w !== '.')
  .map((text, i) => ({ text, start: 1 + i * 0.5, end: 1.4 + i * 0.5 }));

export function span(firstWord: number, lastWord: number): Span {
  const first = WORDS[firstWord];
  const last = WORDS[lastWord];
  if (!first || !last) throw new Error(`no words ${firstWord}–${lastWord}`);
  const text = WORDS.slice(firstWord, lastWord + 1)
    .map((w) => w.text)
    .join(' ');
  return { text, start: first.start, end: last.end, firstWord, lastWord };
}

export function fullReport(overrides: Partial<Report> = {}): Report {
  return {
    version: 1,
    durationSec: 14,
    speakingSec: 11,
    wordsPerMinute: 120,
    timeToFirstWordSec: 1,
    fillers: { count: 2, perMinute: 8.6, per100Words: 9.1, items: [span(0, 0), span(1, 1)], clusters: [] },
    vocalizedFillers: { count: 1, perMinute: 4.3, items: [{ start: 6.6, end: 6.9 }] },
    pace: {
      overallWpm: 94,
      articulationWpm: 120,
      segments: [
        { start: 1, end: 6, wpm: 110 },
        { start: 6, end: 12, wpm: 180 },
      ],
      variation: 0.2,
    },
    pauses: [
      { start: 4.4, end: 5.5, durationSec: 1.1, afterWord: 6 },
      { start: 10.4, end: 14, durationSec: 3.6, afterWord: 18 },
    ],
    longestPauseSec: 3.6,
    metrics: { present: true, items: [{ ...span(17, 18), value: 40, unit: '%' }] },
    reflection: { present: true, items: [span(19, 20)], atEnd: true },
    ownership: { i: 4, we: 0, ratio: 1, mostlyWe: false },
    hedges: { count: 1, items: [span(7, 8)] },
    star: {
      sections: [
        { name: 'situation', start: 1, end: 4.4, durationSec: 3.4, firstWord: 0, lastWord: 6 },
        { name: 'action', start: 5.5, end: 10.4, durationSec: 4.9, firstWord: 9, lastWord: 18 },
        { name: 'reflection', start: 10.5, end: 13.4, durationSec: 2.9, firstWord: 19, lastWord: 24 },
      ],
      missing: ['task', 'result'],
    },
    ending: { crisp: true, kind: 'reflection', evidence: span(19, 24) },
    mode: 'behavioral',
    checklist: [
      { id: 'metric', label: 'A concrete number', met: true, evidence: [span(17, 18)] },
      { id: 'result', label: 'The result', met: false, evidence: [] },
    ],
    summary: {
      strengths: [
        { text: 'A concrete number', evidence: [span(17, 18)] },
        { text: 'Ends on a reflection', evidence: [span(19, 24)] },
        { text: 'You own it: “I”, not “we”', evidence: [] },
        { text: 'A fourth strength that does not fit', evidence: [] },
      ],
      fixes: [{ text: 'Say the result', evidence: [span(10, 12)] }],
    },
    transcript: { words: WORDS },
    ...overrides,
  };
}
