import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDetails, visibleItems, type DetailGroup, type DetailItem } from '../../../renderer/src/replay/details';
import { normalizeReport } from '../../../renderer/src/replay/report';
import { fullReport, span, WORDS } from './reportFixture';

const group = (groups: DetailGroup[], id: string): DetailGroup => {
  const found = groups.find((g) => g.id === id);
  assert.ok(found, `group ${id} exists`);
  return found;
};

test('a current report: content first, then delivery; a flag the checklist already shows is not repeated', () => {
  const groups = buildDetails(normalizeReport(fullReport()), WORDS);
  assert.deepEqual(
    groups.map((g) => g.id),
    ['ending', 'reflection', 'fillers', 'vocalized-fillers', 'pauses', 'hedges', 'pace'],
    'metrics are in the checklist (id "metric")',
  );
});

test('a first-version report shows only what it measured', () => {
  const report = normalizeReport({
    ...fullReport(),
    vocalizedFillers: undefined,
    pace: undefined,
    pauses: undefined,
    longestPauseSec: undefined,
    hedges: undefined,
    star: undefined,
    ending: undefined,
    checklist: undefined,
    summary: undefined,
    mode: undefined,
  });
  assert.deepEqual(
    buildDetails(report, WORDS).map((g) => g.id),
    ['metrics', 'reflection', 'fillers'],
  );
});

test('pauses: each plays from the word before the silence, says how long and after what; the longest stands out', () => {
  const pauses = group(buildDetails(normalizeReport(fullReport()), WORDS), 'pauses');
  assert.equal(pauses.headline, '2 · longest 3.6 s');
  assert.equal(pauses.verdict, 'warn');
  assert.match(pauses.hint ?? '', /long pause/);
  assert.deepEqual(
    pauses.items.map((i) => [i.evidence.start, i.caption, i.emphasis]),
    [
      [4, '1.1 s after “out”', false],
      [10, '3.6 s after “percent”', true],
    ],
  );
  assert.deepEqual(pauses.data, { longest: '3.6' });
});

test('a pause before the first word plays from the pause itself', () => {
  const report = normalizeReport(
    fullReport({ pauses: [{ start: 0, end: 1, durationSec: 1, afterWord: -1 }], longestPauseSec: 1 }),
  );
  const [first] = group(buildDetails(report, WORDS), 'pauses').items;
  assert.equal(first?.evidence.start, 0);
  assert.equal(first?.caption, '1.0 s before the first word');
  assert.equal(group(buildDetails(report, WORDS), 'pauses').verdict, 'neutral');
});

test('ending: crisp or not, with its evidence and data for tests', () => {
  const crisp = group(buildDetails(normalizeReport(fullReport()), WORDS), 'ending');
  assert.equal(crisp.verdict, 'good');
  assert.equal(crisp.headline, 'Ends on a reflection');
  assert.equal(crisp.items[0]?.evidence.quote, '“In hindsight I would test sooner”');
  assert.deepEqual(crisp.data, { crisp: 'true', kind: 'reflection' });
  const trailing = group(
    buildDetails(normalizeReport(fullReport({ ending: { crisp: false, kind: 'trailing-off', evidence: null } })), WORDS),
    'ending',
  );
  assert.equal(trailing.verdict, 'warn');
  assert.equal(trailing.headline, 'Trails off');
  assert.match(trailing.hint ?? '', /then stop/);
  assert.deepEqual(trailing.items, []);
});

test('fillers: clusters first and emphasised, with how many fillers they hold', () => {
  const report = normalizeReport(
    fullReport({
      fillers: { count: 3, perMinute: 3, per100Words: 12, items: [span(0, 0), span(1, 1), span(3, 3)], clusters: [span(0, 3)] },
    }),
  );
  const fillers = group(buildDetails(report, WORDS), 'fillers');
  assert.equal(fillers.verdict, 'warn', 'a cluster is worth a look even at a low rate');
  assert.equal(fillers.headline, '3 · 3.0 / min · 12 / 100 words');
  assert.match(fillers.hint ?? '', /^A cluster/);
  assert.deepEqual(fillers.items[0], { evidence: { start: 1, end: 2.9, quote: null }, caption: '3 in 1.9 s', emphasis: true });
  assert.equal(fillers.items[1]?.evidence.quote, '“So”');
});

test('fillers: none reads as good; frequent ones are flagged, leaving the hint to the tile', () => {
  const none = normalizeReport(fullReport({ fillers: { count: 0, perMinute: 0, per100Words: 0, items: [], clusters: [] } }));
  assert.equal(group(buildDetails(none, WORDS), 'fillers').headline, 'None');
  assert.equal(group(buildDetails(none, WORDS), 'fillers').verdict, 'good');
  const often = group(buildDetails(normalizeReport(fullReport()), WORDS), 'fillers');
  assert.equal(often.verdict, 'warn');
  assert.equal(often.hint, null);
});

test('vocalized fillers and hedges carry their counts', () => {
  const groups = buildDetails(normalizeReport(fullReport()), WORDS);
  const vocalized = group(groups, 'vocalized-fillers');
  assert.equal(vocalized.headline, '1 · 4.3 / min');
  assert.equal(vocalized.verdict, 'warn');
  assert.deepEqual(vocalized.items[0]?.evidence, { start: 6.6, end: 6.9, quote: null });
  const hedges = group(groups, 'hedges');
  assert.equal(hedges.verdict, 'neutral', 'one hedge is fine');
  assert.equal(hedges.items[0]?.evidence.quote, '“I think”');
  assert.deepEqual(hedges.data, { count: '1' });
  const hedgy = buildDetails(normalizeReport(fullReport({ hedges: { count: 3, items: [span(7, 8)] } })), WORDS);
  assert.equal(group(hedgy, 'hedges').verdict, 'warn');
});

test('pace: stretches outside 120–170 wpm stand out; uneven pace gets a hint', () => {
  const pace = group(buildDetails(normalizeReport(fullReport()), WORDS), 'pace');
  assert.equal(pace.headline, '120 wpm speaking · 94 overall');
  assert.deepEqual(
    pace.items.map((i) => [i.caption, i.emphasis]),
    [
      ['110 wpm', true],
      ['180 wpm', true],
    ],
  );
  assert.equal(pace.hint, null);
  const uneven = normalizeReport(fullReport({ pace: { ...fullReport().pace, variation: 0.45 } }));
  assert.match(group(buildDetails(uneven, WORDS), 'pace').hint ?? '', /swings/);
});

test('missing metric and reflection read as bad with a hint', () => {
  const report = normalizeReport(
    fullReport({
      metrics: { present: false, items: [] },
      reflection: { present: false, items: [], atEnd: false },
      checklist: [],
    }),
  );
  const groups = buildDetails(report, WORDS);
  assert.equal(group(groups, 'metrics').headline, 'No concrete number');
  assert.equal(group(groups, 'metrics').verdict, 'bad');
  assert.equal(group(groups, 'reflection').verdict, 'bad');
  assert.equal(group(buildDetails(normalizeReport(fullReport()), WORDS), 'reflection').headline, 'Present · closes the answer');
});

test('long lists show their first items and never hide the emphasised one', () => {
  const item = (start: number, emphasis = false): DetailItem => ({
    evidence: { start, end: start, quote: null },
    caption: null,
    emphasis,
  });
  const items = [item(1), item(2), item(3), item(4, true), item(5)];
  assert.deepEqual(
    visibleItems(items, 2).map((i) => i.evidence.start),
    [1, 2, 4],
  );
  assert.equal(visibleItems(items, 10).length, 5);
});
