// Seeding the starter deck through the app's composition root: a new library gets the deck once, and
// opening it again adds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp } from '../../native/app/compose';
import { resolveDataPaths } from '../../native/app/paths';

test('a new library is seeded from the starter deck once; reopening it adds nothing', async (t) => {
  const home = mkdtempSync(path.join(tmpdir(), 'voicedrill-seed-'));
  t.after(() => rmSync(home, { recursive: true, force: true }));
  const open = () =>
    openApp({
      paths: resolveDataPaths(home, {}),
      emit: () => undefined,
      pickModelFile: async () => null,
    });
  const first = await open();
  const count = (app: Awaited<ReturnType<typeof open>>): number =>
    app.practice.listQuestions({ includeArchived: true }).reduce((total, question) => total + 1 + question.followUps.length, 0);
  const seeded = count(first);
  assert.ok(first.practice.listQuestions().length >= 40);
  first.practice.archiveQuestion(first.practice.listQuestions()[0]!.id, true);
  await first.close();
  const second = await open();
  try {
    assert.equal(count(second), seeded, 'nothing was added at the second launch');
    assert.equal(
      second.practice.listQuestions({ includeArchived: true })[0]?.archived,
      true,
      'an archived starter question stays archived',
    );
  } finally {
    await second.close();
  }
});
