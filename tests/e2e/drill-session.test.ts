// A whole drill session in Chromium against the real handlers and whisper.cpp (synthetic model): the
// library with follow-ups under their questions, a session of three questions with a 3-second countdown
// each, one twist answered and threaded under its answer, the other twists skipped, and the summary.
// Waits are on page and store state only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { speechToolsMissing, speechWav } from '../utils/speech';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { seriousViolations } from './axe';
import { CHROMIUM, launchHarness } from './harness';
import { PIPELINE_BOUND_MS, recordedAtLeast, UI_BOUND_MS } from './steps';

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} not installed (apt-get install -y chromium)` : speechToolsMissing();
if (missing) console.log(`# end-to-end tests skipped: ${missing}`);

const ANSWER = [{ say: 'I led the checkout rewrite and we cut latency by forty percent.' }, { silence: 1 }];

test(
  'a drill session: three questions, one twist, the session summary',
  { skip: missing ?? false, timeout: 900_000 },
  async () => {
    const harness = await launchHarness({ microphoneWav: speechWav(ANSWER).path, modelPath: await ensureSyntheticModel() });
    const { page, core } = harness;
    try {
      await page.getByTestId('nav-library').click();
      await page.getByTestId('library-screen').waitFor({ timeout: UI_BOUND_MS });
      // The starter deck's follow-ups show under their questions.
      assert.ok((await page.getByTestId('library-question').count()) >= 40);
      assert.ok((await page.getByTestId('library-follow-up').count()) >= 40);

      await page.getByTestId('new-session').click();
      await page.getByTestId('session-setup').waitFor({ timeout: UI_BOUND_MS });
      await page.getByTestId('session-count').fill('3');
      await page.getByTestId('session-start').click();
      const session = page.getByTestId('drill-session');
      await session.waitFor({ timeout: UI_BOUND_MS });
      // Each answer starts with a 3-second countdown (counted by the session: data-countdowns); then the
      // recording starts by itself.

      const answer = async (): Promise<void> => {
        await page.locator('[data-testid="drill-session"][data-phase="recording"]').waitFor({ timeout: UI_BOUND_MS });
        await recordedAtLeast(page, 1.5);
        await page.getByTestId('drill-stop').click();
      };

      // Question 1, and its twist: offered once the answer is scored, answered in the follow-up window.
      const firstQuestion = (await page.getByTestId('drill-question').textContent()) ?? '';
      await answer();
      await page.getByTestId('twist-offer').waitFor({ timeout: PIPELINE_BOUND_MS });
      const twistText = (await page.locator('#twist-title').textContent()) ?? '';
      assert.ok(twistText.length > 0);
      await page.getByTestId('twist-answer').click();
      assert.equal(await page.getByTestId('drill-question').textContent(), twistText, 'the twist is the question asked');
      await answer();

      // Questions 2 and 3: their twists are skipped, whether still being chosen or already offered.
      for (const index of [2, 3]) {
        await page
          .getByTestId('drill-progress')
          .filter({ hasText: `question ${index} of 3` })
          .waitFor({ timeout: UI_BOUND_MS });
        await answer();
        if (index === 3)
          assert.equal(await session.getAttribute('data-countdowns'), '4', 'a countdown before each of the four answers');
        await page.locator('[data-testid="awaiting-twist"] button, [data-testid="twist-skip"]').first().click();
      }

      // The summary: four answers (one a follow-up, threaded under the first), and nothing left to score.
      const summary = page.getByTestId('session-summary');
      await summary.waitFor({ timeout: UI_BOUND_MS });
      await page
        .getByTestId('summary-totals')
        .filter({ hasNotText: 'still being scored' })
        .waitFor({ timeout: PIPELINE_BOUND_MS });
      assert.match((await page.getByTestId('summary-totals').textContent()) ?? '', /^3 answers, 1 follow-up, [\d.]+ min spoken/);
      const rows = page.getByTestId('summary-row');
      assert.equal(await rows.count(), 4);
      assert.equal(await rows.nth(0).locator('th').textContent(), firstQuestion);
      assert.equal(await rows.nth(1).getAttribute('data-follow-up'), 'true');
      assert.equal(await rows.nth(1).locator('th').textContent(), `↳ ${twistText}`);
      assert.deepEqual(await seriousViolations(page), [], 'session summary');

      // The store agrees: the library's first session, the twist answer linked to the first answer.
      const stored = core.practice.sessionSummary(1);
      assert.equal(stored.answers.length, 4);
      const [first, followUp] = stored.answers;
      assert.equal(followUp?.parentAttemptId, first?.attemptId);
      assert.equal(followUp?.twistText, twistText);
      assert.deepEqual(followUp?.window, { minSec: 30, maxSec: 60 });
    } finally {
      await harness.close();
    }
  },
);
