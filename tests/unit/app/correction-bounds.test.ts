// Issue 9: "word times must be finite, and lie within the audio": a correction is re-timed to Whisper's
// words, so words that end past the audio must be refused, not scored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../../common/errors';
import { LibraryService } from '../../../native/app/library';
import { encodeOggOpus } from '../../../native/audio/ogg-opus';
import { speechLike } from '../../utils/audio-signals';
import { newAttempt } from '../store/fixtures';
import { memoryStore } from './fixtures';

test('a correction whose words would lie past the audio is refused with a clear error, and nothing is saved', async (t) => {
  const { store, settings, questionId } = memoryStore(t);
  const samples = speechLike(1);
  const attemptId = store.createAttemptWithRecording(
    newAttempt(questionId),
    { codec: 'ogg-opus', sampleRate: 16000, sampleCount: samples.length, bytes: encodeOggOpus(samples) },
    1,
  );
  store.saveTranscript(attemptId, 'whisper', [
    { text: 'we', start: 0.1, end: 0.4, probability: 0.9 },
    { text: 'shipped', start: 0.5, end: 90, probability: 0.9 },
  ]);
  const library = new LibraryService(store, settings);
  await assert.rejects(
    library.correctTranscript({ attemptId, text: 'we shipped it' }),
    (error: unknown) =>
      error instanceof AppError && error.code === 'transcript-invalid' && /after the audio ends/.test(error.message),
  );
  assert.equal(store.getAttempt(attemptId)?.transcriptSource, 'whisper');
});
