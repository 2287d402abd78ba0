import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredReport } from '../../../renderer/src/replay/report';
import { buildScores, durationScore, fillerTally, type ScoreItem } from '../../../renderer/src/replay/scores';

const target = { minSec: 60, maxSec: 90 };

// A report as the first version stored it: the tiles show the fields every stored report has.
function report(overrides: Partial<StoredReport> = {}): StoredReport {
  return {
    version: 1,
    durationSec: 72.4,
    speakingSec: 61.2,
    wordsPerMinute: 142.6,
    timeToFirstWordSec: 1.2,
    fillers: {
      count: 2,
      perMinute: 1.7,
      items: [
        { text: 'um', start: 3, end: 3.2, firstWord: 5, lastWord: 5 },
        { text: 'Um', start: 9, end: 9.2, firstWord: 20, lastWord: 20 },
      ],
    },
    metrics: {
      present: true,
      items: [{ text: 'forty percent', start: 30, end: 31, firstWord: 60, lastWord: 61, value: 40, unit: '%' }],
    },
    reflection: {
      present: true,
      items: [{ text: 'I learned to ask earlier', start: 60, end: 62, firstWord: 140, lastWord: 144 }],
    },
    ownership: { i: 9, we: 3 },
    transcript: { words: [{ text: 'So', start: 1.2, end: 1.4 }] },
    ...overrides,
  };
}

const byId = (items: ScoreItem[], id: string): ScoreItem => {
  const item = items.find((i) => i.id === id);
  assert.ok(item, `score ${id} exists`);
  return item;
};

test('a good answer: every tile in order, machine-readable values, no hints', () => {
  const items = buildScores(report(), target);
  assert.deepEqual(
    items.map((i) => i.id),
    ['duration', 'speaking', 'wpm', 'first-word', 'fillers', 'metric', 'reflection', 'ownership'],
  );
  assert.deepEqual(
    items.map((i) => i.value),
    ['72.4', '61.2', '143', '1.2', '2', 'true', 'true', '9:3'],
  );
  assert.deepEqual(
    items.filter((i) => i.hint !== null).map((i) => i.id),
    [],
  );
  const duration = byId(items, 'duration');
  assert.equal(duration.display, '1:12');
  assert.equal(duration.detail, 'target 60–90 s');
  assert.equal(byId(items, 'fillers').detail, '1.7 / min · um ×2');
  assert.deepEqual(byId(items, 'fillers').data, { 'per-minute': '1.7' });
  assert.equal(byId(items, 'metric').detail, 'forty percent');
  assert.equal(byId(items, 'reflection').detail, '“I learned to ask earlier”');
  assert.equal(byId(items, 'ownership').display, 'I 9 · we 3');
});

test('each threshold produces its plain-language hint', () => {
  const items = buildScores(
    report({
      wordsPerMinute: 185,
      timeToFirstWordSec: 4.5,
      fillers: { count: 9, perMinute: 7.5, items: [] },
      metrics: { present: false, items: [] },
      reflection: { present: false, items: [] },
      ownership: { i: 2, we: 8 },
    }),
    target,
  );
  assert.match(byId(items, 'wpm').hint ?? '', /^Fast/);
  assert.match(byId(items, 'first-word').hint ?? '', /^Slow start/);
  assert.match(byId(items, 'fillers').hint ?? '', /fillers/);
  assert.equal(byId(items, 'metric').hint, 'No number — add a concrete metric.');
  assert.equal(byId(items, 'metric').display, '✗');
  assert.match(byId(items, 'reflection').hint ?? '', /learned/);
  assert.match(byId(items, 'ownership').hint ?? '', /“We” outnumbers “I”/);
});

test('pace hints sit outside 120–170 wpm only', () => {
  assert.match(byId(buildScores(report({ wordsPerMinute: 110 }), target), 'wpm').hint ?? '', /^Slow/);
  assert.equal(byId(buildScores(report({ wordsPerMinute: 120 }), target), 'wpm').hint, null);
  assert.equal(byId(buildScores(report({ wordsPerMinute: 170 }), target), 'wpm').hint, null);
});

test('fillers hint above 4 per minute, not at it', () => {
  const at = (perMinute: number) => byId(buildScores(report({ fillers: { count: 4, perMinute, items: [] } }), target), 'fillers');
  assert.equal(at(4).hint, null);
  assert.notEqual(at(4.1).hint, null);
});

test('no recognised words: no pace, no first word', () => {
  const items = buildScores(
    report({ wordsPerMinute: 0, timeToFirstWordSec: null, speakingSec: 0, transcript: { words: [] } }),
    target,
  );
  assert.equal(byId(items, 'wpm').display, '—');
  assert.equal(byId(items, 'wpm').hint, 'No speech was recognised.');
  assert.equal(byId(items, 'first-word').value, '');
  assert.equal(byId(items, 'first-word').hint, null);
});

test('ownership with no "I" or "we" at all is neutral, not praised', () => {
  const item = byId(buildScores(report({ ownership: { i: 0, we: 0 } }), target), 'ownership');
  assert.equal(item.verdict, 'neutral');
  assert.equal(item.hint, null);
});

test('duration outside the window says by how much', () => {
  assert.equal(durationScore(48.2, target).hint, '12 s short — add the result or one more detail.');
  assert.equal(durationScore(48.2, target).verdict, 'warn');
  assert.match(durationScore(101, target).hint ?? '', /^11 s over/);
  assert.equal(durationScore(101, target).verdict, 'bad');
  assert.equal(durationScore(75, target).hint, null);
});

test('fillerTally counts case-insensitively, most frequent first', () => {
  assert.equal(fillerTally([{ text: 'like' }, { text: 'um' }, { text: 'Um ' }, { text: 'you know' }]), 'um ×2, like, you know');
  assert.equal(fillerTally([]), '');
});

test('long reflections are quoted in short', () => {
  const text = 'In hindsight I would have involved the support team much earlier in the rollout';
  const item = byId(
    buildScores(
      report({ reflection: { present: true, items: [{ text, start: 0, end: 1, firstWord: 0, lastWord: 1 }] } }),
      target,
    ),
    'reflection',
  );
  assert.ok((item.detail ?? '').length <= 50);
  assert.match(item.detail ?? '', /^“In hindsight.*…”$/);
});

test('the ownership tile follows the report’s mostly-"we" flag when it has one', () => {
  const flagged = byId(buildScores(report({ ownership: { i: 3, we: 2, ratio: 0.6, mostlyWe: true } }), target), 'ownership');
  assert.equal(flagged.verdict, 'warn');
  assert.match(flagged.hint ?? '', /say what you did/);
  assert.equal(flagged.data?.['mostly-we'], 'true');
  const notFlagged = byId(buildScores(report({ ownership: { i: 2, we: 3, ratio: 0.4, mostlyWe: false } }), target), 'ownership');
  assert.equal(notFlagged.hint, null);
  assert.equal(byId(buildScores(report({ ownership: { i: 2, we: 8 } }), target), 'ownership').data?.['mostly-we'], 'true');
});
