import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnswerMode } from '../../../common/report';
import { detectAnswerMode, detectMode } from '../../../native/analysis/mode';
import { tokenize, type Token } from '../../../native/analysis/normalize';
import {
  MODE_TRAINING,
  features,
  modePosterior,
  shippedModeModel,
  stem,
  trainModeModel,
  type ModeExamples,
} from '../../../native/analysis/mode-classifier';

const MODES: readonly AnswerMode[] = ['behavioral', 'design', 'incident', 'product', 'motivation', 'pitch', 'general'];
const FOLDS = 5;

/** Every question in the training set scored by a model that never saw it (5-fold, every fifth question held out). */
function crossValidate(classify: (question: string, examples: ModeExamples) => AnswerMode): number {
  let right = 0;
  let total = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const train: Partial<Record<AnswerMode, string[]>> = {};
    for (const mode of MODES) train[mode] = (MODE_TRAINING[mode] ?? []).filter((_, i) => i % FOLDS !== fold);
    for (const mode of MODES) {
      (MODE_TRAINING[mode] ?? []).forEach((question, i) => {
        if (i % FOLDS !== fold) return;
        total++;
        if (classify(question, train) === mode) right++;
      });
    }
  }
  return right / total;
}

test('the training set has at least 40 questions for every mode', () => {
  for (const mode of MODES) assert.ok((MODE_TRAINING[mode]?.length ?? 0) >= 40, mode);
});

test('the stemmer brings inflections and British spellings together', () => {
  assert.equal(stem('designing'), stem('design'));
  assert.equal(stem('designed'), stem('designs'));
  assert.equal(stem('prioritise'), stem('prioritize'));
  assert.equal(stem('prioritising'), stem('prioritizing'));
  assert.equal(stem('outages'), stem('outage'));
});

test('features are words, word pairs and the opening word, with contractions spelled out', () => {
  const found = features("How'd you scale it?");
  assert.ok(found.includes('w:you'));
  assert.ok(found.includes('b:would you'));
  assert.ok(found.includes('s:how'));
  assert.deepEqual(features("you'd"), features('you would'));
});

test('the posterior is a distribution over the trained modes', () => {
  const posterior = modePosterior(shippedModeModel(), 'Design a photo sharing service.');
  const total = [...posterior.values()].reduce((sum, p) => sum + p, 0);
  assert.ok(Math.abs(total - 1) < 1e-9);
  assert.equal([...posterior].sort((a, b) => b[1] - a[1])[0]?.[0], 'design');
});

test('held out: the whole detector (frames and classifier) labels unseen training questions', () => {
  const accuracy = crossValidate((question, train) => detectMode(question, trainModeModel(train)));
  assert.ok(accuracy >= 0.83, `5-fold accuracy ${accuracy.toFixed(3)}`);
});

test('held out: the classifier alone beats a majority guess by far', () => {
  const accuracy = crossValidate((question, train) => {
    const posterior = modePosterior(trainModeModel(train), question);
    return [...posterior].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'general';
  });
  assert.ok(accuracy >= 0.72, `5-fold accuracy ${accuracy.toFixed(3)}`);
});

test('fresh wordings, mostly outside software, reach their mode on at least 8 of 10', () => {
  const cases: [string, AnswerMode][] = [
    ['Our bakery wants customers to order cakes online and collect in store. What would you put in place?', 'design'],
    ['How would the parts of a library lending system talk to each other?', 'design'],
    ['Half the tills in the shop stopped taking cards at lunchtime. You are in charge. Go.', 'incident'],
    ['The night shift rings you: the freezer alarm is going off in the warehouse. What do you do?', 'incident'],
    ['Fewer readers reach the end of our newsletter each month. What would you try?', 'product'],
    ['What pulls you towards the charity sector after years in banking?', 'motivation'],
    ['Give us the short tour of how you got here.', 'pitch'],
    ['Recall an occasion when you had to win round a sceptical client.', 'behavioral'],
    ['What do you think makes a good code reviewer?', 'general'],
    ['Talk me through how you came to be a nurse and what you do now.', 'pitch'],
  ];
  const wrong = cases.filter(([question, mode]) => detectMode(question) !== mode);
  assert.ok(wrong.length <= 2, `wrong: ${wrong.map(([question]) => question).join(' | ')}`);
});

function answerTokens(text: string): Token[] {
  return tokenize(text.split(' ').map((word, i) => ({ text: word, start: i * 0.4, end: i * 0.4 + 0.3 })));
}

const STORY =
  'Last spring our supplier went bust. I called three others the same day. We picked the cheapest one that could deliver. ' +
  'I rewrote the order sheets that weekend. We shipped every order on time and I kept the new supplier.';
const HABITS = 'I usually plan my week on Monday. I keep a short list. When something urgent comes in I move it to the top.';

test('a story told in answer makes the mode behavioral when the question is silent or unsure', () => {
  assert.equal(detectAnswerMode(undefined, answerTokens(STORY)), 'behavioral');
  assert.equal(detectAnswerMode(undefined, answerTokens(HABITS)), 'general');
  // A question surely general stays general, however it is answered.
  assert.equal(detectAnswerMode('How do you handle criticism?', answerTokens(STORY)), 'general');
  // A question with its own mode keeps it.
  assert.equal(detectAnswerMode('Design a parcel tracking service.', answerTokens(STORY)), 'design');
});
