// The recording loop from the keyboard, without a model: Esc discards with an Undo, a take under a second
// is not stored (so a double-tap on Space stores nothing), single-key shortcuts can be turned off, and a
// dialog gives focus back to the control that opened it. Waits are on page and store state only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { speechToolsMissing, speechWav } from '../utils/speech';
import { seriousViolations } from './axe';
import { CHROMIUM, launchHarness } from './harness';
import { attemptsStored, focused, focusNothing, micIsLive, recordedAtLeast, recorderState, UI_BOUND_MS } from './steps';

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} not installed (apt-get install -y chromium)` : speechToolsMissing();
if (missing) console.log(`# end-to-end tests skipped: ${missing}`);

const ANSWER = [{ say: 'In my last role I owned the checkout service.' }, { silence: 1 }];

/** Lets the page render what a key press changed: two animation frames, so React has committed. */
async function settled(page: import('playwright-core').Page): Promise<void> {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null))))');
}

test(
  'Esc discards with an Undo; short takes and double-taps are not stored; shortcuts can be turned off',
  { skip: missing ?? false, timeout: 300_000 },
  async () => {
    const harness = await launchHarness({ microphoneWav: speechWav(ANSWER).path });
    const { page, core } = harness;
    try {
      // Without a model the first screen offers one, and it passes axe.
      await page.getByTestId('first-run').waitFor({ timeout: UI_BOUND_MS });
      assert.deepEqual(await seriousViolations(page), [], 'first-run screen');

      const question = page.getByTestId('question-item').nth(1);
      await question.click();
      const questionId = Number(await question.getAttribute('data-question-id'));
      await page.getByTestId('model-banner').waitFor({ timeout: UI_BOUND_MS });
      await micIsLive(page);

      // Space on the focused question button is that button's; it does not record.
      assert.equal((await focused(page)).testId, 'question-item');
      await page.keyboard.press('Space');
      await settled(page);
      assert.equal(await page.getByTestId('record-button').getAttribute('data-state'), 'idle');

      // Esc: capture ends at once, Undo is offered, nothing is stored; Undo keeps the take.
      await focusNothing(page);
      await page.keyboard.press('Space');
      await recorderState(page, 'recording');
      await recordedAtLeast(page, 1.5);
      await page.keyboard.press('Escape');
      await recorderState(page, 'idle');
      const undo = page.getByTestId('undo-discard');
      await undo.waitFor({ timeout: UI_BOUND_MS });
      assert.match((await page.getByTestId('recorder-note').textContent()) ?? '', /discarded.*undo/i);
      assert.equal(core.library.listAttempts(questionId).length, 0);
      await undo.click();
      await attemptsStored(page, core, questionId, 1);
      assert.ok((core.library.listAttempts(questionId)[0]?.durationSec ?? 0) >= 1.5, 'Undo kept the whole take');
      await undo.waitFor({ state: 'detached', timeout: UI_BOUND_MS });

      // Esc without Undo: when the window passes the take is gone, on main too.
      await focusNothing(page);
      await page.keyboard.press('Space');
      await recorderState(page, 'recording');
      await recordedAtLeast(page, 1.2);
      await page.keyboard.press('Escape');
      await undo.waitFor({ timeout: UI_BOUND_MS });
      await undo.waitFor({ state: 'detached', timeout: UI_BOUND_MS });
      await page.getByTestId('recorder-note').filter({ hasText: 'Recording discarded' }).waitFor({ timeout: UI_BOUND_MS });
      assert.equal(core.library.listAttempts(questionId).length, 1, 'the discarded take was not stored');

      // A double-tap on Space stores nothing, and says why.
      await focusNothing(page);
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
      const error = page.getByTestId('recorder-error');
      await error.waitFor({ timeout: UI_BOUND_MS });
      assert.match((await error.textContent()) ?? '', /not saved.*at least 1 second/i);
      await recorderState(page, 'idle');
      assert.equal(core.library.listAttempts(questionId).length, 1, 'no 0:00 attempt');

      // Settings: single-key shortcuts off (WCAG 2.1.4). Closing gives focus back to the Settings button.
      await page.getByTestId('settings-button').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('settings-dialog').waitFor({ timeout: UI_BOUND_MS });
      assert.deepEqual(await seriousViolations(page), [], 'settings dialog');
      const toggle = page.getByTestId('shortcuts-enabled');
      assert.equal(await toggle.isChecked(), true);
      await toggle.click();
      await page.locator('[data-testid="shortcuts-enabled"]:not(:checked)').waitFor({ timeout: UI_BOUND_MS });
      assert.equal(core.settings.get().shortcutsEnabled, false);
      await page.keyboard.press('Escape');
      await page.getByTestId('settings-dialog').locator('h2').waitFor({ state: 'detached', timeout: UI_BOUND_MS });
      assert.equal((await focused(page)).testId, 'settings-button');

      await focusNothing(page);
      await page.keyboard.press('Space');
      await settled(page);
      assert.equal(await page.getByTestId('record-button').getAttribute('data-state'), 'idle', 'Space is off');
      // The button still works from the keyboard: Enter on it records.
      await page.getByTestId('record-button').focus();
      await page.keyboard.press('Enter');
      await recorderState(page, 'recording');
      await recordedAtLeast(page, 1.2);
      await page.keyboard.press('Enter');
      await recorderState(page, 'idle');
      await attemptsStored(page, core, questionId, 2);
    } finally {
      await harness.close();
    }
  },
);
