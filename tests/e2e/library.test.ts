// The library screen in Chromium: a Markdown file of STAR stories previewed (nothing changes yet) and
// imported, a bad file refused naming its line, the story page with its length matrix, and a question
// edited with a mode override and archived. Waits are on page state only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { speechToolsMissing, speechWav } from '../utils/speech';
import { seriousViolations } from './axe';
import { CHROMIUM, launchHarness } from './harness';
import { UI_BOUND_MS } from './steps';

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} not installed (apt-get install -y chromium)` : speechToolsMissing();
if (missing) console.log(`# end-to-end tests skipped: ${missing}`);

const stories = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../unit/library/fixtures/star-stories.md');

test(
  'library: import STAR stories with a preview, refuse a bad deck, open a story, edit and archive a question',
  { skip: missing ?? false, timeout: 300_000 },
  async (t) => {
    const harness = await launchHarness({ microphoneWav: speechWav([{ say: 'Hello.' }]).path });
    const { page, core } = harness;
    try {
      await page.getByTestId('nav-library').click();
      await page.getByTestId('library-screen').waitFor({ timeout: UI_BOUND_MS });
      assert.deepEqual(await seriousViolations(page), [], 'library screen');

      // A bad deck: the error names the line, and nothing changes.
      const bad = path.join(tmpdir(), `voicedrill-bad-${process.pid}.md`);
      t.after(() => rmSync(bad, { force: true }));
      writeFileSync(bad, '# Prep\n\n**Situation:** oops\n\n## Questions\n### Why here?\n- Mode: nonsense\n');
      await page.getByTestId('import-deck').click();
      await page.getByTestId('import-file').setInputFiles(bad);
      const error = page.getByTestId('import-error');
      await error.waitFor({ timeout: UI_BOUND_MS });
      assert.match((await error.textContent()) ?? '', /line 7: unknown mode "nonsense"/);
      assert.equal(core.practice.listStories().length, 0);

      // The hand-written STAR file: previewed first (nothing stored), then imported.
      await page.getByTestId('import-file').setInputFiles(stories);
      await page.getByTestId('import-preview').waitFor({ timeout: UI_BOUND_MS });
      assert.match(
        (await page.getByTestId('import-preview').textContent()) ?? '',
        /2 new question\(s\), 0 follow-up\(s\), 3 story\(ies\)/,
      );
      assert.equal(core.practice.listStories().length, 0, 'a preview changes nothing');
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-panel').waitFor({ state: 'detached', timeout: UI_BOUND_MS });
      assert.equal(core.practice.listStories().length, 3);

      // The story page: its numbers, and the matrix waiting for attempts at each length.
      await page.getByTestId('tab-stories').click();
      assert.equal(await page.getByTestId('library-story').count(), 3);
      await page.getByRole('button', { name: 'Open story: Checkout latency at Shopline (2023)' }).click();
      await page.getByTestId('story-page').waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await page.getByTestId('story-ready').textContent(), 'Not ready yet');
      assert.equal(await page.getByTestId('cell-elevator').textContent(), 'Not drilled yet');
      assert.match((await page.getByTestId('story-screen').textContent()) ?? '', /Key numbers: 6 weeks, 800 ms, 4%, \$1\.2M/);
      assert.deepEqual(await seriousViolations(page), [], 'story page');
      assert.equal(
        await page.getByTestId('drill-elevator').count(),
        0,
        'a story that answers no question yet has nothing to drill',
      );

      // Linked to a question in the story's editor, the story is drilled at a length through it: the
      // practice screen, at that length.
      const [linked] = core.practice.listQuestions();
      await page.getByRole('button', { name: 'Edit the story' }).click();
      await page.getByTestId('story-editor').getByRole('checkbox', { name: linked!.text }).check();
      await page.getByTestId('story-save').click();
      await page.getByTestId('drill-elevator').click();
      await page.getByTestId('question-text').filter({ hasText: linked!.text }).waitFor({ timeout: UI_BOUND_MS });
      // The length is applied once the question's remembered length is saved: wait for that state.
      await page
        .getByTestId('length-picker')
        .getByRole('radio', { name: /Elevator/, checked: true })
        .waitFor({ timeout: UI_BOUND_MS });
      await page.getByTestId('nav-library').click();

      // A question: search, edit its mode (an override), archive it.
      await page.getByTestId('tab-questions').click();
      await page.getByTestId('library-search').fill('improved performance');
      await page.getByTestId('library-question').first().waitFor({ timeout: UI_BOUND_MS });
      assert.equal(await page.getByTestId('library-question').count(), 1);
      await page.getByRole('button', { name: 'Edit: Tell me about a time you improved performance.' }).click();
      await page.getByTestId('question-mode').selectOption('incident');
      await page.getByTestId('question-save').click();
      await page.getByTestId('question-editor').waitFor({ state: 'detached', timeout: UI_BOUND_MS });
      const edited = core.practice.listQuestions({ search: 'improved performance' })[0];
      assert.equal(edited?.mode, 'incident');
      assert.equal(edited?.modeOverridden, true);
      await page.getByRole('button', { name: 'Archive: Tell me about a time you improved performance.' }).click();
      await page.getByText('No questions match.').waitFor({ timeout: UI_BOUND_MS });
      assert.equal(core.practice.listQuestions({ search: 'improved performance' }).length, 0);
    } finally {
      await harness.close();
    }
  },
);
