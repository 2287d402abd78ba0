import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DeckMode } from '../../../common/deck';
import type { DrillLength } from '../../../common/drill-lengths';
import type { LibraryQuestion } from '../../../common/practice';
import { mockItemSec, planMock, sessionItemOf } from '../../../native/library/session-items';

let nextId = 1;
function question(mode: DeckMode, defaultLength: DrillLength = 'full', extra: Partial<LibraryQuestion> = {}): LibraryQuestion {
  const id = nextId++;
  return {
    id,
    text: `${mode} question ${id}`,
    parentId: null,
    source: 'user',
    mode,
    modeOverridden: false,
    tags: [],
    company: null,
    defaultLength,
    lastLength: null,
    lastWindow: null,
    archived: false,
    createdAt: '',
    attemptCount: 0,
    lastAttemptAt: null,
    storyIds: [],
    ...extra,
  };
}

test('a session item takes the last length picked, else the default, with the table window and cap', () => {
  assert.deepEqual(sessionItemOf(question('pitch', 'elevator')).window, { minSec: 25, maxSec: 35 });
  assert.equal(sessionItemOf(question('pitch', 'elevator')).hardCapSec, 40);
  const remembered = sessionItemOf(question('design', 'deep', { lastLength: 'full' }));
  assert.equal(remembered.length, 'full');
  assert.deepEqual(remembered.window, { minSec: 60, maxSec: 90 });
  const custom = sessionItemOf(question('design', 'deep', { lastLength: 'full', lastWindow: { minSec: 45, maxSec: 75 } }));
  assert.deepEqual(custom.window, { minSec: 45, maxSec: 75 });
  assert.equal(custom.hardCapSec, 85, 'a custom window keeps the length’s margin to its cap');
});

const library = [
  question('pitch', 'elevator'),
  question('behavioral'),
  question('behavioral', 'deep'),
  question('design', 'deep'),
  question('incident', 'deep'),
  question('product'),
  question('motivation', 'elevator'),
  question('design', 'deep'),
];

test('a mock interview covers different modes in interview order and fits its budget', () => {
  const items = planMock(library, 5, 30, 1);
  assert.equal(items.length, 5);
  assert.deepEqual(
    items.map((item) => item.mode),
    ['pitch', 'behavioral', 'design', 'incident', 'product'],
  );
  assert.ok(items.reduce((sum, item) => sum + mockItemSec(item), 0) <= 30 * 60);
});

test('a tight budget shortens the longest answers first, and refuses when four elevator answers do not fit', () => {
  const items = planMock(library, 6, 12, 1);
  const total = items.reduce((sum, item) => sum + mockItemSec(item), 0);
  assert.ok(total <= 12 * 60, `${total} s`);
  assert.ok(items.every((item) => item.length !== 'deep'));
  assert.throws(() => planMock(library, 4, 5, 1), /5 minutes is too short for a mock interview/);
  assert.throws(() => planMock(library, 7, 30, 1), /4 to 6 questions/);
  assert.throws(() => planMock(library.slice(0, 3), 4, 30, 1), /at least 4 questions/);
});

test('the same seed picks the same mock', () => {
  assert.deepEqual(planMock(library, 4, 30, 7), planMock(library, 4, 30, 7));
});
