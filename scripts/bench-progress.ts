// The progress views' speed with 5,000 attempts: a question's history and charts, the dashboard, and a
// transcript search, each the median of several runs, against the budgets of issue 11.
//   npm run bench:progress [-- --runs N] [--attempts N]
// A seeded database file of 50 questions × 100 scored attempts, each with a real report (the analysis of
// a seeded 150-word answer), and 8 stories told through 16 of the questions, is built in a temporary folder
// with the store's own migrations. The dashboard is timed through the services, readiness and due list included. The service
// side is timed in this process; then, when the renderer is built and Chromium is installed, the real
// renderer opens the Progress screen on that library (tests/e2e/harness.ts) and the time from the click
// to every chart painted is taken in the page: opening it again (data cached, fetched again behind it) and
// opening it first in a fresh window (every call over IPC first). Prints one line per figure, then one JSON
// object. On a shared machine compare figures taken at the same load only: the load average is printed.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { TimedWord } from '../common/report';
import { defaultAnalysisOptions, score } from '../native/analysis/score';
import { LibraryStore } from '../native/library/library-store';
import { PracticeService } from '../native/library/practice-service';
import { shippedTwists } from '../native/library/shipped';
import { buildHistory } from '../native/progress/history';
import { loadPoints, searchTranscripts } from '../native/progress/queries';
import { ProgressService } from '../native/progress/service';
import { migrate } from '../native/store/migrations';
import { Store } from '../native/store/store';
import { resolveDataPaths } from '../native/app/paths';
import { encodeWav } from '../native/audio/wav';
import { CHROMIUM, launchHarness } from '../tests/e2e/harness';

const BUDGET_MS = { history: 100, dashboard: 200, search: 50 } as const;
/** The question whose history is timed. */
const QUESTION_ID = 7;
const QUESTIONS = 50;
const STORIES = 8;
const VOCABULARY = (
  'we I the team checkout payments service latency error rate customers retries backoff design review ' +
  'shipped measured dropped percent week quarter owned migration database queue incident rollback users ' +
  'metric goal result learned because so then first after finally um like data pushed experiment traffic'
).split(' ');

/** Mulberry32: a small seeded generator, so every run builds the same database. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function answer(next: () => number, count: number): TimedWord[] {
  const words: TimedWord[] = [];
  let time = 0.5 + next() * 2;
  for (let i = 0; i < count; i++) {
    const text = VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
    const length = 0.2 + next() * 0.3;
    words.push({ text: i % 12 === 11 ? `${text}.` : text, start: time, end: time + length, probability: 0.9 });
    time += length + (next() < 0.05 ? 1.2 : 0.08);
  }
  return words;
}

function seed(file: string, attempts: number): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const next = random(11);
  const addQuestion = db.prepare(`INSERT INTO questions (id, kind, text, source) VALUES (?, 'question', ?, 'user')`);
  const addAttempt = db.prepare(
    `INSERT INTO attempts (id, question_id, started_at, duration_sec, target_min_sec, target_max_sec, status, drill_length, model, self_estimate_json)
     VALUES (?, ?, ?, ?, 60, 90, 'scored', 'full', 'base.en', ?)`,
  );
  // As the store saves a report; the progress columns and the search index are filled by its triggers.
  const addScore = db.prepare(
    `INSERT INTO scores (attempt_id, report_json, words_per_minute, fillers_per_minute, filler_count, metric_present, reflection_present, computed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'now')`,
  );
  // A few dozen real analyses, reused: scoring 5,000 answers would only slow the seeding down.
  const reports = Array.from({ length: 40 }, () => {
    const words = answer(next, 150);
    return score(words, { durationSec: words.at(-1)!.end + 0.5 }, defaultAnalysisOptions());
  });
  const start = Date.parse('2025-06-01T08:00:00Z');
  db.transaction(() => {
    for (let q = 1; q <= QUESTIONS; q++)
      addQuestion.run(q, `Seeded question ${q}: tell me about a time you ${VOCABULARY[q % VOCABULARY.length]}`);
    for (let id = 1; id <= attempts; id++) {
      const report = reports[id % reports.length]!;
      // Each attempt gets its own words, so the search index is not 40 copies of the same text.
      const words = answer(next, 150);
      const startedAt = new Date(start + id * 47 * 60_000).toISOString();
      const estimate =
        next() < 0.5
          ? JSON.stringify({
              durationSec: 60 + next() * 40,
              fillerCount: Math.round(next() * 8),
              inWindowChance: next(),
              overall: 3,
            })
          : null;
      addAttempt.run(id, 1 + (id % QUESTIONS), startedAt, report.durationSec, estimate);
      addScore.run(
        id,
        JSON.stringify({ ...report, transcript: { words } }),
        report.wordsPerMinute,
        report.fillers.perMinute,
        report.fillers.count,
        report.metrics.present ? 1 : 0,
        report.reflection.present ? 1 : 0,
      );
    }
  })();
  // Stories, for the dashboard's readiness coverage: each told through two of the questions.
  const library = new LibraryStore(db);
  for (let s = 0; s < STORIES; s++) {
    library.createStory({ title: `Seeded story ${s + 1}`, keyNumbers: ['40%'], questionIds: [2 * s + 1, 2 * s + 2] });
  }
  db.close();
}

/**
 * Installed in the page before each opening. Resolves with the milliseconds from the click on Progress (the
 * click event's own timestamp: when the input reached the page) to the frame after the one in which the last
 * of `expected` charts got its canvas: two animation frames, so that frame has been painted. The count comes
 * from the service, so charts added over several frames are all waited for.
 */
const PAINT_PROBE = `window.__paintProbe = (expected) => new Promise((resolve) => {
  let clickAt = null;
  document.addEventListener('click', (event) => { clickAt = event.timeStamp; }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (clickAt === null || document.querySelectorAll('.progress-charts .metric-chart canvas').length < expected) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - clickAt)));
  });
  observer.observe(document.body, { childList: true, subtree: true });
})`;

interface PaintFigures {
  /** Opening Progress again: the data is cached by the query layer and fetched again behind it. */
  warm: number;
  /** The first opening in a freshly loaded window: every call goes over IPC before anything is drawn. */
  cold: number;
  /** The warm opening as the test driver sees it, its own round trips and actionability checks included. */
  driver: number;
}

/** Medians of the time from a click on Progress to every chart of the question painted, in the real renderer. */
async function paintTime(dir: string, file: string, runs: number, expected: number): Promise<PaintFigures | null> {
  if (!existsSync(CHROMIUM) || !existsSync(path.resolve('dist', 'renderer', 'index.html'))) return null;
  const home = path.join(dir, 'home');
  mkdirSync(home);
  copyFileSync(file, resolveDataPaths(home, {}).database);
  const silence = path.join(dir, 'silence.wav');
  writeFileSync(silence, encodeWav(new Float32Array(16000), 16000));
  const harness = await launchHarness({ microphoneWav: silence, home });
  try {
    const { page } = harness;
    const question = page.locator(`[data-testid="question-item"][data-question-id="${QUESTION_ID}"]`);
    const open = async (): Promise<{ inPage: number; driver: number }> => {
      await page.evaluate(PAINT_PROBE);
      const painted = page.evaluate(`window.__paintProbe(${expected})`) as Promise<number>;
      const begin = performance.now();
      await page.getByTestId('progress-button').click();
      const inPage = await painted;
      return { inPage, driver: performance.now() - begin };
    };
    const close = async (): Promise<void> => {
      await page.getByTestId('progress-button').click();
      await page.getByTestId('progress-view').waitFor({ state: 'detached' });
    };
    const cold: number[] = [];
    const warm: number[] = [];
    const driver: number[] = [];
    for (let i = 0; i <= runs; i++) {
      // A fresh window each time: nothing cached, so the first opening waits for every call.
      await page.reload();
      await question.click();
      // Its practice panel loaded, so the opening does not share the window with those calls.
      await page.getByTestId('history-row').first().waitFor();
      const first = await open();
      await close();
      const again = await open();
      await close();
      // The first round warms Chromium's and SQLite's caches up, as in the data figures.
      if (i === 0) continue;
      cold.push(first.inPage);
      warm.push(again.inPage);
      driver.push(again.driver);
    }
    return { warm: median(warm), cold: median(cold), driver: median(driver) };
  } finally {
    await harness.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(runs: number, work: () => unknown): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const begin = performance.now();
    work();
    samples.push(performance.now() - begin);
  }
  return median(samples);
}

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '9' }, attempts: { type: 'string', default: '5000' } },
});
const runs = Number(values.runs);
const attempts = Number(values.attempts);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(attempts) || attempts < QUESTIONS) {
  throw new Error(`--runs must be ≥ 1 and --attempts ≥ ${QUESTIONS}`);
}

const dir = mkdtempSync(path.join(tmpdir(), 'voicedrill-bench-progress-'));
try {
  const file = path.join(dir, 'library.db');
  const seeding = performance.now();
  seed(file, attempts);
  console.log(
    `seeded ${attempts} attempts over ${QUESTIONS} questions in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );
  const db = new Database(file, { readonly: true });
  const progress = new ProgressService({
    read: (query) => query(db),
    savePrediction: () => {
      throw new Error('the bench only reads');
    },
    library: new PracticeService(new LibraryStore(db), new Store(db, { readonly: true }), shippedTwists()),
  });
  // The charts the view must draw for the question: one per metric with any value.
  const expectedCharts = buildHistory(
    { questionId: QUESTION_ID, drillLength: null },
    loadPoints(db, { questionId: QUESTION_ID, drillLength: null }),
  ).charts.filter((chart) => chart.values.some((value) => value !== null)).length;
  const figures = {
    // The one reply the trends get: charts, timing rows and pair.
    history: time(runs, () =>
      buildHistory(
        { questionId: QUESTION_ID, drillLength: null },
        loadPoints(db, { questionId: QUESTION_ID, drillLength: null }),
      ),
    ),
    historyAll: time(runs, () =>
      buildHistory({ questionId: null, drillLength: null }, loadPoints(db, { questionId: null, drillLength: null })),
    ),
    dashboard: time(runs, () => progress.dashboard()),
    search: time(runs, () => searchTranscripts(db, 'retries backoff')),
  };
  db.close();
  const paint = await paintTime(dir, file, runs, expectedCharts);
  const line = (name: string, ms: number, budget: number | null): string =>
    `${name.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms${budget === null ? '' : `  (budget ${budget} ms, ${(ms / budget).toFixed(2)}×)`}`;
  console.log(line('history + charts (one question)', figures.history, BUDGET_MS.history));
  console.log(line(`history + charts (all ${attempts})`, figures.historyAll, null));
  console.log(line('dashboard', figures.dashboard, BUDGET_MS.dashboard));
  console.log(line('search', figures.search, BUDGET_MS.search));
  if (paint === null) console.log('charts painted in Chromium           skipped (run `npm run build`; needs chromium)');
  else {
    console.log(line(`click → all ${expectedCharts} charts painted, again`, paint.warm, BUDGET_MS.history));
    console.log(line('click → all charts painted, first', paint.cold, BUDGET_MS.history));
    console.log(line('  again, as the driver sees it', paint.driver, null));
  }
  // Shared machines: the load says how far these figures are from an idle one.
  const load = loadavg()[0]!;
  console.log(`load average ${load.toFixed(1)} over the last minute`);
  console.log(JSON.stringify({ attempts, runs, medianMs: { ...figures, paint }, budgetMs: BUDGET_MS, loadAverage: load }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
