// End to end in Debian's Chromium: espeak-ng speech plays into the fake microphone, the real renderer
// records it through the real preload into the real main-process core, which stores it, transcribes it
// with whisper.cpp (synthetic model) and scores it; then the attempt replays and its scores show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { decodeOggOpus } from '../../native/audio/ogg-opus';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { speechToolsMissing, speechWav } from '../utils/speech';
import { CHROMIUM, launchHarness, type Harness } from './harness';

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} not installed (apt-get install -y chromium)` : speechToolsMissing();
if (missing) console.log(`# end-to-end tests skipped: ${missing}`);

const ANSWER = [
  { say: 'In my last role I owned the checkout service.' },
  { silence: 0.6 },
  { say: 'I cut the error rate by forty percent. In hindsight, I would have measured it sooner.' },
  { silence: 1.5 },
];

/** Polls a condition on the page through Playwright (page functions would need DOM types in Node code). */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function micIsLive(page: Harness['page']): Promise<void> {
  // The level meter moving proves the fake microphone reaches the audio graph.
  await until('the level meter to move', async () => Number(await page.getByTestId('level-meter').getAttribute('data-level')) > 0.01);
}

function numberAttribute(value: string | null): number {
  assert.ok(value !== null, 'attribute present');
  return Number(value);
}

async function recordFor(harness: Harness, seconds: number): Promise<number> {
  const { page } = harness;
  await micIsLive(page);
  await page.keyboard.press('Space');
  await page.getByTestId('record-button').filter({ hasText: 'Stop' }).waitFor();
  const started = Date.now();
  await page.waitForTimeout(seconds * 1000);
  await page.keyboard.press('Space');
  const elapsed = (Date.now() - started) / 1000;
  await page.getByTestId('record-button').filter({ hasText: 'Record' }).waitFor();
  return elapsed;
}

test('record from the microphone, store, transcribe, score and replay an attempt', { skip: missing ?? false, timeout: 240_000 }, async () => {
  const harness = await launchHarness({ microphoneWav: speechWav(ANSWER).path, modelPath: await ensureSyntheticModel() });
  const { page, core } = harness;
  try {
    const question = page.getByTestId('question-item').first();
    await question.click();
    const questionId = Number(await question.getAttribute('data-question-id'));

    const timer = page.getByTestId('recording-timer');
    const elapsed = await recordFor(harness, 4);

    await page.locator('[data-testid="attempt-status"][data-stage="done"][data-scored="true"]').waitFor({ timeout: 180_000 });
    const [attempt, ...others] = core.library.listAttempts(questionId);
    assert.equal(others.length, 0);
    assert.ok(attempt, 'the attempt is stored');
    assert.equal(attempt.status, 'scored');
    assert.ok(attempt.durationSec !== null && Math.abs(attempt.durationSec - elapsed) <= 0.3, `stored ${attempt.durationSec} s, recorded ${elapsed.toFixed(2)} s`);
    const audio = decodeOggOpus(core.library.getRecording(attempt.id).bytes);
    assert.equal(audio.length / 16000, attempt.durationSec, 'the stored Opus decodes to the recorded length');
    assert.ok(core.library.getRecording(attempt.id).bytes.length < 600_000 * (attempt.durationSec / 90) + 10_000);
    assert.equal(await timer.getAttribute('data-zone'), 'early');

    // The scorecard shows the measured figures.
    const view = page.getByTestId('attempt-view');
    await view.waitFor();
    assert.equal(Number(await view.getAttribute('data-attempt-id')), attempt.id);
    const duration = numberAttribute(await page.getByTestId('score-duration').getAttribute('data-value'));
    assert.ok(Math.abs(duration - (attempt.durationSec ?? 0)) < 0.05, `scorecard shows ${duration} s`);
    for (const id of ['score-wpm', 'score-fillers', 'score-metric', 'score-reflection', 'score-ownership']) {
      await page.getByTestId(id).waitFor();
    }

    // With a model set up, nothing asks for one.
    assert.equal(await page.getByTestId('first-run').count(), 0);
    assert.equal(await page.getByTestId('model-banner').count(), 0);

    // Editing the transcript owns the keyboard: Space types and Esc cancels the edit; neither records.
    if ((await page.getByTestId('transcript-word').count()) > 0) {
      await page.getByTestId('edit-transcript').click();
      const editor = page.getByTestId('transcript-editor');
      await editor.waitFor();
      await page.keyboard.press('Space');
      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('record-button').getAttribute('data-state'), 'idle');
      assert.equal(core.library.listAttempts(questionId).length, 1);
    }

    // Replay: the waveform loads the stored recording and playback advances.
    await page.locator('[data-testid="waveform"] >> visible=true').waitFor();
    const waveform = page.getByTestId('waveform');
    await until('the waveform to load', async () => (await waveform.getAttribute('data-status')) === 'ready');
    await page.getByTestId('speed-select').selectOption('1.5');
    await page.getByTestId('play-button').click();
    const time = page.getByTestId('playback-time');
    await until('playback to advance', async () => Number(await time.getAttribute('data-time')) > 0.5, 10_000);

    // History lists it; deleting it (after confirming) removes the audio too.
    const row = page.getByTestId('history-row');
    await row.first().waitFor();
    assert.equal(await row.count(), 1);
    await row.first().getByTestId('delete-attempt').click();
    await page.getByTestId('confirm-delete').click();
    await page.getByTestId('history-empty').waitFor();
    assert.equal(core.library.listAttempts(questionId).length, 0);
    assert.throws(() => core.library.getRecording(attempt.id), /no recording/);
  } finally {
    await harness.close();
  }
});

test('Esc discards a recording in progress and nothing is stored', { skip: missing ?? false, timeout: 120_000 }, async () => {
  const harness = await launchHarness({ microphoneWav: speechWav(ANSWER).path });
  const { page, core } = harness;
  try {
    // Without a model the first screen offers one; picking a question goes straight to practice.
    await page.getByTestId('first-run').waitFor();
    const question = page.getByTestId('question-item').nth(1);
    await question.click();
    const questionId = Number(await question.getAttribute('data-question-id'));
    await page.getByTestId('model-banner').waitFor();
    assert.equal(await page.getByTestId('first-run').count(), 0);
    await micIsLive(page);
    await page.keyboard.press('Space');
    await page.getByTestId('record-button').filter({ hasText: 'Stop' }).waitFor();
    await page.waitForTimeout(1000);
    await page.keyboard.press('Escape');
    await page.getByTestId('record-button').filter({ hasText: 'Record' }).waitFor();
    await page.getByText(/discarded/i).first().waitFor();
    assert.equal(core.library.listAttempts(questionId).length, 0);
  } finally {
    await harness.close();
  }
});
