import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../../common/errors';
import { LibraryService } from '../../../native/app/library';
import { encodeOggOpus } from '../../../native/audio/ogg-opus';
import { speechLike } from '../../utils/audio-signals';
import { newAttempt, WHISPER_WORDS } from '../store/fixtures';
import { memoryStore } from './fixtures';

const code = (expected: string) => (error: unknown) => error instanceof AppError && error.code === expected;

test('questions are added trimmed; unknown questions and attempts are not-found errors', (t) => {
  const { store, settings, questionId } = memoryStore(t);
  const library = new LibraryService(store, settings);
  const added = library.addQuestion({ text: '  Why this role?  ', kind: 'story' });
  assert.deepEqual([added.text, added.kind], ['Why this role?', 'story']);
  assert.ok(library.listQuestions().some((question) => question.id === questionId));
  assert.throws(() => library.listAttempts(9999), code('not-found'));
  assert.throws(() => library.getAttempt(9999), code('not-found'));
  assert.throws(() => library.getRecording(9999), code('not-found'));
  assert.throws(() => library.deleteAttempt(9999), code('not-found'));
});

test("a correction is re-timed to Whisper's words and scored against the stored audio; revert drops it", (t) => {
  const { store, settings, questionId } = memoryStore(t);
  const library = new LibraryService(store, settings);
  const attemptId = store.createAttempt(newAttempt(questionId));
  assert.throws(
    () => library.correctTranscript({ attemptId, text: 'words' }),
    code('transcript-invalid'),
    'nothing to correct yet',
  );
  const samples = speechLike(2);
  store.saveRecording(
    attemptId,
    { codec: 'ogg-opus', sampleRate: 16000, sampleCount: samples.length, bytes: encodeOggOpus(samples) },
    2,
  );
  store.saveTranscript(attemptId, 'whisper', WHISPER_WORDS, 'test');
  const corrected = library.correctTranscript({ attemptId, text: 'We shipped it' });
  assert.equal(corrected.transcriptSource, 'corrected');
  assert.deepEqual(
    corrected.words.map((word) => word.text),
    ['We', 'shipped', 'it'],
  );
  assert.equal(corrected.report?.durationSec, 2);
  const reverted = library.revertTranscript(attemptId);
  assert.equal(reverted.transcriptSource, 'whisper');
  assert.deepEqual(
    reverted.words.map((word) => word.text),
    WHISPER_WORDS.map((word) => word.text),
  );
  assert.equal(library.getRecording(attemptId).mimeType, 'audio/ogg; codecs=opus');
  library.deleteAttempt(attemptId);
  assert.deepEqual(library.listAttempts(questionId), []);
});
