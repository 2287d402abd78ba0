// Settings → Your data in Chromium against the real handlers: back up to the file the save dialog gives,
// restore it after the confirmation (which says what is replaced and that a copy is kept), refuse a file
// that is not a backup, and delete everything from the keyboard after typing DELETE. axe-core on each step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { encodeWav } from '../../native/audio/wav';
import { backupFileName } from '../../native/app/backup';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { seriousViolations } from './axe';
import { CHROMIUM, launchHarness } from './harness';
import { DUE_ATTEMPTS, DURATIONS, SEEDED_QUESTION, seedProgressLibrary } from './progress-seed';
import { focused, UI_BOUND_MS } from './steps';

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} not installed (apt-get install -y chromium)` : null;
if (missing) console.log(`# end-to-end tests skipped: ${missing}`);

/** A function, not a string, for waitForFunction: the app's CSP forbids eval in the page. */
interface FieldDocument {
  querySelector(selector: string): { value: string } | null;
}

async function noSeriousViolations(page: Page, screen: string): Promise<void> {
  assert.deepEqual(await seriousViolations(page), [], screen);
}

async function statusSays(page: Page, pattern: RegExp): Promise<string> {
  const status = page.getByTestId('your-data-status').filter({ hasText: pattern });
  await status.waitFor({ timeout: UI_BOUND_MS });
  return (await status.textContent()) ?? '';
}

async function focusedTestId(page: Page): Promise<string | null> {
  return (await focused(page)).testId;
}

test(
  'your data: back up, restore after confirming, refuse a bad file, delete everything',
  { skip: missing ?? false, timeout: 600_000 },
  async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-e2e-data-'));
    const saveDir = await mkdtemp(path.join(tmpdir(), 'voicedrill-e2e-saved-'));
    seedProgressLibrary(home);
    const silence = path.join(saveDir, 'silence.wav');
    await writeFile(silence, encodeWav(new Float32Array(16000), 16000));
    const notABackup = path.join(saveDir, 'notes.sqlite');
    await writeFile(notABackup, 'meeting notes, not a database');
    const picked = { file: null as string | null };
    const harness = await launchHarness({
      microphoneWav: silence,
      modelPath: await ensureSyntheticModel(),
      home,
      saveDir,
      pickBackupFile: () => picked.file,
    });
    const { page, core } = harness;
    const questionTexts = () => core.library.listQuestions().map((question) => question.text);
    try {
      await page.getByTestId('settings-button').click();
      const section = page.getByTestId('your-data');
      await section.waitFor({ timeout: UI_BOUND_MS });
      assert.match((await section.textContent()) ?? '', /Speech models are downloaded files and are not part of a backup/);
      await noSeriousViolations(page, 'settings with Your data');

      // Back up: main writes where the (injected) save dialog says.
      await page.getByTestId('backup-library').click();
      const saved = path.join(saveDir, backupFileName(new Date()));
      assert.match(
        await statusSays(page, /Backed up to/),
        new RegExp(`Backed up to ${saved.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
      assert.ok(existsSync(saved));

      // Something made after the backup, which the restore will take away.
      core.practice.createQuestion({ text: 'Made after the backup' });
      const fillers = page.getByTestId('filler-words');
      await fillers.fill('um, kerfuffle');
      await page.getByTestId('save-fillers').click();
      await page.getByText('Saved.').waitFor({ timeout: UI_BOUND_MS });
      assert.ok(questionTexts().includes('Made after the backup'));

      // A file that is not a backup: a clear error, nothing asked, nothing replaced.
      picked.file = notABackup;
      await page.getByTestId('restore-library').click();
      const error = page.getByTestId('your-data-error');
      await error.waitFor({ timeout: UI_BOUND_MS });
      assert.match((await error.textContent()) ?? '', /not a Voicedrill backup.*unchanged/);
      assert.ok(questionTexts().includes('Made after the backup'));

      // Restore: the confirmation says what the backup holds, what it replaces, and where the copy is kept.
      picked.file = saved;
      await page.getByTestId('restore-library').click();
      const confirm = page.getByTestId('restore-confirm');
      await confirm.waitFor({ timeout: UI_BOUND_MS });
      const question = (await confirm.textContent()) ?? '';
      assert.match(question, new RegExp(`holds 2 questions, 1 story and ${DURATIONS.length + DUE_ATTEMPTS} attempts`));
      assert.match(question, /replaces everything in your current library/);
      assert.match(question, /A copy of your current library is kept first, in .*backups/);
      assert.equal(await page.evaluate('document.activeElement?.id'), 'restore-confirm-title', 'focus moves to the question');
      await noSeriousViolations(page, 'restore confirmation');
      await page.getByTestId('confirm-restore').click();
      assert.match(
        await statusSays(page, /Restored/),
        new RegExp(`${DURATIONS.length + DUE_ATTEMPTS} attempts.*previous library is kept at .*before-restore`),
      );
      assert.equal(questionTexts().includes('Made after the backup'), false);
      assert.ok(questionTexts().includes(SEEDED_QUESTION));
      assert.equal(await focusedTestId(page), 'restore-library', 'focus returns to the button that started it');
      assert.equal(await page.getByTestId('question-item').filter({ hasText: SEEDED_QUESTION }).count(), 1);
      // The settings shown are the restored ones: the words saved after the backup are gone.
      await page.waitForFunction(
        () => {
          const field = (globalThis as unknown as { document: FieldDocument }).document.querySelector(
            '[data-testid="filler-words"]',
          );
          return field !== null && !field.value.includes('kerfuffle');
        },
        undefined,
        { timeout: UI_BOUND_MS },
      );

      // Delete everything, from the keyboard: the button stays disabled until DELETE is typed.
      await page.getByTestId('delete-everything').focus();
      await page.keyboard.press('Enter');
      const panel = page.getByTestId('delete-confirm');
      await panel.waitFor({ timeout: UI_BOUND_MS });
      assert.match((await panel.textContent()) ?? '', /No copy is kept: this cannot be undone/);
      assert.equal(await focusedTestId(page), 'delete-confirm-input');
      assert.equal(await page.getByTestId('confirm-delete').isDisabled(), true);
      await noSeriousViolations(page, 'delete confirmation');
      await page.keyboard.type('DELETE');
      assert.equal(await page.getByTestId('confirm-delete').isDisabled(), false);
      await page.keyboard.press('Enter');
      await statusSays(page, /Everything was deleted/);
      // The window follows the new library without a reload: the seeded question leaves the sidebar.
      await page
        .getByTestId('question-item')
        .filter({ hasText: SEEDED_QUESTION })
        .waitFor({ state: 'detached', timeout: UI_BOUND_MS });
      assert.equal(questionTexts().includes(SEEDED_QUESTION), false);
      assert.equal(core.backup.counts().attempts, 0);
      assert.ok(core.backup.counts().questions > 0, 'the starter questions are back');
      await noSeriousViolations(page, 'after deleting everything');
    } finally {
      await harness.close();
    }
  },
);
