import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LibraryQuestion } from '../../../common/practice';
import { isCustom, readCustomWindow } from '../../../renderer/src/drill/lengths';
import { questionPatch, splitKeyNumbers, splitTags } from '../../../renderer/src/library/drafts';

const base: LibraryQuestion = {
  id: 1,
  text: 'Why here?',
  parentId: null,
  source: 'user',
  mode: 'motivation',
  modeOverridden: false,
  tags: ['a'],
  company: null,
  defaultLength: 'elevator',
  lastLength: null,
  lastWindow: null,
  archived: false,
  createdAt: '',
  attemptCount: 0,
  lastAttemptAt: null,
  storyIds: [],
};

test('a custom window: both ends, in range, in order', () => {
  assert.deepEqual(readCustomWindow('45', '75'), { minSec: 45, maxSec: 75 });
  assert.equal(readCustomWindow('', '75'), 'Enter both ends in seconds.');
  assert.equal(readCustomWindow('80', '75'), 'The window ends before it starts.');
  assert.equal(readCustomWindow('0', '75'), 'Use 1 to 3600 seconds.');
  assert.equal(isCustom('full', { minSec: 60, maxSec: 90 }), false);
  assert.equal(isCustom('full', { minSec: 45, maxSec: 75 }), true);
});

test('question edits become a patch of what changed; "automatic" clears a mode override', () => {
  const draft = { text: 'Why here?', mode: null, tags: ['a'], company: null, defaultLength: 'elevator' as const };
  assert.deepEqual(questionPatch(base, draft), {});
  assert.deepEqual(questionPatch(base, { ...draft, mode: 'pitch', company: 'Acme' }), { mode: 'pitch', company: 'Acme' });
  assert.deepEqual(questionPatch({ ...base, modeOverridden: true, mode: 'pitch' }, draft), { mode: null });
  assert.deepEqual(splitTags(' conflict, ,teamwork,conflict '), ['conflict', 'teamwork']);
});

test('key numbers split on lines and semicolons, never inside "3,000"', () => {
  assert.deepEqual(splitKeyNumbers('40%\n3,000 users; $2M\n\n40%'), ['40%', '3,000 users', '$2M']);
});
