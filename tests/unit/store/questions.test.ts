import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../../native/store/open';
import type { NewQuestion } from '../../../common/library';
import { newAttempt } from './fixtures';

test('user questions, stories and follow-ups are listed with attempt counts', () => {
  const store = openStore(':memory:');
  const story = store.addQuestion({ kind: 'story', text: '  The payments migration  ' });
  const question = store.addQuestion({ kind: 'question', text: 'Why did you leave your last job?' });
  const followUp = store.addQuestion({ kind: 'question', text: 'Would you go back?', parentId: question });
  store.createAttempt(newAttempt(followUp, '2025-01-01T08:00:00.000Z'));
  store.createAttempt(newAttempt(question, '2025-01-02T08:00:00.000Z'));
  store.createAttempt(newAttempt(question, '2025-01-03T08:00:00.000Z'));

  const listed = store.listQuestions();
  assert.deepEqual(
    listed.map((item) => [item.id, item.kind, item.text, item.source, item.attemptCount, item.lastAttemptAt]),
    [
      [story, 'story', 'The payments migration', 'user', 0, null],
      [question, 'question', 'Why did you leave your last job?', 'user', 2, '2025-01-03T08:00:00.000Z'],
    ],
  );
  assert.deepEqual(
    listed[1]?.followUps.map((item) => [item.id, item.parentId, item.attemptCount]),
    [[followUp, question, 1]],
  );
  assert.equal(store.getQuestion(followUp)?.parentId, question);
  assert.equal(store.getQuestion(999), null);
  store.close();
});

test('bad questions are refused with a readable reason', () => {
  const store = openStore(':memory:');
  const top = store.addQuestion({ kind: 'question', text: 'Top?' });
  const followUp = store.addQuestion({ kind: 'question', text: 'Follow?', parentId: top });
  const cases: [NewQuestion, string][] = [
    [{ kind: 'question', text: '   ' }, "question text must be non-empty text, got '   '"],
    [{ kind: 'riddle' as NewQuestion['kind'], text: 'x' }, "question kind must be one of question, story, got 'riddle'"],
    [{ kind: 'story', text: 'x', parentId: top }, 'a follow-up must be a question, not a story'],
    [{ kind: 'question', text: 'x', parentId: 42 }, 'there is no question with id 42'],
    [
      { kind: 'question', text: 'x', parentId: followUp },
      `question ${followUp} is itself a follow-up; follow-ups are one level deep`,
    ],
    [{ kind: 'question', text: 'x', parentId: 1.5 }, 'parent question id must be a positive integer, got 1.5'],
  ];
  for (const [input, message] of cases) {
    assert.throws(() => store.addQuestion(input), { message });
  }
  assert.throws(() => store.getQuestion(0), { message: 'question id must be a positive integer, got 0' });
  store.close();
});
