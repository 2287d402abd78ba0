import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueNow, planSession, weakestFirst, type PlanItem } from '../../../native/library/session-plan';

const day = (n: number): string => new Date(Date.UTC(2026, 0, 1 + n, 9)).toISOString();

const items: PlanItem<string>[] = [
  {
    key: 'strong',
    reviews: [
      { at: day(0), grade: 2 },
      { at: day(3), grade: 5 },
    ],
  },
  {
    key: 'weak',
    reviews: [
      { at: day(0), grade: 5 },
      { at: day(3), grade: 2 },
    ],
  },
  { key: 'new', reviews: [] },
  { key: 'middling-old', reviews: [{ at: day(1), grade: 3 }] },
  { key: 'middling-recent', reviews: [{ at: day(2), grade: 3 }] },
];

test('weakest first goes by the latest grade, then the longest unpractised; never-practised last', () => {
  assert.deepEqual(
    weakestFirst(items).map((item) => item.key),
    ['weak', 'middling-old', 'middling-recent', 'strong', 'new'],
  );
});

test('due: the most overdue first, then new items; items not yet due are left out', () => {
  const now = new Date(day(4));
  // weak: restarted on day 3, due day 4. middling-old: first pass day 1, due day 2 (2 days overdue).
  // middling-recent: due day 3. strong: restarted day 0, then a pass on day 3 (on/after due) → due day 4.
  const plan = planSession(items, { order: 'due', count: 10, seed: 1, now });
  assert.deepEqual(plan.slice(0, 2), ['middling-old', 'middling-recent']);
  assert.deepEqual(new Set(plan.slice(2, 4)), new Set(['weak', 'strong']));
  assert.equal(plan[4], 'new');
  const earlier = items.filter((item) => item.key.startsWith('middling') || item.key === 'new');
  assert.deepEqual(planSession(earlier, { order: 'due', count: 10, seed: 1, now: new Date(day(2)) }), ['middling-old', 'new']);
});

test('due now: only the items due, most overdue first, with their schedule; never-practised items are not due', () => {
  const now = new Date(day(4));
  const due = dueNow(items, now);
  // As above: middling-old due day 2, middling-recent day 3, weak and strong day 4; "new" has no due date.
  assert.deepEqual(
    due.slice(0, 2).map(({ item }) => item.key),
    ['middling-old', 'middling-recent'],
  );
  assert.deepEqual(new Set(due.slice(2).map(({ item }) => item.key)), new Set(['weak', 'strong']));
  assert.equal(due[0]!.state.dueAt, day(2));
  assert.equal(due[0]!.state.intervalDays, 1);
  assert.deepEqual(dueNow(items, new Date(day(1))), [], 'nothing is due before its date');
});

test('shuffled takes N items in an order fixed by the seed', () => {
  const a = planSession(items, { order: 'shuffled', count: 3, seed: 9, now: new Date() });
  assert.equal(a.length, 3);
  assert.equal(new Set(a).size, 3);
  assert.deepEqual(planSession(items, { order: 'shuffled', count: 3, seed: 9, now: new Date() }), a);
  const orders = new Set(
    Array.from({ length: 20 }, (_, seed) => planSession(items, { order: 'shuffled', count: 5, seed, now: new Date() }).join()),
  );
  assert.ok(orders.size > 5, 'different seeds give different orders');
});

test('a session needs at least one item', () => {
  assert.throws(() => planSession(items, { order: 'weakest', count: 0, seed: 1, now: new Date() }), /at least one item/);
});
