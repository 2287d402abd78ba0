import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { answerGaps, chooseTwist, parseTwistDeck } from '../../../native/library/twists';
import { analysed, report } from './reports';

const deck = parseTwistDeck(JSON.parse(readFileSync(new URL('../../../resources/twists.json', import.meta.url), 'utf8')));

test('each gap gets its follow-up', () => {
  const cases = [
    [report({ sections: ['situation', 'action'] }), 'no-result', /outcome|end|ship|result/i],
    [report({ metric: false }), 'no-metric', /measure|number|figure/i],
    [report({ mostlyWe: true }), 'mostly-we', /yourself|yours|you|your hands/i],
    [report({ reflection: false }), 'no-reflection', /differently|learn|change|mistake/i],
  ] as const;
  for (const [input, gap, wording] of cases) {
    for (let seed = 0; seed < 20; seed += 1) {
      const chosen = chooseTwist(deck, input, { mode: 'behavioral', seed });
      assert.equal(chosen?.gap, gap);
      assert.match(chosen!.twist.text, wording);
    }
  }
});

test('the most pressing gap wins: no outcome, then no number, then "we", then no reflection', () => {
  const everything = report({ sections: ['situation'], metric: false, mostlyWe: true, reflection: false });
  assert.deepEqual(answerGaps(everything, 'behavioral'), ['no-result', 'no-metric', 'mostly-we', 'no-reflection']);
  assert.deepEqual(answerGaps(report({ metric: false, mostlyWe: true }), 'behavioral'), ['no-metric', 'mostly-we']);
});

test('gaps apply only where the mode asks for them', () => {
  const thin = report({ sections: [], metric: false, mostlyWe: true, reflection: false });
  assert.deepEqual(answerGaps(thin, 'design'), ['no-metric']);
  assert.deepEqual(answerGaps(thin, 'motivation'), []);
  const design = chooseTwist(deck, thin, { mode: 'design', seed: 3 });
  assert.equal(design?.gap, 'no-metric');
  assert.ok(design!.twist.modes?.includes('design'), design!.twist.text);
});

test('a complete answer gets a probe that suits its mode', () => {
  const gaps = new Set<string>();
  for (let seed = 0; seed < 60; seed += 1) {
    const chosen = chooseTwist(deck, report(), { mode: 'incident', seed });
    assert.ok(chosen !== null);
    assert.ok(['decision-rationale', 'depth', 'another-example'].includes(chosen.gap));
    assert.ok(chosen.twist.modes === undefined || chosen.twist.modes.includes('incident'), chosen.twist.text);
    gaps.add(chosen.gap);
  }
  assert.equal(gaps.size, 3, 'every kind of probe comes up');
});

test('the same seed chooses the same twist; twists already asked are avoided while others remain', () => {
  const input = report({ metric: false });
  assert.deepEqual(
    chooseTwist(deck, input, { mode: 'behavioral', seed: 42 }),
    chooseTwist(deck, input, { mode: 'behavioral', seed: 42 }),
  );
  const asked: string[] = [];
  for (let round = 0; round < 3; round += 1)
    asked.push(chooseTwist(deck, input, { mode: 'behavioral', seed: 7, askedIds: asked })!.twist.id);
  assert.equal(new Set(asked).size, 3);
  // All asked: a repeat is better than no follow-up.
  assert.ok(asked.includes(chooseTwist(deck, input, { mode: 'behavioral', seed: 7, askedIds: asked })!.twist.id));
});

test('on a real analysed answer with no number, the twist asks how it was measured', () => {
  const answer = analysed(
    'Last year our checkout kept timing out. I was asked to fix it. I profiled the calls and I batched them into one request. ' +
      'In the end checkout got much faster and the team was happy. Looking back I would have involved the pricing team earlier.',
    'Tell me about a time you improved performance.',
  );
  assert.equal(answer.metrics.present, false);
  const chosen = chooseTwist(deck, answer, { mode: 'behavioral', seed: 1 });
  assert.equal(chosen?.gap, 'no-metric');
  assert.equal(chosen?.because, 'Your answer had no number in it.');
});
