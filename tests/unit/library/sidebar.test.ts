import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shippedDeck } from '../../../native/library/shipped';
import { openStore } from '../../../native/store';
import { questionRows } from '../../../renderer/src/questions/questionTree';

test('the sidebar lists the follow-ups the store nests under their questions', () => {
  const store = openStore(':memory:');
  try {
    const deck = shippedDeck();
    store.practice().seedDeck(deck);
    const rows = questionRows(store.listQuestions());
    const followUps = deck.questions.flatMap((question) => question.followUps);
    assert.ok(followUps.length > 0);
    assert.deepEqual(
      rows
        .filter((row) => row.depth === 1)
        .map((row) => row.question.text)
        .sort(),
      [...followUps].sort(),
    );
    const first = deck.questions[0]!;
    const at = rows.findIndex((row) => row.question.text === first.text);
    assert.equal(rows[at + 1]?.question.text, first.followUps[0], 'a follow-up comes right after its question');
  } finally {
    store.close();
  }
});
