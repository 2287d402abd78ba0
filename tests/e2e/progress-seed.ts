// A library with history, written through the store as the app writes it: one question with a dozen
// scored elevator-pitch attempts (quiet audio, timed words, real reports), each with one word of its own
// for search to find.
import type { TimedWord } from '../../common/report';
import { defaultAnalysisOptions, score } from '../../native/analysis/score';
import { SAMPLE_RATE } from '../../native/audio/format';
import { encodeOggOpus } from '../../native/audio/ogg-opus';
import { resolveDataPaths } from '../../native/app/paths';
import { openStore } from '../../native/store';
import { FILLER_PROMPT } from '../../native/transcriber/decoding';

export const SEEDED_QUESTION = 'Tell me about a time you fixed something that kept failing.';
/** One word per attempt, said by no other attempt. */
export const OWN_WORDS = [
  'lighthouse',
  'marmalade',
  'kangaroo',
  'saxophone',
  'glacier',
  'origami',
  'trombone',
  'volcano',
  'pelican',
  'mosaic',
  'tangerine',
  'zeppelin',
];
/** Durations in seconds around the elevator window (25–35 s), so some land and some do not. */
export const DURATIONS = [38, 34, 27, 36, 31, 29, 33, 30, 32, 31, 30, 31];

function answerWords(ownWord: string, durationSec: number, variant: number): TimedWord[] {
  const text = [
    'When our checkout kept failing last spring I owned the fix myself.',
    variant % 2 === 0 ? 'um I added retries with backoff and a budget,' : 'I added retries with backoff and measured every call,',
    `and I called it the ${ownWord} plan.`,
    'Errors fell by forty percent in two weeks.',
    'In hindsight I would have tested it sooner.',
  ]
    .join(' ')
    .split(' ');
  const start = 1;
  const step = (durationSec - 2) / text.length;
  return text.map((word, i) => ({ text: word, start: start + i * step, end: start + i * step + step * 0.8, probability: 0.9 }));
}

export interface SeededLibrary {
  questionId: number;
  attemptIds: number[];
}

/** Writes the library into the data folder `home` (before the app opens it). */
export function seedProgressLibrary(home: string): SeededLibrary {
  const store = openStore(resolveDataPaths(home, {}).database);
  try {
    const questionId = store.addQuestion({ kind: 'story', text: SEEDED_QUESTION });
    const options = { ...defaultAnalysisOptions(), question: SEEDED_QUESTION };
    const attemptIds = DURATIONS.map((durationSec, i) => {
      const samples = new Float32Array(durationSec * SAMPLE_RATE).map(
        (_, n) => 0.05 * Math.sin((2 * Math.PI * 220 * n) / SAMPLE_RATE),
      );
      const recording = {
        codec: 'ogg-opus' as const,
        sampleRate: SAMPLE_RATE,
        sampleCount: samples.length,
        bytes: encodeOggOpus(samples),
      };
      const startedAt = new Date(Date.UTC(2026, 10, 10 + i, 9, 0)).toISOString();
      const id = store.createAttemptWithRecording(
        { questionId, startedAt, drillLength: 'elevator', targetMinSec: 25, targetMaxSec: 35, recovered: false },
        recording,
        durationSec,
      );
      const words = answerWords(OWN_WORDS[i]!, durationSec, i);
      store.saveTranscript(id, 'whisper', words, 'base.en', FILLER_PROMPT);
      store.saveReport(id, score(words, { durationSec }, options));
      return id;
    });
    return { questionId, attemptIds };
  } finally {
    store.close();
  }
}
