// The labeled corpus as a guard: the engine must keep meeting its targets (tests/corpus/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTextCases } from '../../corpus/cases';
import { compose } from '../../corpus/compose';
import { audioTargets, blindTargets, evaluateAudio, evaluateText, textTargets, type Target } from '../../corpus/evaluate';
import { HUM_BLIND_CASES, HUM_BLIND_FREE_TEXTS } from '../../corpus/hum-blind';
import { evaluateHums } from '../../corpus/hum-set';
import { speechToolsMissing } from '../../utils/speech';

function assertMet(targets: readonly Target[], misses: readonly unknown[]): void {
  const failed = targets.filter((target) => !target.met);
  assert.deepEqual(failed, [], `missed targets; disagreements:\n${JSON.stringify(misses, null, 1)}`);
}

test('the text set has at least 40 answers, every file in step with its script', () => {
  const cases = loadTextCases();
  assert.ok(cases.length >= 40, `${cases.length} answers`);
  const modes = new Set(cases.map((corpusCase) => corpusCase.labels.mode));
  assert.deepEqual([...modes].sort(), ['behavioral', 'design', 'general', 'incident', 'motivation', 'pitch', 'product']);
});

test('tuned and blind together hold at least 150 answers, and no blind answer is also a tuned one', () => {
  const tuned = loadTextCases('text');
  const blind = loadTextCases('blind');
  assert.ok(tuned.length + blind.length >= 150, `${tuned.length} + ${blind.length} answers`);
  const scripts = new Set(tuned.map((corpusCase) => corpusCase.script));
  assert.deepEqual(
    blind.filter((corpusCase) => scripts.has(corpusCase.script)).map((corpusCase) => corpusCase.id),
    [],
  );
});

/**
 * The levels reached on the blind batches together (BLIND.md: b1–b13, analysis 12, at b13's first run), so a change
 * cannot quietly lose them. Each bar is the level reached, never below the issue's target.
 */
const BLIND_FLOORS: Readonly<Record<string, number>> = {
  'reflection F1': 0.94,
  'STAR section precision': 0.98,
  'STAR section recall': 0.89,
  'STAR starts within 2 s': 0.74,
  'crisp ending accuracy': 0.92,
  'answer mode accuracy': 0.95,
  'metrics F1': 0.97,
  'lexical fillers F1': 0.97,
  'speaker I/we exact': 0.98,
};

test('the engine holds the levels it reached on the blind batches', () => {
  const evaluation = evaluateText(loadTextCases('blind'));
  const below = blindTargets(evaluation).filter((target) => target.value < (BLIND_FLOORS[target.name] ?? 1));
  assert.deepEqual(
    below.map((target) => `${target.name} ${target.value.toFixed(3)}`),
    [],
  );
});

test('the blind touching-hum batch keeps the level it reached: 11 of 12, none false', (t) => {
  const missing = speechToolsMissing();
  if (missing !== null) {
    t.skip(missing);
    return;
  }
  const hums = evaluateHums(HUM_BLIND_CASES, HUM_BLIND_FREE_TEXTS);
  assert.ok(hums.found >= 11, `found ${hums.found} of ${hums.total}; missed ${hums.missed.join('; ')}`);
  assert.equal(hums.falseHums, 0);
});

test('the engine meets every target on the text set', () => {
  const evaluation = evaluateText(loadTextCases());
  assertMet(textTargets(evaluation), evaluation.misses);
});

test('the engine meets every target on the audio set', (t) => {
  const missing = speechToolsMissing();
  if (missing !== null) {
    t.skip(missing);
    return;
  }
  const evaluation = evaluateAudio();
  assert.equal(evaluation.cases, 13);
  assertMet(audioTargets(evaluation), evaluation.misses);
});

test('compose: marks become word ranges, silences become pauses, sections cover the answer', () => {
  const { words, marks, durationSec } = compose({
    id: 'unit',
    leadIn: 1,
    script: '#situation [f: Um,] we had [m: two weeks]. <1.5> #action I [h: just] shipped it [r: in hindsight].',
  });
  assert.deepEqual(
    words.map((word) => word.text),
    ['Um,', 'we', 'had', 'two', 'weeks.', 'I', 'just', 'shipped', 'it', 'in', 'hindsight.'],
  );
  assert.equal(words[0]?.start, 1);
  assert.deepEqual(marks.fillers, [{ firstWord: 0, lastWord: 0 }]);
  assert.deepEqual(marks.metrics, [{ firstWord: 3, lastWord: 4 }]);
  assert.deepEqual(marks.hedges, [{ firstWord: 6, lastWord: 6 }]);
  assert.deepEqual(marks.reflections, [{ firstWord: 9, lastWord: 10 }]);
  const before = words[4];
  const after = words[5];
  assert.deepEqual(marks.pauses, [{ afterWord: 4, start: before?.end, end: after?.start }]);
  assert.equal(Math.round(((after?.start ?? 0) - (before?.end ?? 0)) * 100) / 100, 1.5);
  assert.deepEqual(
    marks.star.map(({ name, firstWord, lastWord }) => [name, firstWord, lastWord]),
    [
      ['situation', 0, 4],
      ['action', 5, 10],
    ],
  );
  assert.equal(marks.star[0]?.end, after?.start);
  assert.equal(durationSec, Math.round(((words[10]?.end ?? 0) + 1) * 100) / 100);
});

test('compose: words are in time order, with natural gaps below a pause', () => {
  const { words, marks } = compose({ id: 'order', script: 'One two, three. Four five six seven.' });
  words.forEach((word, index) => {
    const previous = words[index - 1];
    assert.ok(word.end > word.start);
    if (previous !== undefined) assert.ok(word.start > previous.end && word.start - previous.end < 1);
  });
  assert.deepEqual(marks.pauses, []);
});

test('compose refuses broken markup', () => {
  assert.throws(() => compose({ id: 'x', script: '[f: um' }), /x: unclosed \[/);
  assert.throws(() => compose({ id: 'x', script: 'um]' }), /x: stray or empty \]/);
  assert.throws(() => compose({ id: 'x', script: '[q: um]' }), /x: unknown mark \[q:/);
  assert.throws(() => compose({ id: 'x', script: '#middle um' }), /x: unknown section #middle/);
});
