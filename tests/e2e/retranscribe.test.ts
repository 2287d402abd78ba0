// Re-transcription end to end in Debian's Chromium against the real handlers and whisper.cpp (a random-weight
// tiny.en): attempts seeded as transcribed with "base.en"; one is re-transcribed from replay, then the rest
// from the models dialog after a confirmation reached from the keyboard. axe-core checks each screen; every
// wait is on page or store state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TimedWord } from '../../common/report';
import { resolveDataPaths } from '../../native/app/paths';
import { encodeWav } from '../../native/audio/wav';
import { seedTranscribedAttempts } from '../utils/transcribed-attempts';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { seriousViolations } from './axe';
import { CHROMIUM, launchHarness } from './harness';
import { PIPELINE_BOUND_MS, UI_BOUND_MS } from './steps';

const missing = existsSync(CHROMIUM) ? null : `${CHROMIUM} not installed (apt-get install -y chromium)`;
if (missing) console.log(`# end-to-end tests skipped: ${missing}`);

const QUESTION = 'Tell me about a migration you led.';
const OLD: TimedWord[] = [
  { text: 'we', start: 0.3, end: 0.5 },
  { text: 'moved', start: 0.6, end: 0.9 },
  { text: 'everything', start: 1.0, end: 1.6 },
];

async function noSeriousViolations(page: Page, where: string): Promise<void> {
  assert.deepEqual(await seriousViolations(page), [], `axe-core on ${where}`);
}

async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      (
        globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }
      ).document.activeElement?.getAttribute('data-testid') ?? null,
  );
}

test(
  're-transcribe one attempt from replay, then the rest from the models dialog',
  { skip: missing ?? false, timeout: 600_000 },
  async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-e2e-retranscribe-'));
    const { ids } = seedTranscribedAttempts(resolveDataPaths(home, {}).database, { question: QUESTION, words: OLD, count: 3 });
    const microphone = path.join(home, 'silence.wav');
    writeFileSync(microphone, encodeWav(new Float32Array(16000), 16000));
    const model = await ensureSyntheticModel();
    const modelName = path.basename(model);
    const harness = await launchHarness({
      microphoneWav: microphone,
      modelPath: model,
      home,
      settings: { sealScorecard: false },
    });
    const { page, core } = harness;
    try {
      await page.getByTestId('question-item').filter({ hasText: QUESTION }).click();
      // History lists the newest first: open the latest attempt.
      await page.getByTestId('history-row').first().click();
      const control = page.getByTestId('retranscribe-attempt');
      await control.waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await control.getByTestId('transcribed-with').textContent(), 'Transcribed with base.en.');
      await noSeriousViolations(page, 'an attempt with its Re-transcribe control');

      const button = control.getByTestId('retranscribe-button');
      assert.equal(await button.textContent(), `Re-transcribe with ${modelName}`);
      await button.focus();
      await page.keyboard.press('Enter');
      await control
        .getByTestId('transcribed-with')
        .filter({ hasText: `Transcribed with ${modelName} (the model in use).` })
        .waitFor({ timeout: PIPELINE_BOUND_MS });
      assert.equal(core.library.getAttempt(ids[2]!).model, modelName);
      assert.equal(core.library.getAttempt(ids[1]!).model, 'base.en', 'only that attempt');

      // The models dialog offers the other two, with a confirmation first.
      await page.getByTestId('settings-button').click();
      await page.getByTestId('settings-open-models').click();
      const bulk = page.getByTestId('retranscribe-other-models');
      await bulk.waitFor({ timeout: UI_BOUND_MS });
      assert.match(
        (await bulk.getByTestId('retranscribe-preview').textContent()) ?? '',
        /^2 attempts were transcribed with base\.en\. Their numbers stay as they are unless you re-transcribe them/,
      );
      await noSeriousViolations(page, 'models dialog with the re-transcribe offer');
      await bulk.getByTestId('retranscribe-bulk-open').focus();
      await page.keyboard.press('Enter');
      await bulk.getByTestId('retranscribe-confirm').waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await focusedTestId(page), 'retranscribe-confirm', 'the confirmation takes focus');
      await noSeriousViolations(page, 'the bulk confirmation');
      await page.keyboard.press('Enter');
      const summary = bulk.locator('[data-testid="retranscribe-summary"][data-state="finished"]');
      await summary.waitFor({ timeout: PIPELINE_BOUND_MS });
      assert.equal(await summary.locator('span').textContent(), `Re-transcribed 2 of 2 attempts with ${modelName}.`);
      assert.ok(ids.every((id) => core.library.getAttempt(id).model === modelName));
      await noSeriousViolations(page, 'the finished run');
    } finally {
      await harness.close();
      await rm(home, { recursive: true, force: true });
    }
  },
);
