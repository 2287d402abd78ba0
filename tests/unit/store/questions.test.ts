import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../../native/store/open';
import { parseStarterQuestions, readStarterQuestions } from '../../../native/store/starter';
import type { NewQuestion, StarterQuestion } from '../../../common/library';
import { newAttempt, tempDir } from './fixtures';

const STARTER_FILE = fileURLToPath(new URL('../../../resources/questions.json', import.meta.url));

const CACHE: StarterQuestion = { slug: 'design-cache', kind: 'question', text: 'Design a cache.', followUps: [] };

const STARTER: StarterQuestion[] = [
  {
    slug: 'disagreement',
    kind: 'question',
    text: 'Tell me about a time you disagreed with a teammate.',
    followUps: [{ slug: 'disagreement-differently', text: 'What would you do differently?' }],
  },
  CACHE,
];

test('the shipped starter file is valid and covers each kind of question', () => {
  const items = readStarterQuestions(STARTER_FILE);
  assert.ok(items.length >= 10, `expected at least 10 starter questions, got ${items.length}`);
  const texts = items.map((item) => item.text);
  for (const opening of [
    'Tell me about yourself',
    'Tell me about a time',
    'Design',
    'Walk me through',
    'How would you prioritize',
  ]) {
    assert.ok(
      texts.some((text) => text.startsWith(opening)),
      `no starter question starts with '${opening}'`,
    );
  }
  assert.ok(items.some((item) => item.followUps.length > 0));
});

test('seeding twice neither duplicates items nor loses follow-up links', () => {
  const store = openStore(':memory:');
  store.seedStarterQuestions(STARTER);
  const first = store.listQuestions();
  store.seedStarterQuestions(STARTER);
  const second = store.listQuestions();
  assert.deepEqual(second, first);
  assert.deepEqual(
    second.map((question) => [question.text, question.source, question.followUps.map((followUp) => followUp.text)]),
    [
      ['Tell me about a time you disagreed with a teammate.', 'starter', ['What would you do differently?']],
      ['Design a cache.', 'starter', []],
    ],
  );
  assert.equal(second[0]?.followUps[0]?.parentId, second[0]?.id);
  store.close();
});

test('reseeding keeps attempts and picks up an edited starter text', () => {
  const store = openStore(':memory:');
  store.seedStarterQuestions(STARTER);
  const id = store.listQuestions().find((question) => question.text === CACHE.text)?.id;
  assert.ok(id !== undefined);
  store.createAttempt(newAttempt(id));
  store.seedStarterQuestions([{ ...CACHE, text: 'Design a distributed cache.' }]);
  assert.equal(store.getQuestion(id)?.text, 'Design a distributed cache.');
  assert.equal(store.listAttempts(id).length, 1);
  store.close();
});

test('the whole shipped file seeds', () => {
  const store = openStore(':memory:');
  const items = readStarterQuestions(STARTER_FILE);
  store.seedStarterQuestions(items);
  const questions = store.listQuestions();
  assert.equal(questions.length, items.length);
  const followUps = questions.reduce((sum, question) => sum + question.followUps.length, 0);
  assert.equal(
    followUps,
    items.reduce((sum, item) => sum + item.followUps.length, 0),
  );
  store.close();
});

test('a bad starter file is refused with the reason', (t) => {
  assert.throws(() => parseStarterQuestions({}), { message: 'starter questions must be a JSON list' });
  assert.throws(
    () =>
      parseStarterQuestions([
        { slug: 'a', kind: 'question', text: 'A?' },
        { slug: 'a', kind: 'question', text: 'B?' },
      ]),
    { message: "starter question 1 slug 'a' is used twice" },
  );
  assert.throws(() => parseStarterQuestions([{ slug: 'a', kind: 'quiz', text: 'A?' }]), {
    message: "starter question 'a' kind must be one of question, story, got 'quiz'",
  });
  assert.throws(() => parseStarterQuestions([{ slug: 'Bad Slug', kind: 'question', text: 'A?' }]), /slug must be lowercase/);
  const file = join(tempDir(t), 'broken.json');
  writeFileSync(file, '[{');
  assert.throws(
    () => readStarterQuestions(file),
    (error) => error instanceof Error && error.message.startsWith(`cannot read starter questions from ${file}: `),
  );
});

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
