import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectEnding, type Ending } from '../../../native/analysis/ending';
import { detectFillers } from '../../../native/analysis/fillers';
import { detectHedges } from '../../../native/analysis/hedges';
import { detectMetrics } from '../../../native/analysis/metrics';
import { tokenize } from '../../../native/analysis/normalize';
import { detectReflection } from '../../../native/analysis/reflection';
import { DEFAULT_FILLER_WORDS } from '../../../native/analysis/score';
import { timed } from './words';

function endingOf(answer: string): Ending {
  const tokens = tokenize(timed(answer));
  return detectEnding(tokens, {
    fillers: detectFillers(tokens, DEFAULT_FILLER_WORDS),
    hedges: detectHedges(tokens),
    reflection: detectReflection(tokens),
    metrics: detectMetrics(tokens),
  });
}

function kindOf(answer: string): [boolean, string, string | undefined] {
  const { crisp, kind, evidence } = endingOf(answer);
  return [crisp, kind, evidence?.text];
}

test('closing on a result, with a number or an outcome word, is crisp', () => {
  assert.deepEqual(kindOf('I rewrote it. Latency dropped by 40%.'), [true, 'result', 'Latency dropped by 40%.']);
  assert.deepEqual(kindOf('I rewrote it. We shipped on time.'), [true, 'result', 'We shipped on time.']);
});

test('closing on a decision, a summary or a lesson is crisp', () => {
  assert.deepEqual(kindOf('Both work. I would go with the queue.').slice(0, 2), [true, 'decision']);
  assert.deepEqual(kindOf('Many parts. In short, keep it simple.').slice(0, 2), [true, 'summary']);
  assert.deepEqual(kindOf('It shipped. Looking back, I would test earlier.').slice(0, 2), [true, 'reflection']);
});

test('trailing off is not crisp, and the evidence is the phrase', () => {
  assert.deepEqual(kindOf('We shipped it. So yeah.'), [false, 'trailing-off', 'So yeah.']);
  assert.deepEqual(kindOf("We shipped it. And that's it, really."), [false, 'trailing-off', "that's it,"]);
  assert.deepEqual(kindOf('It went fine, I guess.'), [false, 'trailing-off', 'I guess.']);
});

test('a hedged last claim trails off; "just" in it does not', () => {
  assert.deepEqual(kindOf('It is sort of a standard design.').slice(0, 2), [false, 'trailing-off']);
  assert.deepEqual(kindOf('The goal is just to make outages smaller.').slice(0, 2), [true, 'summary']);
});

test('a filler as the very last word is its own kind of weak ending', () => {
  assert.deepEqual(kindOf('We cut costs by half. Um.'), [false, 'filler', 'Um.']);
  assert.deepEqual(kindOf('Bad news early is a favour, you know?'), [false, 'filler', 'you know?']);
});

test('a last sentence with nothing to go on is not crisp', () => {
  assert.deepEqual(kindOf('We talked about it for a while.'), [false, 'none', 'We talked about it for a while.']);
});

test('no words: no ending to judge', () => {
  assert.deepEqual(endingOf(''), { crisp: false, kind: 'none', evidence: null });
});

test('a declarative close that states a principle is crisp whatever its verb', () => {
  assert.deepEqual(kindOf('We rolled back first. Mitigate first, understand second.').slice(0, 2), [true, 'summary']);
  assert.deepEqual(kindOf('It worked. That is why I applied.').slice(0, 2), [true, 'summary']);
});

test('trailing off is judged by its evidence: an unfinished clause, a closing question, drifting on', () => {
  assert.deepEqual(kindOf('We shipped it, but then the other thing was that the').slice(0, 2), [false, 'trailing-off']);
  assert.deepEqual(kindOf('They kept the free tier. Does that make sense?').slice(0, 2), [false, 'trailing-off']);
  assert.deepEqual(kindOf('Latency dropped by half. And the other thing was the laptops, which IT handled.').slice(0, 2), [
    false,
    'trailing-off',
  ]);
});

test('a hedge inside a counterfactual lesson does not make the close trail off', () => {
  assert.deepEqual(kindOf('It shipped. I probably should have shown the numbers first.').slice(0, 2), [true, 'reflection']);
});
