import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, readStarterQuestions } from '../../../native/store';
import { questionRows } from '../../../renderer/src/questions/questionTree';

test('the sidebar lists the follow-ups the store nests under their questions', () => {
  const store = openStore(':memory:');
  try {
    const starter = readStarterQuestions(new URL('../../../resources/questions.json', import.meta.url).pathname);
    store.seedStarterQuestions(starter);
    const rows = questionRows(store.listQuestions());
    const followUps = starter.flatMap((item) => item.followUps.map((followUp) => followUp.text));
    assert.ok(followUps.length > 0);
    assert.deepEqual(
      rows.filter((row) => row.depth === 1).map((row) => row.question.text),
      followUps,
    );
    const first = starter[0]!;
    const at = rows.findIndex((row) => row.question.text === first.text);
    assert.equal(rows[at + 1]?.question.text, first.followUps[0]?.text, 'a follow-up comes right after its question');
  } finally {
    store.close();
  }
});
