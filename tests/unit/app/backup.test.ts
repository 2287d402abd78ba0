// The backup service against real files: a backup is one consistent file written whole or not at all; a
// restore checks the file first and leaves the library untouched on any refusal; delete-everything leaves
// a fresh library and no copy of what was deleted.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../common/errors';
import { BackupService, type BackupServiceOptions } from '../../../native/app/backup';
import { resolveDataPaths, type DataPaths } from '../../../native/app/paths';
import { loadSettings, saveSettings } from '../../../native/app/settings';
import { encodeOggOpus } from '../../../native/audio/ogg-opus';
import { shippedDeck } from '../../../native/library/shipped';
import { openStore, type Store } from '../../../native/store';
import { LATEST_VERSION, migrate } from '../../../native/store/migrations';
import { dumpDatabase, dumpLibraryFile } from '../../utils/library-dump';
import { fillDisk, mountTmpfs } from '../../utils/tmpfs';
import { newAttempt, report, tempDir, WHISPER_WORDS } from '../store/fixtures';
import { eventRecorder } from './fixtures';

/** A library with one of everything the user makes, written through the store. */
function fill(store: Store, text: string): void {
  const practice = store.practice();
  const question = practice.createQuestion({ text, tags: ['growth'] });
  const story = practice.createStory({ title: `${text} story`, keyNumbers: ['40%'], questionIds: [question.id] });
  const samples = new Float32Array(16000).map((_, n) => 0.1 * Math.sin(n / 9));
  const attemptId = store.createAttemptWithRecording(
    newAttempt(question.id),
    { codec: 'ogg-opus', sampleRate: 16000, sampleCount: samples.length, bytes: encodeOggOpus(samples) },
    1,
  );
  store.saveTranscript(attemptId, 'whisper', WHISPER_WORDS, 'base.en', 'um');
  store.saveReport(attemptId, report());
  store.setSelfEstimate(attemptId, { durationSec: 70, fillerCount: 2, inWindowChance: 0.5, overall: 3 });
  practice.linkAttempt({ attemptId, storyId: story.id });
  practice.setNote(attemptId, `${text} note`);
  saveSettings(store, { liveView: true, fillerWords: ['um', text.split(' ')[0]!.toLowerCase()] });
}

interface Library {
  paths: DataPaths;
  store: Store;
  service: BackupService;
}

function library(t: TestContext, text: string, options: Partial<BackupServiceOptions> = {}): Library {
  const paths = resolveDataPaths(tempDir(t), {});
  const store = openStore(paths.database);
  t.after(() => store.close());
  store.practice().seedDeck(shippedDeck());
  if (text) fill(store, text);
  return { paths, store, service: new BackupService({ store, paths, ...options }) };
}

const dump = (store: Store) => store.read(dumpDatabase);

async function rejects(promise: Promise<unknown>, code: string, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof AppError, String(error));
    assert.equal(error.code, code, error.message);
    assert.match(error.message, pattern);
    return true;
  });
}

test('a backup is one complete file, written with progress, that holds the library row for row', async (t) => {
  const recorder = eventRecorder();
  const { store, service } = library(t, 'Why this team', { emit: recorder.emit });
  const dir = tempDir(t);
  const target = path.join(dir, 'mine.sqlite');
  const { path: written, bytes } = await service.backup(target);
  assert.equal(written, target);
  assert.deepEqual(readdirSync(dir), ['mine.sqlite'], 'no partial, -wal or -journal file is left beside it');
  assert.equal(bytes, readFileSync(target).length);
  assert.deepEqual(dumpLibraryFile(target), dump(store));
  const progress = recorder.events.filter((event) => event.name === 'backupProgress').map((event) => event.payload);
  assert.ok(progress.length > 0);
  assert.deepEqual(progress.at(-1), {
    done: (progress.at(-1) as { total: number }).total,
    total: (progress.at(-1) as { total: number }).total,
  });
});

test('a cancelled save dialog writes nothing; a missing folder is a clear error', async (t) => {
  const { service } = library(t, 'Why this team', { pickSaveFile: async () => null });
  assert.deepEqual(await service.backup(), { path: null, bytes: 0 });
  const missing = path.join(tempDir(t), 'no-such-folder', 'b.sqlite');
  await rejects(service.backup(missing), 'not-found', /no-such-folder does not exist/);
  assert.equal(existsSync(path.dirname(missing)), false);
});

test('a folder (or a device) chosen as the backup is refused and left as it was', async (t) => {
  const { service } = library(t, 'Why this team');
  const folder = path.join(tempDir(t), 'backups-here');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'kept.txt'), 'mine');
  await rejects(service.backup(folder), 'invalid-argument', /is not a file, so nothing was written/);
  assert.deepEqual(readdirSync(folder), ['kept.txt']);
  assert.deepEqual(readdirSync(path.dirname(folder)), ['backups-here']);
});

test('a full disk fails the backup with disk-full and leaves no file at all', async (t) => {
  const disk = mountTmpfs(t, 256);
  if (!disk) return;
  const { service } = library(t, 'Why this team');
  fillDisk(disk.dir);
  const target = path.join(disk.dir, 'b.sqlite');
  await rejects(service.backup(target), 'disk-full', /full/);
  assert.deepEqual(readdirSync(disk.dir), ['ggml-base.en.bin.part'], 'neither the backup nor its temporary file');
});

test('a restore replaces every row with the backup, after keeping a copy of the library it replaces', async (t) => {
  const source = library(t, 'Why this team');
  const file = path.join(tempDir(t), 'b.sqlite');
  await source.service.backup(file);
  const replaced: string[] = [];
  const target = library(t, 'Tell me about a failure', { afterReplace: (reason) => void replaced.push(reason) });
  const before = dump(target.store);
  const preview = await target.service.inspect(file);
  assert.ok(preview);
  assert.deepEqual(preview.backup, source.store.counts());
  assert.deepEqual(preview.current, target.store.counts());
  assert.equal(readdirSync(target.service.pendingDir).length, 1, 'the checked copy waits for the confirmation');
  const { safetyCopy, counts } = await target.service.restore(preview.token);
  assert.deepEqual(dump(target.store), dump(source.store));
  assert.deepEqual(counts, source.store.counts());
  assert.deepEqual(dumpLibraryFile(safetyCopy), before, 'the safety copy is the library as it was');
  assert.equal(path.dirname(safetyCopy), target.service.safetyFolder);
  assert.deepEqual(replaced, ['restored']);
  assert.deepEqual(readdirSync(target.service.pendingDir), []);
  // The search index follows the restored transcripts.
  const hits = target.store.read((db) =>
    db.prepare("SELECT rowid FROM transcripts_fts WHERE transcripts_fts MATCH 'shipped'").all(),
  );
  assert.equal(hits.length, 1);
  await rejects(target.service.restore(preview.token), 'not-found', /Choose it again/);
});

test('an older backup is brought up to date by the normal migrations, and the file itself is not changed', async (t) => {
  const file = path.join(tempDir(t), 'old.sqlite');
  const old = new Database(file);
  migrate(old, 3);
  old.prepare("INSERT INTO questions (id, kind, text, source) VALUES (1, 'question', 'An old question', 'user')").run();
  old.close();
  const original = readFileSync(file);
  const { store, service } = library(t, 'Why this team');
  const preview = await service.inspect(file);
  assert.ok(preview);
  await service.restore(preview.token);
  assert.deepEqual(readFileSync(file), original);
  assert.equal(
    store.read((db) => db.pragma('user_version', { simple: true })),
    LATEST_VERSION,
  );
  assert.deepEqual(
    store.listQuestions().map((question) => question.text),
    ['An old question'],
  );
});

test('a file that is not a whole Voicedrill backup of this or an older version is refused, and nothing changes', async (t) => {
  const { store, service } = library(t, 'Why this team');
  const before = dump(store);
  const dir = tempDir(t);
  const text = path.join(dir, 'notes.sqlite');
  writeFileSync(text, 'not a database at all');
  const foreign = path.join(dir, 'foreign.sqlite');
  const other = new Database(foreign);
  other.exec('CREATE TABLE things (id INTEGER PRIMARY KEY); INSERT INTO things VALUES (1);');
  other.close();
  const empty = path.join(dir, 'empty.sqlite');
  new Database(empty).exec('VACUUM');
  const newer = path.join(dir, 'newer.sqlite');
  await service.backup(newer);
  const bump = new Database(newer);
  bump.pragma(`user_version = ${LATEST_VERSION + 1}`);
  bump.close();
  const damaged = path.join(dir, 'damaged.sqlite');
  await service.backup(damaged);
  const bytes = readFileSync(damaged);
  // Scribble over the second half of the file: its b-tree pages no longer hold together.
  bytes.fill(0x5a, Math.floor(bytes.length / 2), bytes.length - 16);
  writeFileSync(damaged, bytes);

  await rejects(service.inspect(path.join(dir, 'missing.sqlite')), 'not-found', /no backup at .*missing\.sqlite/);
  await rejects(service.inspect(dir), 'database-foreign', /not a Voicedrill backup/);
  await rejects(service.inspect(text), 'database-foreign', /not a Voicedrill backup.*unchanged/);
  await rejects(service.inspect(foreign), 'database-foreign', /not a Voicedrill backup/);
  await rejects(service.inspect(empty), 'database-foreign', /not a Voicedrill backup/);
  await rejects(service.inspect(newer), 'database-newer', /newer version of Voicedrill.*Update Voicedrill/);
  await rejects(service.inspect(damaged), 'database-damaged', /is damaged.*nothing was restored/);
  assert.deepEqual(dump(store), before);
  assert.deepEqual(readdirSync(service.pendingDir), [], 'no checked copy is left behind');
});

test('a live recording holds the restore back with the library untouched', async (t) => {
  const source = library(t, 'Why this team');
  const file = path.join(tempDir(t), 'b.sqlite');
  await source.service.backup(file);
  const target = library(t, 'Tell me about a failure', {
    quiesce: async () => {
      throw new AppError('recording-active', 'Stop or discard the recording in progress first.');
    },
  });
  const before = dump(target.store);
  const preview = await target.service.inspect(file);
  assert.ok(preview);
  await rejects(target.service.restore(preview.token), 'recording-active', /Stop or discard/);
  assert.deepEqual(dump(target.store), before);
  await rejects(target.service.erase(), 'recording-active', /Stop or discard/);
  assert.deepEqual(dump(target.store), before);
  target.service.cancelRestore(preview.token);
  assert.deepEqual(readdirSync(target.service.pendingDir), []);
});

test('one backup, restore or deletion at a time', async (t) => {
  const { service } = library(t, 'Why this team');
  const dir = tempDir(t);
  const first = service.backup(path.join(dir, 'a.sqlite'));
  await rejects(service.backup(path.join(dir, 'b.sqlite')), 'busy', /already under way/);
  await first;
});

test('delete everything leaves the library a fresh one, keeps the chosen model and no copy of what was deleted', async (t) => {
  const erased: string[] = [];
  const { paths, store, service } = library(t, 'Why this team', { afterReplace: (reason) => void erased.push(reason) });
  saveSettings(store, { modelPath: '/models/ggml-base.en.bin' });
  await service.backup(path.join(tempDir(t), 'kept-elsewhere.sqlite'));
  await store.dailyBackup(service.safetyFolder);
  for (const dir of [paths.journal, paths.models]) mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(paths.journal, 'rec.journal'), 'samples');
  writeFileSync(path.join(paths.models, 'ggml-base.en.bin'), 'model');
  writeFileSync(path.join(paths.home, 'voicedrill.log'), 'error: Why this team');
  writeFileSync(`${paths.database}.damaged-20260101T000000000Z`, 'old');

  await service.erase();

  const fresh = library(t, '');
  const withoutTimes = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), created_at: null, updated_at: null }));
  const mine = dump(store);
  const firstLaunch = dump(fresh.store);
  for (const table of Object.keys(firstLaunch).filter((name) => name !== 'settings')) {
    assert.deepEqual(withoutTimes(mine[table]!), withoutTimes(firstLaunch[table]!), table);
  }
  assert.deepEqual(loadSettings(store), { ...loadSettings(fresh.store), modelPath: '/models/ggml-base.en.bin' });
  assert.deepEqual(readdirSync(paths.journal), []);
  assert.deepEqual(readdirSync(service.safetyFolder), []);
  assert.deepEqual(readdirSync(paths.models), ['ggml-base.en.bin'], 'models are not part of the library');
  assert.deepEqual(
    readdirSync(paths.home)
      .filter((name) => !name.startsWith('voicedrill.sqlite'))
      .sort(),
    ['backups', 'journal', 'models', 'restore-pending'],
  );
  assert.equal(existsSync(`${paths.database}.damaged-20260101T000000000Z`), false);
  // Compacted: the deleted audio and text are not left in the file's free pages.
  store.read((db) => db.pragma('wal_checkpoint(TRUNCATE)'));
  assert.equal(readFileSync(paths.database).includes('Why this team story'), false);
  assert.deepEqual(erased, ['erased']);
});

test('on a full disk a restore stops before replacing anything, and the library stays as it was', async (t) => {
  const disk = mountTmpfs(t, 1024);
  if (!disk) return;
  const source = library(t, 'Why this team');
  const file = path.join(tempDir(t), 'b.sqlite');
  await source.service.backup(file);
  const paths = resolveDataPaths(disk.dir, {});
  const store = openStore(paths.database);
  t.after(() => store.close());
  fill(store, 'Tell me about a failure');
  const service = new BackupService({ store, paths });
  const before = dump(store);
  const preview = await service.inspect(file);
  assert.ok(preview);
  fillDisk(disk.dir);
  await rejects(service.restore(preview.token), 'disk-full', /full/);
  assert.deepEqual(dump(store), before);
  assert.deepEqual(readdirSync(service.safetyFolder), [], 'no half safety copy');
  await rejects(service.inspect(file), 'disk-full', /full/);
});

test('work that finishes while the safety copy is being made ends up in the copy', async (t) => {
  const source = library(t, 'Why this team');
  const file = path.join(tempDir(t), 'b.sqlite');
  await source.service.backup(file);
  let waits = 0;
  const target: Library = library(t, 'Tell me about a failure', {
    quiesce: async () => {
      // The second wait comes after the first copy: a transcription saved its result meanwhile.
      if (++waits === 2) target.store.setSetting('late', 'a transcript saved during the copy');
    },
  });
  const preview = await target.service.inspect(file);
  assert.ok(preview);
  const { safetyCopy } = await target.service.restore(preview.token);
  assert.equal(waits, 4, 'the copy was made again');
  const settings = dumpLibraryFile(safetyCopy)['settings'] as { key: string; value_json: string }[];
  assert.ok(settings.some((row) => row.key === 'late'));
  assert.deepEqual(dump(target.store), dump(source.store));
});
