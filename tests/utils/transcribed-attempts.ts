// Attempts as an older model left them: 3 s of speech-like audio stored as Opus, transcribed as `words` by
// "base.en" and scored. The re-transcription tests (integration and end-to-end) start from such a library.
import type { TimedWord } from '../../common/report';
import { defaultAnalysisOptions, score } from '../../native/analysis/score';
import { encodeOggOpus } from '../../native/audio/ogg-opus';
import { openStore } from '../../native/store';
import { speechLike } from './audio-signals';

/** Adds `question` and `count` such attempts of it, a day apart, to the library at `database`; oldest first. */
export function seedTranscribedAttempts(
  database: string,
  { question, words, count }: { question: string; words: TimedWord[]; count: number },
): { questionId: number; ids: number[] } {
  const store = openStore(database);
  try {
    const questionId = store.addQuestion({ kind: 'question', text: question });
    const ids = Array.from({ length: count }, (_, i) => {
      const samples = speechLike(3);
      const id = store.createAttemptWithRecording(
        {
          questionId,
          startedAt: new Date(Date.UTC(2026, 10, 1 + i, 9)).toISOString(),
          drillLength: 'elevator',
          targetMinSec: 25,
          targetMaxSec: 35,
          recovered: false,
        },
        { codec: 'ogg-opus', sampleRate: 16000, sampleCount: samples.length, bytes: encodeOggOpus(samples) },
        3,
      );
      store.saveTranscript(id, 'whisper', words, 'base.en', 'old prompt');
      store.saveReport(id, score(words, { durationSec: 3 }, { ...defaultAnalysisOptions(), question }));
      return id;
    });
    return { questionId, ids };
  } finally {
    store.close();
  }
}
