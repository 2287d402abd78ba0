// A library with history, written through the store as the app writes it: one question with a dozen
// scored elevator-pitch attempts (quiet audio, timed words, real reports), each with one word of its own
// for search to find and a prediction made before its score; a story told through that question; and a
// second question answered ten times on one day long ago (so the review schedule has it due), with
// predictions too, so that all the predictions together are enough for a reliability diagram.
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

export const SEEDED_STORY = 'Checkout retries';
export const DUE_QUESTION = 'Walk me through a launch you led.';
/** The chance of landing in the window the user said for each attempt, in percent. */
const CHANCES = [80, 60, 90, 30, 70, 50, 60, 80, 40, 70, 90, 60];
export const DUE_ATTEMPTS = 10;

export interface SeededLibrary {
  questionId: number;
  attemptIds: number[];
  storyId: number;
  dueQuestionId: number;
}

function quietRecording(durationSec: number) {
  const samples = new Float32Array(durationSec * SAMPLE_RATE).map(
    (_, n) => 0.05 * Math.sin((2 * Math.PI * 220 * n) / SAMPLE_RATE),
  );
  return { codec: 'ogg-opus' as const, sampleRate: SAMPLE_RATE, sampleCount: samples.length, bytes: encodeOggOpus(samples) };
}

/** Writes the library into the data folder `home` (before the app opens it). */
export function seedProgressLibrary(home: string): SeededLibrary {
  const store = openStore(resolveDataPaths(home, {}).database);
  try {
    const questionId = store.addQuestion({ kind: 'story', text: SEEDED_QUESTION });
    const options = { ...defaultAnalysisOptions(), question: SEEDED_QUESTION };
    const attemptIds = DURATIONS.map((durationSec, i) => {
      const startedAt = new Date(Date.UTC(2026, 10, 10 + i, 9, 0)).toISOString();
      const id = store.createAttemptWithRecording(
        { questionId, startedAt, drillLength: 'elevator', targetMinSec: 25, targetMaxSec: 35, recovered: false },
        quietRecording(durationSec),
        durationSec,
      );
      const words = answerWords(OWN_WORDS[i]!, durationSec, i);
      store.saveTranscript(id, 'whisper', words, 'base.en', FILLER_PROMPT);
      store.saveReport(id, score(words, { durationSec }, options));
      store.setSelfEstimate(id, {
        durationSec: 30 + (i % 5),
        fillerCount: i % 2,
        inWindowChance: CHANCES[i]! / 100,
        overall: 3,
      });
      return id;
    });
    const storyId = store.practice().createStory({ title: SEEDED_STORY, keyNumbers: ['40%'], questionIds: [questionId] }).id;
    const dueQuestionId = store.addQuestion({ kind: 'question', text: DUE_QUESTION });
    for (let i = 0; i < DUE_ATTEMPTS; i++) {
      const durationSec = 28 + i;
      const startedAt = new Date(Date.UTC(2026, 9, 1, 9, 2 * i)).toISOString();
      const id = store.createAttemptWithRecording(
        { questionId: dueQuestionId, startedAt, drillLength: 'elevator', targetMinSec: 25, targetMaxSec: 35, recovered: false },
        quietRecording(durationSec),
        durationSec,
      );
      const words = answerWords('rocket', durationSec, i);
      store.saveTranscript(id, 'whisper', words, 'base.en', FILLER_PROMPT);
      store.saveReport(id, score(words, { durationSec }, { ...options, question: DUE_QUESTION }));
      store.setSelfEstimate(id, { durationSec: 30, fillerCount: 1, inWindowChance: (i % 5) / 4, overall: null });
    }
    return { questionId, attemptIds, storyId, dueQuestionId };
  } finally {
    store.close();
  }
}
