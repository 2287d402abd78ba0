// Issue 9: "killed during recovery, in 15 of 20 trials, an attempt with no audio remained", and
// "recovering a 60-minute journal blocks start-up". A failing store stands in for the kill: the attempt
// and its audio are one commit, and the journal is deleted only after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { LibraryService } from '../../../native/app/library';
import { Pipeline } from '../../../native/app/pipeline';
import { RecordingsService } from '../../../native/app/recordings';
import { SettingsService } from '../../../native/app/settings';
import { TranscriberHost } from '../../../native/app/transcription';
import { openStore } from '../../../native/store';
import { speechLike, tempDir } from '../../utils/audio-signals';
import { holdWriteLock } from '../store/write-lock';
import { eventRecorder } from './fixtures';

const target = { minSec: 60, maxSec: 90 };

function services(file: string, journalDir: string) {
  const store = openStore(file);
  const settings = new SettingsService(store);
  const { emit, events } = eventRecorder();
  const logged: string[] = [];
  const log = { error: (error: unknown) => logged.push(String(error)) > 0 };
  const host = new TranscriberHost();
  const pipeline = new Pipeline({ store, settings, host, emit, log });
  const library = new LibraryService(store, settings);
  const recordings = new RecordingsService({ store, settings, library, pipeline, host, journalDir, emit, log });
  return { store, library, pipeline, recordings, events, logged };
}

function count(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Leaves a journal of `seconds` of speech behind, as a kill mid-recording would; returns the question's id. */
function leaveJournal(file: string, journalDir: string, seconds: number): number {
  const before = services(file, journalDir);
  const questionId = before.store.addQuestion({ kind: 'question', text: 'Tell me about a hard trade-off.' });
  const { recordingId } = before.recordings.start({ questionId, target });
  const samples = speechLike(seconds);
  for (let seq = 0; seq * 16000 < samples.length; seq++)
    before.recordings.append({ recordingId, seq, samples: samples.slice(seq * 16000, (seq + 1) * 16000) });
  before.recordings.close();
  before.store.close();
  return questionId;
}

test('a store failure during recovery leaves the journal for the next launch and no attempt without audio', async (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'voicedrill.sqlite');
  const journalDir = path.join(dir, 'journal');
  const questionId = leaveJournal(file, journalDir, 2);

  // The audio cannot be written (as if the process died between the attempt and its recording).
  const other = new Database(file);
  other.exec("CREATE TRIGGER fail_audio BEFORE INSERT ON recordings BEGIN SELECT RAISE(ABORT, 'disk gone'); END");
  other.close();
  const failing = services(file, journalDir);
  await failing.recordings.recoverInterrupted();
  await failing.pipeline.idle();
  assert.equal(count(file, 'attempts'), 0, 'no attempt row without its audio');
  assert.equal(readdirSync(journalDir).length, 1, 'the journal is kept for the next launch');
  assert.match(failing.logged.join('\n'), /disk gone/);
  assert.ok(
    failing.events.some((event) => event.name === 'notice' && /next start/.test((event.payload as { message: string }).message)),
  );
  failing.store.close();

  const fixed = new Database(file);
  fixed.exec('DROP TRIGGER fail_audio');
  fixed.close();
  const next = services(file, journalDir);
  t.after(() => next.store.close());
  await next.recordings.recoverInterrupted();
  await next.pipeline.idle();
  const [attempt, ...others] = next.library.listAttempts(questionId);
  assert.deepEqual([others.length, attempt?.recovered, attempt?.durationSec], [0, true, 2]);
  assert.ok(next.store.getRecording(attempt!.id));
  assert.deepEqual(readdirSync(journalDir), []);
});

test('recovery encodes in chunks, letting the event loop turn while it runs', async (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'voicedrill.sqlite');
  const journalDir = path.join(dir, 'journal');
  leaveJournal(file, journalDir, 20);
  const s = services(file, journalDir);
  t.after(() => s.store.close());
  let done = false;
  let turns = 0;
  const recovery = s.recordings.recoverInterrupted().then(() => (done = true));
  while (!done) {
    turns++;
    await nextTurn();
  }
  await recovery;
  await s.pipeline.idle();
  // 20 s in 2 s chunks: the loop turned between every chunk, not once after the whole journal.
  assert.ok(turns >= 10, `the event loop turned ${turns} times during recovery`);
  assert.equal(count(file, 'recordings'), 1);
});

test('Stop waits out another process holding the write lock, and stores the take once', async (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'voicedrill.sqlite');
  const journalDir = path.join(dir, 'journal');
  openStore(file).close();
  // A short busy timeout, so the first try meets the lock and Stop must retry rather than fail.
  const store = openStore(file, { busyTimeoutMs: 50 });
  t.after(() => store.close());
  const settings = new SettingsService(store);
  const { emit } = eventRecorder();
  const host = new TranscriberHost();
  const pipeline = new Pipeline({ store, settings, host, emit });
  const library = new LibraryService(store, settings);
  const recordings = new RecordingsService({ store, settings, library, pipeline, host, journalDir, emit });
  const questionId = store.addQuestion({ kind: 'question', text: 'Tell me about a launch.' });
  const { recordingId } = recordings.start({ questionId, target });
  recordings.append({ recordingId, seq: 0, samples: speechLike(1) });

  const lock = await holdWriteLock(file, null);
  const stopping = recordings.stop({ recordingId });
  // The first try has already met the lock (it runs before stop returns); the lock goes while Stop waits.
  lock.release();
  await lock.released;
  const { attemptId } = await stopping;
  await pipeline.idle();
  assert.ok(store.getRecording(attemptId));
  assert.equal(count(file, 'attempts'), 1);
  assert.deepEqual(readdirSync(journalDir), []);
});
