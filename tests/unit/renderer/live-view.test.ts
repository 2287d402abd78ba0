import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chimeDue, LIVE_WORDS_SHOWN, shownWords } from '../../../renderer/src/recorder/liveView';

test('the chime is due once, when the elapsed time first reaches the end of the window', () => {
  const target = { minSec: 60, maxSec: 90 };
  assert.equal(chimeDue(89.75, 90, target), true);
  assert.equal(chimeDue(89.9, 90.1, target), true);
  assert.equal(chimeDue(90, 90.25, target), false, 'not again once past');
  assert.equal(chimeDue(59.9, 60.1, target), false, 'not at the start of the window');
});

test('live view shows the latest words and says how many are hidden', () => {
  const words = Array.from({ length: LIVE_WORDS_SHOWN + 5 }, (_, i) => `w${i}`);
  const { hidden, shown } = shownWords(words);
  assert.equal(hidden, 5);
  assert.equal(shown[0], 'w5');
  assert.deepEqual(shownWords(['a', 'b']), { hidden: 0, shown: ['a', 'b'] });
});
