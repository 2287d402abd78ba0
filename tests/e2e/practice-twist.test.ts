// On the practice screen: the length picked for a question is remembered for it alone, the twist after a
// scored answer is answered in its own window and threaded under the answer in the history, and a note on
// an attempt shows there. Real handlers and whisper.cpp (synthetic model); waits on page and store state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { speechToolsMissing, speechWav } from '../utils/speech';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { CHROMIUM, launchHarness } from './harness';
import { attemptsStored, PIPELINE_BOUND_MS, recordWithSpace, UI_BOUND_MS } from './steps';

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} not installed (apt-get install -y chromium)` : speechToolsMissing();
if (missing) console.log(`# end-to-end tests skipped: ${missing}`);

test(
  'practice: a remembered length per question, a twist threaded under its answer, a note in the history',
  { skip: missing ?? false, timeout: 600_000 },
  async () => {
    const harness = await launchHarness({
      microphoneWav: speechWav([{ say: 'We moved the team to trunk based development.' }, { silence: 1 }]).path,
      modelPath: await ensureSyntheticModel(),
    });
    const { page, core } = harness;
    try {
      const first = page.getByTestId('question-item').first();
      await first.click();
      const questionId = Number(await first.getAttribute('data-question-id'));
      const picker = page.getByTestId('length-picker');
      await picker.getByRole('radio', { name: /Elevator/ }).check();
      // The choice is stored for this question only.
      const deadline = Date.now() + UI_BOUND_MS;
      while (core.practice.listQuestions()[0]?.lastLength !== 'elevator') {
        if (Date.now() > deadline) throw new Error('the length was not remembered');
        await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(null)))');
      }
      assert.equal(core.practice.listQuestions()[1]?.lastLength, null, 'no length leaks to another question');

      await recordWithSpace(page, 1.5);
      await attemptsStored(page, core, questionId, 1);
      const [answer] = core.library.listAttempts(questionId);
      assert.deepEqual([answer?.drillLength, answer?.targetMinSec, answer?.targetMaxSec], ['elevator', 25, 35]);

      await page.getByTestId('twist-offer').waitFor({ timeout: PIPELINE_BOUND_MS });
      const twistText = (await page.locator('#twist-title').textContent()) ?? '';
      await page.getByTestId('twist-answer').click();
      await page.getByTestId('answering-twist').waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await page.getByTestId('question-text').textContent(), twistText);
      await recordWithSpace(page, 1.5);
      await attemptsStored(page, core, questionId, 2);
      const followUp = core.library.listAttempts(questionId).find((attempt) => attempt.id !== answer?.id);
      assert.deepEqual([followUp?.targetMinSec, followUp?.targetMaxSec], [30, 60], 'the twist answer has the follow-up window');

      // The history threads the twist answer under the first, with the twist's text.
      const threaded = page.locator('[data-testid="history-row"][data-depth="1"]');
      await threaded.waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await threaded.getAttribute('data-attempt-id'), String(followUp?.id));
      assert.equal(await threaded.getByTestId('history-twist').textContent(), `Follow-up: ${twistText}`);
      assert.equal(
        core.practice.attemptLinks(questionId).find((link) => link.attemptId === followUp?.id)?.parentAttemptId,
        answer?.id,
      );

      // A note on the open attempt shows in the history.
      await page.getByTestId('attempt-note-text').fill('Say the outcome in the first sentence.');
      await page.getByTestId('attempt-note-save').click();
      await page
        .getByTestId('history-note')
        .filter({ hasText: 'Note: Say the outcome in the first sentence.' })
        .waitFor({ timeout: UI_BOUND_MS });
    } finally {
      await harness.close();
    }
  },
);
