import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type JournalMeta, listInterrupted, openJournal, removeJournal } from '../../../native/audio/journal';
import { concatSignals, tempDir } from '../../utils/audio-signals';

const meta = (recordingId: string): JournalMeta => ({
  recordingId,
  questionId: 12,
  startedAt: '2025-03-04T10:11:12.000Z',
  targetMinSec: 60,
  targetMaxSec: 120,
  sampleRate: 16000,
});

/** A 250 ms chunk whose samples are exactly representable in 16 bits, so comparisons can be exact. */
const chunk = (value: number, length = 4000): Float32Array => new Float32Array(length).fill(value / 32768);

test('openJournal writes meta.json atomically next to an empty audio.pcm', (t) => {
  const dir = join(tempDir(t), 'journals');
  const journal = openJournal(dir, meta('rec-1'));
  t.after(() => journal.close());
  assert.equal(journal.path, join(dir, 'rec-1'));
  assert.deepEqual(readdirSync(journal.path).sort(), ['audio.pcm', 'meta.json']);
  assert.deepEqual(JSON.parse(readFileSync(join(journal.path, 'meta.json'), 'utf8')), meta('rec-1'));
  assert.equal(readFileSync(join(journal.path, 'audio.pcm')).length, 0);
  assert.equal(journal.durationSec, 0);
});

test('append stores chunks in order as little-endian Int16, clamped', (t) => {
  const journal = openJournal(tempDir(t), meta('rec-2'));
  t.after(() => journal.remove());
  journal.append(0, Float32Array.from([0.5, -0.25, 2, -2]));
  journal.append(1, Float32Array.from([1 / 32768]));
  assert.deepEqual(
    Array.from(readFileSync(join(journal.path, 'audio.pcm'))),
    [0x00, 0x40, 0x00, 0xe0, 0xff, 0x7f, 0x00, 0x80, 0x01, 0x00],
  );
  assert.deepEqual(Array.from(journal.samples()), [0.5, -0.25, 32767 / 32768, -1, 1 / 32768]);
  assert.equal(journal.durationSec, 5 / 16000);
});

test('a repeated chunk is ignored and a skipped one is an error until it arrives', (t) => {
  const journal = openJournal(tempDir(t), meta('rec-3'));
  t.after(() => journal.remove());
  journal.append(0, chunk(1));
  journal.append(1, chunk(2));
  journal.append(1, chunk(99));
  journal.append(0, chunk(99));
  assert.throws(() => journal.append(3, chunk(4)), { message: 'recording chunk 2 is missing' });
  journal.append(2, chunk(3));
  journal.append(3, chunk(4));
  assert.deepEqual(journal.samples(), concatSignals(chunk(1), chunk(2), chunk(3), chunk(4)));
  assert.equal(journal.durationSec, 1);
});

test('append rejects bad chunk numbers and samples without writing anything', (t) => {
  const journal = openJournal(tempDir(t), meta('rec-4'));
  t.after(() => journal.remove());
  for (const seq of [-1, 0.5, Number.NaN]) {
    assert.throws(() => journal.append(seq, chunk(1)), { message: `invalid recording chunk number ${seq}` });
  }
  assert.throws(() => journal.append(0, Float32Array.from([0.1, Number.NaN])), {
    message: 'recording chunk 0 contains an invalid sample (NaN)',
  });
  assert.equal(journal.samples().length, 0);
  journal.append(0, chunk(5, 10));
  assert.deepEqual(journal.samples(), chunk(5, 10));
});

test('a journal that was never closed is recovered with all its audio', (t) => {
  const dir = tempDir(t);
  const journal = openJournal(dir, meta('rec-5'));
  t.after(() => journal.close());
  for (let seq = 0; seq < 6; seq++) journal.append(seq, chunk(seq * 100));
  const { recovered, unreadable } = listInterrupted(dir);
  assert.deepEqual(unreadable, []);
  assert.equal(recovered.length, 1);
  assert.deepEqual(recovered[0]!.meta, meta('rec-5'));
  assert.equal(recovered[0]!.path, journal.path);
  assert.deepEqual(recovered[0]!.samples, concatSignals(...[0, 1, 2, 3, 4, 5].map((seq) => chunk(seq * 100))));
});

test('the samples a journal keeps in memory are the ones its file holds', (t) => {
  const dir = tempDir(t);
  const journal = openJournal(dir, meta('rec-kept'));
  t.after(() => journal.remove());
  // Over a minute of chunks, so the kept samples grow past their first allocation; values need rounding and clamping.
  for (let seq = 0; seq < 250; seq++) {
    journal.append(
      seq,
      Float32Array.from({ length: 4000 }, (_, i) => Math.sin(seq + i / 7) * 1.2),
    );
  }
  assert.throws(() => journal.append(250, Float32Array.from([0.5, Number.NaN])));
  const kept = journal.samples();
  assert.equal(kept.length, 250 * 4000);
  assert.deepEqual(kept, listInterrupted(dir).recovered[0]!.samples);
});

test('audio survives the recording process being killed', (t) => {
  const dir = tempDir(t);
  const child = fileURLToPath(new URL('./journal-crash-child.ts', import.meta.url));
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', child, dir, '10'], { cwd: repo, encoding: 'utf8' });
  assert.equal(result.signal, 'SIGKILL', result.stderr);
  const { recovered, unreadable } = listInterrupted(dir);
  assert.deepEqual(unreadable, []);
  assert.equal(recovered.length, 1);
  assert.equal(recovered[0]!.meta.recordingId, 'killed');
  assert.equal(recovered[0]!.samples.length, 10 * 4000);
  assert.ok(Math.abs(recovered[0]!.samples[9 * 4000]! - 0.09) < 1 / 32768);
});

test('a half-written final sample is dropped', (t) => {
  const dir = tempDir(t);
  const journal = openJournal(dir, meta('rec-6'));
  journal.append(0, chunk(7, 3));
  journal.close();
  appendFileSync(join(journal.path, 'audio.pcm'), Uint8Array.from([0x12]));
  const [recovered] = listInterrupted(dir).recovered;
  assert.deepEqual(recovered?.samples, chunk(7, 3));
});

test('unreadable journals are reported with a reason while the others are recovered', (t) => {
  const dir = tempDir(t);
  for (const id of ['a-good', 'b-garbled', 'c-no-meta', 'd-bad-field', 'e-wrong-id', 'f-no-audio']) {
    const journal = openJournal(dir, meta(id));
    journal.append(0, chunk(1, 8));
    journal.close();
  }
  writeFileSync(join(dir, 'b-garbled', 'meta.json'), '{"recordingId": "b-gar');
  rmSync(join(dir, 'c-no-meta', 'meta.json'));
  writeFileSync(join(dir, 'd-bad-field', 'meta.json'), JSON.stringify({ ...meta('d-bad-field'), sampleRate: 'fast' }));
  writeFileSync(join(dir, 'e-wrong-id', 'meta.json'), JSON.stringify(meta('someone-else')));
  rmSync(join(dir, 'f-no-audio', 'audio.pcm'));
  writeFileSync(join(dir, 'not-a-folder.txt'), 'ignored');

  const { recovered, unreadable } = listInterrupted(dir);
  assert.deepEqual(
    recovered.map((item) => item.meta.recordingId),
    ['a-good'],
  );
  assert.deepEqual(unreadable, [
    { path: join(dir, 'b-garbled'), reason: 'meta.json is not valid JSON' },
    { path: join(dir, 'c-no-meta'), reason: 'meta.json is missing' },
    { path: join(dir, 'd-bad-field'), reason: 'meta.json is invalid: invalid sample rate "fast"' },
    { path: join(dir, 'e-wrong-id'), reason: 'meta.json belongs to recording someone-else' },
    { path: join(dir, 'f-no-audio'), reason: 'audio.pcm is missing' },
  ]);
});

test('listInterrupted of a folder that does not exist finds nothing', (t) => {
  assert.deepEqual(listInterrupted(join(tempDir(t), 'never-created')), { recovered: [], unreadable: [] });
});

test('close and remove end the journal', (t) => {
  const dir = tempDir(t);
  const journal = openJournal(dir, meta('rec-7'));
  journal.append(0, chunk(1));
  journal.close();
  journal.close();
  assert.throws(() => journal.append(1, chunk(1)), { message: 'the recording journal is closed' });
  assert.equal(journal.samples().length, 4000);
  journal.remove();
  assert.equal(existsSync(journal.path), false);
  assert.throws(() => journal.samples(), { message: 'the recording journal was removed' });
  assert.deepEqual(listInterrupted(dir), { recovered: [], unreadable: [] });
});

test('closing while a background flush runs keeps every chunk and leaves the journal removable', (t) => {
  const dir = tempDir(t);
  const journal = openJournal(dir, meta('rec-flush'));
  // Four 250 ms chunks make a second: the fourth starts a flush, which is still running at close.
  for (let seq = 0; seq < 5; seq++) journal.append(seq, chunk(seq + 1));
  journal.close();
  assert.deepEqual(journal.samples(), concatSignals(...[1, 2, 3, 4, 5].map((value) => chunk(value))));
  journal.remove();
  assert.equal(existsSync(journal.path), false);
});

test('removeJournal deletes journal folders only', (t) => {
  const dir = tempDir(t);
  const journal = openJournal(dir, meta('rec-8'));
  journal.close();
  removeJournal(journal.path);
  assert.equal(existsSync(journal.path), false);
  removeJournal(journal.path);

  const other = join(dir, 'photos');
  mkdirSync(other);
  writeFileSync(join(other, 'cat.jpg'), 'meow');
  assert.throws(() => removeJournal(other), { message: `not a recording journal (it contains cat.jpg): ${other}` });
  assert.equal(existsSync(join(other, 'cat.jpg')), true);
});

test('openJournal refuses a duplicate recording and invalid metadata', (t) => {
  const dir = tempDir(t);
  openJournal(dir, meta('rec-9')).close();
  assert.throws(() => openJournal(dir, meta('rec-9')), { message: 'a recording journal for rec-9 already exists' });
  assert.throws(() => openJournal(dir, meta('../escape')), {
    message: 'invalid recording id "../escape" (use letters, digits, - and _)',
  });
  assert.throws(() => openJournal(dir, { ...meta('x'), questionId: 1.5 }), { message: 'invalid question id 1.5' });
  assert.throws(() => openJournal(dir, { ...meta('x'), startedAt: 'yesterday' }), {
    message: 'invalid recording start time "yesterday"',
  });
  assert.throws(() => openJournal(dir, { ...meta('x'), targetMinSec: 120, targetMaxSec: 60 }), {
    message: 'invalid target length 120–60 s',
  });
  assert.throws(() => openJournal(dir, { ...meta('x'), sampleRate: 0 }), /unsupported sample rate 0 Hz/);
  assert.deepEqual(readdirSync(dir), ['rec-9']);
});
