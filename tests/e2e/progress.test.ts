// Progress end to end in Debian's Chromium against the real handlers: the dashboard's readiness coverage
// and due list (practised in one click), a seeded history charted with its values reachable as tables from
// the keyboard, the calibration charts (reliability diagram, sharpness curve) with their tables, the timing
// strip, latest-against-best compared and played, transcript search playing its hit, an export, and a fresh
// recording's sealed scorecard opened by a prediction; axe-core on the screen. Every wait is on page or store state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { speechToolsMissing, speechWav } from '../utils/speech';
import { CHROMIUM, launchHarness } from './harness';
import { seriousViolations } from './axe';
import { DUE_QUESTION, DURATIONS, OWN_WORDS, SEEDED_STORY, seedProgressLibrary } from './progress-seed';
import { PIPELINE_BOUND_MS, recordWithSpace, UI_BOUND_MS } from './steps';

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} not installed (apt-get install -y chromium)` : speechToolsMissing();
if (missing) console.log(`# end-to-end tests skipped: ${missing}`);

const ANSWER = [{ say: 'I owned the checkout fix and errors fell by forty percent.' }, { silence: 1 }];

/** Waits until an element's numeric attribute reaches `min`; returns the value. A function, not a string: the CSP forbids eval. */
async function attributeAtLeast(page: Page, selector: string, attribute: string, min: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([css, name, least]) => {
      const element = (
        globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } }
      ).document.querySelector(css);
      const value = Number(element?.getAttribute(name));
      return value >= Number(least) ? value : false;
    },
    [selector, attribute, String(min)] as const,
    { timeout: UI_BOUND_MS, polling: 'raf' },
  );
  return Number(await handle.jsonValue());
}

test(
  'progress: charts with value tables, timing strip, compare, search and a sealed scorecard',
  { skip: missing ?? false, timeout: 600_000 },
  async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-e2e-progress-'));
    const { questionId, attemptIds, dueQuestionId } = seedProgressLibrary(home);
    const harness = await launchHarness({
      microphoneWav: speechWav(ANSWER).path,
      modelPath: await ensureSyntheticModel(),
      home,
      saveDir: home,
    });
    const { page, core } = harness;
    try {
      await page.getByTestId('progress-button').click();
      await page.getByTestId('progress-view').waitFor({ timeout: UI_BOUND_MS });

      // Dashboard: readiness by the library's own definition, and what the schedule has due.
      const overview = core.practice.overview();
      assert.deepEqual(overview.readiness.notReady, [{ storyId: 1, title: SEEDED_STORY, missing: ['full', 'deep'] }]);
      const coverage = page.getByTestId('readiness-coverage');
      await coverage.waitFor({ timeout: UI_BOUND_MS });
      assert.match((await coverage.textContent()) ?? '', /^0 of 1 story ready · 1 of 3 story × length cells green$/);
      const notReady = (await page.getByTestId('not-ready').textContent()) ?? '';
      assert.ok(notReady.includes(SEEDED_STORY) && notReady.includes('Full 60–90 s') && notReady.includes('Deep dive 3 min'));
      // Answered ten times on one day in October: due the next day, and overdue since.
      assert.deepEqual(
        overview.due.map((item) => item.questionId),
        [dueQuestionId],
      );
      const dueItems = page.getByTestId('due-item');
      assert.equal(await dueItems.count(), 1);
      assert.equal(await dueItems.first().getAttribute('data-question-id'), String(dueQuestionId));
      assert.match((await dueItems.first().textContent()) ?? '', /days overdue/);

      // Calibration over every question: 22 guesses of the chance, enough for the reliability diagram.
      await page.getByTestId('scope-question').selectOption('');
      const reliability = page.getByTestId('reliability');
      // Below the fold the section is content-visibility: auto: its charts are drawn as it is scrolled near.
      await reliability.scrollIntoViewIfNeeded({ timeout: UI_BOUND_MS });
      await reliability.locator('canvas').first().waitFor({ timeout: UI_BOUND_MS });
      const bins = core.progress.calibration({ questionId: null, drillLength: null }).inWindow.bins.filter((bin) => bin.n > 0);
      await reliability.locator('summary').focus();
      await page.keyboard.press('Enter');
      const binRows = reliability.locator('.calibration-chart-table tbody tr');
      await binRows.nth(bins.length - 1).waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await binRows.count(), bins.length);
      assert.deepEqual(
        await binRows.locator('td:nth-child(3)').allTextContents(),
        bins.map((bin) => String(bin.n)),
      );
      assert.equal(
        bins.reduce((sum, bin) => sum + bin.n, 0),
        22,
      );
      assert.deepEqual(await seriousViolations(page), []);

      await page.getByTestId('scope-question').selectOption(String(questionId));

      // Charts: uPlot draws each; the numbers behind it are a real table reached from the keyboard.
      const duration = page.getByTestId('chart-durationSec');
      await duration.locator('canvas').first().waitFor({ timeout: UI_BOUND_MS });
      await duration.locator('summary').focus();
      await page.keyboard.press('Enter');
      const rows = duration.locator('.metric-chart-table tbody tr');
      await rows.nth(DURATIONS.length - 1).waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await rows.count(), DURATIONS.length);
      assert.deepEqual(
        await rows.locator('td:nth-child(3)').allTextContents(),
        DURATIONS.map((d) => `${d} s`),
      );
      // The first attempt (38 s, against a mean of 31.8 s) is not flagged; the label is one of the four.
      assert.match(
        (await duration.locator('.progress-label').textContent()) ?? '',
        /^(converging|steady|drifting|too few attempts)$/,
      );
      assert.ok((await duration.locator('tfoot').textContent())?.includes('Natural range'));
      for (const metric of ['wordsPerMinute', 'fillersPerMinute', 'timeToFirstWordSec']) {
        await page.getByTestId(`chart-${metric}`).waitFor({ timeout: UI_BOUND_MS });
      }

      // This question alone has 12 guesses: below the minimum, the diagram explains itself; the sharpness
      // curve (from 5 guesses) is drawn, its values a table reached from the keyboard.
      await page.locator('[data-testid="reliability-wait"]', { hasText: 'you have made 12' }).waitFor({ timeout: UI_BOUND_MS });
      const sharpness = page.getByTestId('sharpness');
      await sharpness.scrollIntoViewIfNeeded({ timeout: UI_BOUND_MS });
      await sharpness.locator('canvas').first().waitFor({ timeout: UI_BOUND_MS });
      await sharpness.locator('summary').focus();
      await page.keyboard.press('Enter');
      const sharpRows = sharpness.locator('.calibration-chart-table tbody tr');
      await sharpRows.nth(DURATIONS.length - 1).waitFor({ timeout: UI_BOUND_MS });
      const briers = await sharpRows.locator('td:nth-child(3)').allTextContents();
      const expected = core.progress.calibration({ questionId, drillLength: null }).overTime;
      assert.deepEqual(
        briers,
        expected.map((point) => (point.brier === null ? '—' : point.brier.toFixed(3))),
      );
      assert.equal(briers.slice(0, 4).join(), '—,—,—,—', 'no figure before five guesses');
      assert.deepEqual(await seriousViolations(page), []);

      // Timing strip: one row per attempt, each naming its sections for assistive technology.
      const timingRows = page.getByTestId('timing-row');
      await timingRows.nth(DURATIONS.length - 1).waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await timingRows.count(), DURATIONS.length);
      assert.match(
        (await timingRows.first().locator('button').getAttribute('aria-label')) ?? '',
        /^Attempt 1, .*: 38 s against 25–35 s\. before the first word 1\.0 s/,
      );

      // Latest against best (the earlier attempt closest to the window, then with the fewest fillers, then
      // the latest: the tenth); both play on a shared axis, with every metric and the word diff.
      assert.deepEqual(core.progress.history({ questionId, drillLength: null }).pair, {
        bestId: attemptIds[9],
        latestId: attemptIds[11],
      });
      await page.getByTestId('latest-vs-best').click();
      const compare = page.getByTestId('compare');
      await compare.waitFor({ timeout: UI_BOUND_MS });
      await compare.locator('.waveform[data-status="ready"]').nth(1).waitFor({ timeout: UI_BOUND_MS });
      const metricRows = page.getByTestId('compare-metrics').locator('tbody tr');
      assert.ok((await metricRows.count()) >= 4);
      assert.ok(((await page.getByTestId('compare-metrics').textContent()) ?? '').includes('Duration'));
      const diffText = (await page.getByTestId('word-diff').textContent()) ?? '';
      assert.match(diffText, /\d+ added · \d+ dropped · \d+ moved · \d+ the same/);
      assert.ok(diffText.includes(OWN_WORDS.at(-1)!), 'the latest attempt’s own word is in the diff');
      const [first] = await compare.getByTestId('compared-attempt').all();
      await first!.getByTestId('play-button').click();
      await attributeAtLeast(page, '[data-testid="compared-attempt"] [data-testid="playback-time"]', 'data-time', 0.3);
      await first!.getByTestId('play-button').click();

      // Search: the one attempt that said "glacier" (the fifth), played from that word.
      await page.getByTestId('search-input').fill('glacier');
      const hits = page.getByTestId('search-hits').locator('li');
      await hits.first().waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await hits.count(), 1);
      const hit = core.progress.search('glacier')[0]!;
      assert.equal(hit.attemptId, attemptIds[4]);
      await hits.first().locator('button').click();
      await page.locator('[data-testid="hit-player"][data-status="ready"]').waitFor({ timeout: UI_BOUND_MS });
      const played = await attributeAtLeast(
        page,
        '[data-testid="hit-player"] [data-testid="playback-time"]',
        'data-time',
        hit.atSec,
      );
      assert.ok(played >= hit.atSec, `playback started at the hit (${hit.atSec} s), now ${played} s`);

      // Export: the question's attempts as CSV, saved where the (stand-in) save dialog says.
      await page.getByTestId('export-panel').getByRole('button', { name: 'CSV' }).click();
      await page.locator('[data-testid="export-status"]', { hasText: 'Saved to' }).waitFor({ timeout: UI_BOUND_MS });
      const saved = ((await page.getByTestId('export-status').textContent()) ?? '').replace('Saved to ', '');
      assert.equal(readFileSync(saved, 'utf8').split('\r\n').filter(Boolean).length, 1 + DURATIONS.length);

      // A fresh recording: the scorecard stays sealed until the user predicts.
      await page.locator(`[data-testid="question-item"][data-question-id="${questionId}"]`).click();
      await recordWithSpace(page, 3);
      const form = page.getByTestId('prediction-form');
      await form.waitFor({ timeout: PIPELINE_BOUND_MS });
      assert.equal(await page.getByTestId('score-duration').count(), 0, 'no score while sealed');
      await form.getByLabel('Duration (seconds)').fill('5');
      await form.getByLabel('Fillers (count)').fill('0');
      await form.getByLabel(/Chance you landed/).fill('20');
      await form.getByLabel('4').check();
      await form.getByRole('button', { name: 'Reveal the score' }).click();
      await page.getByTestId('prediction-result').waitFor({ timeout: UI_BOUND_MS });
      await page.getByTestId('score-duration').waitFor({ timeout: UI_BOUND_MS });
      const [fresh] = core.library.listAttempts(questionId);
      assert.ok(fresh && !attemptIds.includes(fresh.id), 'the new attempt is the newest');
      assert.deepEqual(core.library.getAttempt(fresh.id).selfEstimate, {
        durationSec: 5,
        fillerCount: 0,
        inWindowChance: 0.2,
        overall: 4,
      });

      // …and the prediction is scored in Progress.
      await page.getByTestId('progress-button').click();
      await page.getByTestId('scope-question').selectOption(String(questionId));
      await page.getByTestId('calibration').locator('table').first().waitFor({ timeout: UI_BOUND_MS });
      assert.match((await page.getByTestId('calibration').textContent()) ?? '', /Brier score 0\.\d{3} over 13 guesses/);

      // The due list's one action: practise the due question.
      await page.getByRole('button', { name: `Practise: ${DUE_QUESTION}` }).click();
      await page.locator('[data-testid="question-text"]', { hasText: DUE_QUESTION }).waitFor({ timeout: UI_BOUND_MS });
      assert.equal(
        await page.locator(`[data-testid="question-item"][data-question-id="${dueQuestionId}"]`).getAttribute('aria-current'),
        'true',
      );
    } finally {
      await harness.close();
      await rm(home, { recursive: true, force: true });
    }
  },
);
