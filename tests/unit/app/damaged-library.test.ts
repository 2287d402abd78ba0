// The damaged-library choices the app offers: recover what can be read into a new library, or start fresh,
// keeping the damaged file beside it byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../../common/errors';
import { describeDamagedOutcome, resolveDamagedLibrary } from '../../../native/app/damaged-library';
import { openStore } from '../../../native/store/open';
import { newAttempt, tempDir } from '../store/fixtures';

const PAGE = 4096;

function library(file: string): void {
  const store = openStore(file);
  const questionId = store.addQuestion({ kind: 'question', text: 'Tell me about a launch.' });
  for (let i = 0; i < 12; i++) {
    const bytes = new Uint8Array(6000).map((_, j) => (i * 31 + j * 7) & 0xff);
    store.createAttemptWithRecording(
      newAttempt(questionId, `2025-03-0${1 + (i % 9)}T10:00:00.000Z`),
      { codec: 'ogg-opus', sampleRate: 48000, sampleCount: 48000, bytes },
      1,
    );
  }
  store.close();
}

function damage(file: string): string {
  // The next-to-last page is overwritten (the last recordings' overflow): the header and the schema still read.
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(PAGE, 0x5a), 0, PAGE, (statSync(file).size / PAGE - 2) * PAGE);
  closeSync(fd);
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

test('recover: what can be read goes into a new library that opens cleanly; the damaged file is kept unchanged', (t) => {
  const file = join(tempDir(t), 'voicedrill.sqlite');
  library(file);
  const digest = damage(file);
  assert.throws(
    () => openStore(file),
    (error: unknown) => error instanceof AppError && error.code === 'database-damaged',
  );

  const outcome = resolveDamagedLibrary(file, 'recover', { now: new Date('2026-11-27T15:00:00Z') });
  assert.equal(createHash('sha256').update(readFileSync(outcome.keptAt)).digest('hex'), digest);
  const store = openStore(file);
  try {
    const [question] = store.listQuestions();
    assert.equal(question?.text, 'Tell me about a launch.');
    const attempts = store.listAttempts(question.id);
    assert.ok(attempts.length > 0 && attempts.length <= 12, `${attempts.length} attempts recovered`);
    assert.ok(
      attempts.every((attempt) => store.getRecording(attempt.id) !== null),
      'no attempt without its audio',
    );
  } finally {
    store.close();
  }
  assert.match(
    describeDamagedOutcome('recover', outcome),
    /^Recovered \d+ attempts and 1 question into a new library\..*kept, unchanged, at /,
  );
});

test('fresh: a new empty library, and the damaged file kept beside it', (t) => {
  const file = join(tempDir(t), 'voicedrill.sqlite');
  library(file);
  damage(file);
  const outcome = resolveDamagedLibrary(file, 'fresh');
  assert.ok(existsSync(outcome.keptAt));
  assert.equal(existsSync(file), false, 'the new library is created by the next open');
  const store = openStore(file);
  assert.deepEqual(store.listQuestions(), []);
  store.close();
  assert.match(describeDamagedOutcome('fresh', outcome), /^Started a new, empty library\. The damaged library is kept/);
});
