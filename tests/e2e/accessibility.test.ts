// axe-core on every main screen (practice, recording, attempt with its scorecard, history, settings and
// models dialogs; the first-run screen is in recording-loop.test.ts): no serious or critical violation.
// Then the smallest window, 960×640: the main controls and the delete buttons can be reached and are not
// clipped. Waits are on page state only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { speechToolsMissing, speechWav } from '../utils/speech';
import { seriousViolations } from './axe';
import { CHROMIUM, launchHarness } from './harness';
import { focused, focusNothing, micIsLive, PIPELINE_BOUND_MS, recordedAtLeast, recorderState, UI_BOUND_MS } from './steps';

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} not installed (apt-get install -y chromium)` : speechToolsMissing();
if (missing) console.log(`# end-to-end tests skipped: ${missing}`);

const ANSWER = [
  { say: 'I led the migration and cut the error rate by forty percent.' },
  { silence: 0.5 },
  { say: 'Looking back, I would have measured it sooner.' },
  { silence: 1 },
];

async function noSeriousViolations(page: Page, screen: string): Promise<void> {
  assert.deepEqual(await seriousViolations(page), [], screen);
}

/**
 * Scrolls the element into view as a user would, then checks that it lies inside the window and that it is
 * what a click at its centre would hit (not covered, not clipped away by an overflowing parent).
 */
async function reachable(page: Page, locator: Locator, what: string): Promise<void> {
  await locator.scrollIntoViewIfNeeded({ timeout: UI_BOUND_MS });
  const box = await locator.boundingBox();
  assert.ok(box, `${what} has a box`);
  const size = page.viewportSize();
  assert.ok(size);
  // One pixel of slack for sub-pixel layout.
  const inside = box.x >= -1 && box.y >= -1 && box.x + box.width <= size.width + 1 && box.y + box.height <= size.height + 1;
  assert.ok(inside, `${what} lies inside the ${size.width}×${size.height} window: ${JSON.stringify(box)}`);
  const hit = await locator.evaluate(
    (element, [x, y]) => {
      const doc = (element as unknown as { ownerDocument: { elementFromPoint(x: number, y: number): unknown } }).ownerDocument;
      const top = doc.elementFromPoint(x, y);
      return top !== null && (element as unknown as { contains(other: unknown): boolean }).contains(top);
    },
    [box.x + box.width / 2, box.y + box.height / 2] as const,
  );
  assert.ok(hit, `${what} is not covered or clipped at its centre`);
}

test(
  'every main screen passes axe-core, and a 960×640 window hides nothing',
  { skip: missing ?? false, timeout: 600_000 },
  async () => {
    // The scorecard shows at once here; the sealed scorecard has its own test (progress.test.ts).
    const harness = await launchHarness({
      microphoneWav: speechWav(ANSWER).path,
      modelPath: await ensureSyntheticModel(),
      settings: { sealScorecard: false },
    });
    const { page } = harness;
    try {
      await page.getByTestId('question-item').first().click();
      await micIsLive(page);
      await noSeriousViolations(page, 'practice');

      await focusNothing(page);
      await page.keyboard.press('Space');
      await recorderState(page, 'recording');
      await noSeriousViolations(page, 'recording');
      await recordedAtLeast(page, 3);
      await page.keyboard.press('Space');
      await recorderState(page, 'idle');

      await page
        .locator('[data-testid="attempt-status"][data-stage="done"][data-scored="true"]')
        .waitFor({ timeout: PIPELINE_BOUND_MS });
      await page.locator('[data-testid="waveform"][data-status="ready"]').waitFor({ timeout: UI_BOUND_MS });
      await noSeriousViolations(page, 'attempt and scorecard, with history');

      // The synthetic model's words are few; the spoken text as a correction gives the checks their evidence.
      await page.getByTestId('edit-transcript').click();
      await page.getByTestId('transcript-editor').fill(ANSWER.flatMap((s) => ('say' in s ? [s.say] : [])).join(' '));
      await page.getByTestId('save-transcript').click();
      await page.getByTestId('corrected-badge').waitFor({ timeout: UI_BOUND_MS });
      await noSeriousViolations(page, 'corrected attempt with evidence');

      // Evidence chips are buttons: reachable from the keyboard, and Enter plays from their moment.
      const chips = page.locator('[data-testid="evidence"]:not([disabled])');
      await chips.first().waitFor({ timeout: UI_BOUND_MS });
      await chips.first().focus();
      assert.equal((await focused(page)).testId, 'evidence');
      assert.ok(
        (await page.getByRole('button', { name: /^Play from \d+:\d{2}/ }).count()) > 0,
        'a chip is named for what it does, then its time',
      );
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="play-button"][data-playing="true"]').waitFor({ timeout: UI_BOUND_MS });
      await page.getByTestId('play-button').click();
      await page.locator('[data-testid="play-button"][data-playing="false"]').waitFor({ timeout: UI_BOUND_MS });

      // The delete confirmation, then the models dialog, which gives focus back to its opener on close.
      await page.getByTestId('delete-attempt').first().click();
      await page.getByTestId('confirm-delete').waitFor({ timeout: UI_BOUND_MS });
      await noSeriousViolations(page, 'delete confirmation');
      await page.getByTestId('cancel-delete').click();
      await page.getByTestId('confirm-delete').waitFor({ state: 'detached', timeout: UI_BOUND_MS });
      assert.equal((await focused(page)).testId, 'delete-attempt', 'focus back on the delete button');

      await page.getByTestId('settings-button').click();
      await page.getByTestId('settings-open-models').click();
      await page.getByTestId('close-models').waitFor({ timeout: UI_BOUND_MS });
      await noSeriousViolations(page, 'models dialog');
      await page.getByTestId('close-models').click();
      await page.getByTestId('close-models').waitFor({ state: 'detached', timeout: UI_BOUND_MS });
      assert.equal((await focused(page)).testId, 'settings-button', 'focus back where the dialogs were opened');

      // The minimum window (electron/main: minWidth 960, minHeight 640).
      await page.setViewportSize({ width: 960, height: 640 });
      for (const [testId, what] of [
        ['record-button', 'Record'],
        ['settings-button', 'Settings'],
        ['add-question', 'Add question'],
        ['play-button', 'Play'],
        ['speed-select', 'Speed'],
        ['edit-transcript', 'Edit transcript'],
        ['delete-attempt', 'Delete attempt'],
      ] as const) {
        await reachable(page, page.getByTestId(testId).first(), what);
      }
      await reachable(page, page.getByTestId('question-item').last(), 'the last question');
      await noSeriousViolations(page, '960×640');
    } finally {
      await harness.close();
    }
  },
);
