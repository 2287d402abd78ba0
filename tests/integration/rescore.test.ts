// Re-scoring stored attempts after the analysis changes: the store-level pass the app and the CLI share, and
// `voicedrill rescore` as a user runs it (the built dist/cli.js against a data folder of its own).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../common/report';
import { DEFAULT_FILLER_WORDS, score } from '../../native/analysis/score';
import { ANALYSIS_VERSION } from '../../native/analysis/version';
import { openApp } from '../../native/app/compose';
import { resolveDataPaths } from '../../native/app/paths';
import { rescoreAttempts } from '../../native/pipeline/rescore-attempts';
import { openStore } from '../../native/store';
import type { Store } from '../../native/store/store';
import { timed } from '../unit/analysis/words';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORDS = timed(
  'At my last job checkout was slow. I added a cache. Latency dropped by 40%. Looking back, I would test earlier.',
  0.5,
);

function home(t: TestContext): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'voicedrill-rescore-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A report as the first analysis stored it: no version, no verdicts. */
function firstAnalysisReport(): Report {
  const {
    analysisVersion: _version,
    verdicts: _verdicts,
    ...old
  } = score(WORDS, { durationSec: 20 }, { fillerWords: DEFAULT_FILLER_WORDS });
  return old;
}

function storeWithOldAttempt(file: string): { store: Store; attemptId: number } {
  const store = openStore(file);
  const questionId = store.addQuestion({ kind: 'question', text: 'Tell me about a time you improved performance.' });
  const attemptId = store.createAttempt({
    questionId,
    startedAt: '2026-11-01T10:00:00.000Z',
    drillLength: 'elevator',
    targetMinSec: 25,
    targetMaxSec: 35,
    recovered: false,
  });
  store.saveTranscript(attemptId, 'whisper', WORDS, 'ggml-base.en.bin');
  store.saveReport(attemptId, firstAnalysisReport());
  return { store, attemptId };
}

test('attempts scored by an older analysis are re-scored from their words, with their question and window', (t) => {
  const { store, attemptId } = storeWithOldAttempt(path.join(home(t), 'voicedrill.sqlite'));
  try {
    const progress: [number, number][] = [];
    const result = rescoreAttempts(store, {
      fillerWords: DEFAULT_FILLER_WORDS,
      onProgress: (done, total) => progress.push([done, total]),
    });
    assert.deepEqual(result, { rescored: 1, current: 0 });
    assert.deepEqual(progress, [[1, 1]]);
    const report = store.getAttempt(attemptId)?.report;
    assert.equal(report?.analysisVersion, ANALYSIS_VERSION);
    assert.equal(report?.mode, 'behavioral');
    assert.equal(
      report?.verdicts?.find((verdict) => verdict.id === 'length')?.fix,
      '5 s short of 25–35 s: add the result or one more detail.',
    );
    // A second pass finds nothing to do; --all does it again.
    assert.deepEqual(rescoreAttempts(store, { fillerWords: DEFAULT_FILLER_WORDS }), { rescored: 0, current: 1 });
    assert.deepEqual(rescoreAttempts(store, { fillerWords: DEFAULT_FILLER_WORDS, all: true }), { rescored: 1, current: 0 });
  } finally {
    store.close();
  }
});

test('voicedrill rescore re-scores the data folder it is pointed at', (t) => {
  const dir = home(t);
  const env = { ...process.env, VOICEDRILL_HOME: dir };
  const { store, attemptId } = storeWithOldAttempt(resolveDataPaths(dir, env).database);
  store.close();
  const built = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build-node.mjs')], { cwd: repo, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const run = spawnSync(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'rescore'], { cwd: repo, env, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, 're-scored 1 attempt; 0 already current\n');
  const reopened = openStore(resolveDataPaths(dir, env).database);
  try {
    assert.equal(reopened.getAttempt(attemptId)?.report?.analysisVersion, ANALYSIS_VERSION);
  } finally {
    reopened.close();
  }
  const again = spawnSync(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'rescore', '--bogus'], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
  assert.equal(again.status, 2);
  assert.match(again.stderr, /unknown option '--bogus'/);
});

test('the app re-scores attempts of an older analysis in the background at launch, with progress events', async (t) => {
  const dataHome = home(t);
  const paths = resolveDataPaths(dataHome, {});
  const { store, attemptId } = storeWithOldAttempt(paths.database);
  store.close();
  const events: unknown[] = [];
  const app = await openApp({
    paths,
    emit: (name, payload) => {
      if (name === 'rescoreProgress') events.push(payload);
    },
    pickModelFile: async () => null,
  });
  try {
    await app.idle();
    assert.deepEqual(events, [{ done: 1, total: 1 }]);
    const report = app.library.getAttempt(attemptId).report;
    assert.equal(report?.analysisVersion, ANALYSIS_VERSION);
    assert.ok(report?.verdicts && report.verdicts.length > 0, 'the new report carries verdicts');
  } finally {
    await app.close();
  }
});
