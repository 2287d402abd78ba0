// End to end in Debian's Chromium: espeak-ng speech plays into the fake microphone, the real renderer
// records it through the real preload into the real main-process core, which stores it, transcribes it
// with whisper.cpp (synthetic model) and scores it; then the attempt replays and its scores show.
// Every wait is on page or store state (see steps.ts), so a slow machine only makes it slower.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { decodeOggOpus } from '../../native/audio/ogg-opus';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { speechToolsMissing, speechWav } from '../utils/speech';
import { CHROMIUM, launchHarness } from './harness';
import { dataNumber, focused, PIPELINE_BOUND_MS, recordWithSpace, UI_BOUND_MS, untilAtLeast } from './steps';

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} not installed (apt-get install -y chromium)` : speechToolsMissing();
if (missing) console.log(`# end-to-end tests skipped: ${missing}`);

const ANSWER = [
  { say: 'In my last role I owned the checkout service.' },
  { silence: 0.6 },
  { say: 'I cut the error rate by forty percent. In hindsight, I would have measured it sooner.' },
  { silence: 1.5 },
];

test(
  'record from the microphone, store, transcribe, score and replay an attempt',
  { skip: missing ?? false, timeout: 600_000 },
  async () => {
    // The scorecard shows at once here; the sealed scorecard has its own test (progress.test.ts).
    const harness = await launchHarness({
      microphoneWav: speechWav(ANSWER).path,
      modelPath: await ensureSyntheticModel(),
      settings: { sealScorecard: false },
    });
    const { page, core, events } = harness;
    try {
      const question = page.getByTestId('question-item').first();
      await question.click();
      const questionId = Number(await question.getAttribute('data-question-id'));

      // Hold back every pipeline event after "saving": the view must not need them to replay the take.
      events.hold((name, payload) => name === 'attemptProgress' && (payload as { stage: string }).stage !== 'saving');
      const shownSec = await recordWithSpace(page, 4);
      assert.ok(shownSec >= 4, `the timer shows ${shownSec} s`);

      const [attempt, ...others] = core.library.listAttempts(questionId);
      assert.equal(others.length, 0);
      assert.ok(attempt, 'the attempt is stored when Stop returns');
      assert.ok(
        attempt.durationSec !== null && Math.abs(attempt.durationSec - shownSec) <= 0.02,
        `stored ${attempt.durationSec} s, the timer showed ${shownSec} s`,
      );
      const audio = decodeOggOpus(core.library.getRecording(attempt.id).bytes);
      assert.equal(audio.length / 16000, attempt.durationSec, 'the stored Opus decodes to the recorded length');
      assert.ok(core.library.getRecording(attempt.id).bytes.length < 600_000 * (attempt.durationSec / 90) + 10_000);
      assert.equal(await page.getByTestId('recording-timer').getAttribute('data-zone'), 'early');

      // Replay is ready while the pipeline has said nothing beyond "saved".
      const view = page.locator(`[data-testid="attempt-view"][data-attempt-id="${attempt.id}"]`);
      await view.waitFor({ timeout: UI_BOUND_MS });
      await page.locator('[data-testid="attempt-status"][data-stage="saving"]').waitFor({ timeout: UI_BOUND_MS });
      await page.locator('[data-testid="waveform"][data-status="ready"]').waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await page.getByTestId('attempt-status').getAttribute('data-stage'), 'saving', 'still nothing after "saved"');
      await page.getByTestId('speed-select').selectOption('1.5');
      // Space on the focused Play button plays; it does not start a recording.
      await page.getByTestId('play-button').focus();
      await page.keyboard.press('Space');
      await untilAtLeast(page, 'playback-time', 'time', 0.5);
      assert.equal(await page.getByTestId('record-button').getAttribute('data-state'), 'idle');
      await page.keyboard.press('Space');
      await page.locator('[data-testid="play-button"][data-playing="false"]').waitFor({ timeout: UI_BOUND_MS });
      assert.equal(core.library.listAttempts(questionId).length, 1, 'Space on Play stored nothing');

      // Progress names the stage and, when main measures them, the stretches and time left.
      await events.send('attemptProgress', {
        attemptId: attempt.id,
        questionId,
        stage: 'transcribing',
        ...{ stretchesDone: 1, stretchesTotal: 3, etaSec: 4 },
      });
      await page.locator('[data-testid="attempt-status"][data-stage="transcribing"]').waitFor({ timeout: UI_BOUND_MS });
      assert.equal(
        (await page.getByTestId('attempt-progress-detail').textContent())?.trim(),
        '· 2 of 3 stretches left · about 4 s left',
      );
      assert.doesNotMatch((await page.getByTestId('attempt-status').textContent()) ?? '', /step \d of \d/);

      await events.release();
      await page
        .locator('[data-testid="attempt-status"][data-stage="done"][data-scored="true"]')
        .waitFor({ timeout: PIPELINE_BOUND_MS });
      assert.equal(core.library.listAttempts(questionId)[0]?.status, 'scored');

      // The scorecard shows the measured figures.
      const duration = await dataNumber(page, 'score-duration', 'value');
      assert.ok(Math.abs(duration - (attempt.durationSec ?? 0)) < 0.05, `scorecard shows ${duration} s`);
      for (const id of ['score-wpm', 'score-fillers', 'score-metric', 'score-reflection', 'score-ownership']) {
        await page.getByTestId(id).waitFor({ timeout: UI_BOUND_MS });
      }

      // With a model set up, nothing asks for one.
      assert.equal(await page.getByTestId('first-run').count(), 0);
      assert.equal(await page.getByTestId('model-banner').count(), 0);

      const words = page.getByTestId('transcript-word');
      if ((await words.count()) > 0) {
        // Editing the transcript owns the keyboard: Space types and Esc cancels the edit; neither records.
        await page.getByTestId('edit-transcript').click();
        const editor = page.getByTestId('transcript-editor');
        await editor.waitFor({ timeout: UI_BOUND_MS });
        await page.keyboard.press('Space');
        await page.keyboard.press('Escape');
        await editor.waitFor({ state: 'detached', timeout: UI_BOUND_MS });
        assert.equal(await page.getByTestId('record-button').getAttribute('data-state'), 'idle');
        assert.equal(core.library.listAttempts(questionId).length, 1);

        // The synthetic model's words are few: a correction gives the transcript the words spoken.
        await page.getByTestId('edit-transcript').click();
        await editor.fill('In my last role I owned the checkout service');
        await page.getByTestId('save-transcript').click();
        await page.getByTestId('corrected-badge').waitFor({ timeout: UI_BOUND_MS });
        assert.ok((await words.count()) >= 2);

        // Transcript words are one tab stop; arrows move between them and Space or Enter plays from the word.
        assert.equal(await words.nth(0).getAttribute('tabindex'), '0');
        assert.equal(await words.nth(1).getAttribute('tabindex'), '-1');
        await words.nth(0).focus();
        await page.keyboard.press('ArrowRight');
        assert.deepEqual(await focused(page), { testId: 'transcript-word', index: '1' });
        await page.keyboard.press('Space');
        await page.locator('[data-testid="play-button"][data-playing="true"]').waitFor({ timeout: UI_BOUND_MS });
        assert.equal(await page.getByTestId('record-button').getAttribute('data-state'), 'idle');
        assert.equal(core.library.listAttempts(questionId).length, 1, 'Space on a transcript word stored nothing');
        await page.getByTestId('play-button').click();
        await page.locator('[data-testid="play-button"][data-playing="false"]').waitFor({ timeout: UI_BOUND_MS });
      } else {
        console.log('# the synthetic model recognised no words: transcript keyboard checks skipped');
      }

      // History lists it; Space on its row opens it rather than recording; deleting it removes the audio too.
      const row = page.getByTestId('history-row');
      await row.first().waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await row.count(), 1);
      await row.first().focus();
      await page.keyboard.press('Space');
      assert.equal(await page.getByTestId('record-button').getAttribute('data-state'), 'idle');
      assert.equal(core.library.listAttempts(questionId).length, 1, 'Space on a history row stored nothing');
      await row.first().getByTestId('delete-attempt').click();
      await page.getByTestId('confirm-delete').click();
      await page.getByTestId('history-empty').waitFor({ timeout: UI_BOUND_MS });
      assert.equal(core.library.listAttempts(questionId).length, 0);
      assert.throws(() => core.library.getRecording(attempt.id), /no recording/);
    } finally {
      await harness.close();
    }
  },
);
