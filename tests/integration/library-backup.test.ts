// Backup, restore and delete-everything through the real app (handlers, services, store) and through the
// built command line: a library backed up and restored into an empty data folder is the same library,
// row for row and byte for byte; a bad file changes nothing; delete-everything leaves a first-launch library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { CallName, Events, RestorePreview } from '../../common/contract';
import { createHandlers, dispatch } from '../../electron/main/handlers';
import { openApp, type App } from '../../native/app/compose';
import { resolveDataPaths } from '../../native/app/paths';
import { LATEST_VERSION } from '../../native/store/migrations';
import { speechLike } from '../utils/audio-signals';
import { dumpLibraryFile, type LibraryDump } from '../utils/library-dump';
import { SEEDED_QUESTION, seedProgressLibrary } from '../e2e/progress-seed';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'dist', 'cli.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'voicedrill-backup-'));
test.after(() => rmSync(scratch, { recursive: true, force: true }));
const folder = (name: string): string => mkdtempSync(path.join(scratch, `${name}-`));

interface Running {
  core: App;
  home: string;
  events: { name: string; payload: unknown }[];
  picked: { backup: string | null };
  call<T>(name: CallName, ...args: unknown[]): Promise<T>;
  failure(name: CallName, ...args: unknown[]): Promise<{ code: string; message: string }>;
}

async function open(home: string, saveDir: string | null = null): Promise<Running> {
  const events: Running['events'] = [];
  const picked = { backup: null as string | null };
  const core = await openApp({
    paths: resolveDataPaths(home, {}),
    emit: (name, payload) => void events.push({ name, payload }),
    pickModelFile: async () => null,
    pickSaveFile: async (name) => (saveDir ? path.join(saveDir, name) : null),
    pickBackupFile: async () => picked.backup,
  });
  const handlers = createHandlers(core);
  return {
    core,
    home,
    events,
    picked,
    async call<T>(name: CallName, ...args: unknown[]): Promise<T> {
      const outcome = await dispatch(handlers, name, args);
      if (!outcome.ok) throw new Error(`${name}: ${outcome.error.code}: ${outcome.error.message}`);
      return outcome.value as T;
    },
    async failure(name, ...args) {
      const outcome = await dispatch(handlers, name, args);
      assert.equal(outcome.ok, false, `${name} should have failed`);
      return (outcome as { error: { code: string; message: string } }).error;
    },
  };
}

const databaseOf = (home: string): string => resolveDataPaths(home, {}).database;
const dumpOf = (home: string): LibraryDump => dumpLibraryFile(databaseOf(home));

/** A library with one of everything (the seed brings predictions and a story), most of it made through the app's own calls. */
async function seed(app: Running): Promise<void> {
  const questionId = (await app.call<{ id: number; text: string }[]>('listQuestions')).find(
    (question) => question.text === SEEDED_QUESTION,
  )!.id;
  const attempts = await app.call<{ id: number }[]>('listAttempts', questionId);
  const scored = attempts[0]!.id;
  await app.call('correctTranscript', { attemptId: scored, text: 'When our checkout kept failing I owned the fix.' });
  await app.call('setAttemptNote', { attemptId: scored, note: 'Lead with the number.' });
  const question = await app.call<{ id: number }>('createLibraryQuestion', { text: 'Why this team?', tags: ['motivation'] });
  const story = await app.call<{ id: number }>('createStory', {
    title: 'Checkout latency',
    keyNumbers: ['40%'],
    questionIds: [question.id],
  });
  await app.call('linkAttempt', { attemptId: scored, storyId: story.id });
  const session = await app.call<{ id: number }>('startDrillSession', {
    kind: 'drill',
    order: 'shuffled',
    count: 2,
    chime: true,
    autoStop: false,
    twists: false,
  });
  await app.call('endDrillSession', session.id);
  await app.call('updateSettings', { fillerWords: ['um', 'basically'], liveView: true, sealScorecard: false });
  // A recording made through the app: stored, with no model to transcribe it yet.
  const { recordingId } = await app.call<{ recordingId: string }>('startRecording', {
    questionId: question.id,
    target: { minSec: 25, maxSec: 35 },
  });
  const samples = speechLike(2);
  for (let seq = 0; seq * 4000 < samples.length; seq++) {
    await app.call('appendRecording', { recordingId, seq, samples: samples.slice(seq * 4000, (seq + 1) * 4000) });
  }
  await app.call('stopRecording', { recordingId });
  await app.core.idle();
}

const seededHome = folder('seeded');
seedProgressLibrary(seededHome);
const saved = folder('saved');
let original: LibraryDump;
let backupFile: string;

test('a backup restored into an empty data folder reproduces the library exactly', async () => {
  const app = await open(seededHome, saved);
  try {
    await seed(app);
    const { path: written, bytes } = await app.call<{ path: string; bytes: number }>('backupLibrary');
    backupFile = written;
    assert.equal(path.dirname(written), saved);
    assert.ok(bytes > 0);
    assert.ok(app.events.some((event) => event.name === 'backupProgress'));
    original = dumpOf(seededHome);
  } finally {
    await app.core.close();
  }
  // Every kind of row the user makes is in there.
  for (const table of [
    'questions',
    'attempts',
    'recordings',
    'words',
    'scores',
    'settings',
    'stories',
    'story_questions',
    'drill_sessions',
  ]) {
    assert.ok(original[table]!.length > 0, `${table} has rows`);
  }
  assert.ok((original['words'] as { source: string }[]).some((word) => word.source === 'corrected'));

  const emptyHome = folder('empty');
  const restored = await open(emptyHome);
  try {
    restored.picked.backup = backupFile;
    const preview = await restored.call<RestorePreview>('inspectBackup');
    assert.equal(preview.file, backupFile);
    assert.equal(preview.backup.attempts, (original['attempts'] as unknown[]).length);
    assert.equal(preview.current.attempts, 0);
    await restored.call('restoreLibrary', { token: preview.token });
    await restored.core.idle();
    assert.deepEqual(
      restored.events.filter((event) => event.name === 'libraryReplaced').map((event) => event.payload),
      [{ reason: 'restored' } satisfies Events['libraryReplaced']],
    );
    const hits = await restored.call<unknown[]>('searchTranscripts', 'lighthouse');
    assert.equal(hits.length, 1, 'search finds the restored transcripts');
  } finally {
    await restored.core.close();
  }
  assert.deepEqual(dumpOf(emptyHome), original);
});

test('a corrupt file, another program’s database or a newer library is refused and nothing changes', async () => {
  const home = folder('refusing');
  const app = await open(home);
  try {
    await app.call('createLibraryQuestion', { text: 'Kept as it is?' });
    const before = dumpOf(home);
    const corrupt = path.join(scratch, 'corrupt.sqlite');
    const bytes = readFileSync(backupFile);
    bytes.fill(0x5a, 4096, bytes.length - 16);
    writeFileSync(corrupt, bytes);
    const foreign = path.join(scratch, 'foreign.sqlite');
    new Database(foreign).exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    const newer = path.join(scratch, 'newer.sqlite');
    writeFileSync(newer, readFileSync(backupFile));
    const bump = new Database(newer);
    bump.pragma(`user_version = ${LATEST_VERSION + 1}`);
    bump.close();
    for (const [file, code, pattern] of [
      [corrupt, 'database-damaged', /damaged.*nothing was restored.*unchanged/],
      [foreign, 'database-foreign', /not a Voicedrill backup.*unchanged/],
      [newer, 'database-newer', /newer version of Voicedrill.*unchanged/],
    ] as const) {
      app.picked.backup = file;
      const error = await app.failure('inspectBackup');
      assert.equal(error.code, code, error.message);
      assert.match(error.message, pattern);
    }
    assert.equal((await app.failure('restoreLibrary', { token: '00000000-0000-4000-8000-000000000000' })).code, 'not-found');
    app.picked.backup = null;
    assert.equal(await app.call('inspectBackup'), null, 'a cancelled dialog restores nothing');
    assert.deepEqual(dumpOf(home), before);
  } finally {
    await app.core.close();
  }
});

test('delete everything leaves the library a first launch would make', async () => {
  const home = folder('erased');
  const app = await open(home);
  const fresh = await open(folder('fresh'));
  try {
    await app.call('createLibraryQuestion', { text: 'Something of mine' });
    assert.equal((await app.failure('eraseLibrary', { confirm: 'delete' })).code, 'invalid-argument');
    await app.call('eraseLibrary', { confirm: 'DELETE' });
    await app.core.idle();
    const withoutTimes = (dump: LibraryDump) =>
      Object.fromEntries(
        Object.entries(dump).map(([table, rows]) => [
          table,
          rows.map((row) => (typeof row === 'object' && row ? { ...row, created_at: null, updated_at: null } : row)),
        ]),
      );
    assert.deepEqual(withoutTimes(dumpOf(home)), withoutTimes(dumpOf(fresh.home)));
    assert.ok(app.events.some((event) => event.name === 'libraryReplaced'));
  } finally {
    await app.core.close();
    await fresh.core.close();
  }
});

function run(home: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VOICEDRILL_HOME: home },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('voicedrill backup, restore and delete-everything', { skip: !existsSync(cli) && 'run `npm run build` first' }, () => {
  const file = path.join(folder('cli-out'), 'library.sqlite');
  const backup = run(seededHome, 'backup', file);
  assert.equal(backup.status, 0, backup.stderr);
  assert.match(backup.stdout, /backed up \d+ questions, \d+ stor(?:y|ies), \d+ attempts .* to .*library\.sqlite/);
  assert.match(backup.stderr, /backing up… 100%/);
  assert.deepEqual(dumpLibraryFile(file), original);

  const home = folder('cli-empty');
  const dry = run(home, 'restore', file);
  assert.equal(dry.status, 1);
  assert.match(dry.stdout, /backup: {2}\d+ questions, \d+ stor(?:y|ies), \d+ attempts/);
  assert.match(dry.stderr, /cancelled: .*nothing was replaced: run voicedrill restore .* --yes/);
  const restore = run(home, 'restore', file, '--yes');
  assert.equal(restore.status, 0, restore.stderr);
  assert.match(restore.stdout, /restored .*\d+ attempts[\s\S]*kept at .*backups.*before-restore/);
  assert.deepEqual(dumpOf(home), original);

  const bad = run(home, 'restore', path.join(scratch, 'foreign.sqlite'), '--yes');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^voicedrill: database-foreign: .*not a Voicedrill backup/m);
  assert.deepEqual(dumpOf(home), original);

  const refused = run(home, 'delete-everything');
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /cannot be undone; add --yes/);
  assert.deepEqual(dumpOf(home), original);
  const erased = run(home, 'delete-everything', '--yes');
  assert.equal(erased.status, 0, erased.stderr);
  assert.match(erased.stdout, /deleted everything/);
  assert.equal((dumpOf(home)['attempts'] as unknown[]).length, 0);

  const usage = run(home, 'backup');
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /backup needs exactly one file/);
  const missing = run(home, 'backup', path.join(scratch, 'no-such-folder', 'x.sqlite'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /not-found: The folder .*no-such-folder does not exist/);
});
