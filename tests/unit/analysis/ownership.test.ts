import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { countOwnership, weSpans, type Ownership } from '../../../native/analysis/ownership';
import { timed } from './words';

function ownershipOf(sentence: string): Ownership {
  return countOwnership(tokenize(timed(sentence)));
}

function countsOf(sentence: string): { i: number; we: number } {
  const { i, we } = ownershipOf(sentence);
  return { i, we };
}

test('counts "I" and its contractions in any case and punctuation', () => {
  assert.deepEqual(countsOf("I led it, I'm proud, I’ve learned, I'd repeat it and I'll say I."), { i: 6, we: 0 });
});

test('counts "we" and its contractions', () => {
  assert.deepEqual(countsOf("We shipped; we're done, we've won, we'd agreed, We'll see"), { i: 0, we: 5 });
});

test('"me", "my", "myself", "us" and "our" are not counted', () => {
  assert.deepEqual(countsOf('me my myself us our ours it is'), { i: 0, we: 0 });
});

test('words containing "i" or "we" are not counted', () => {
  assert.deepEqual(countsOf('it if web weekly wedge'), { i: 0, we: 0 });
});

test('the ratio is the share of "I" among "I" and "we", and null when there are neither', () => {
  assert.equal(ownershipOf('I did it and we shipped it and I said so').ratio, 0.67);
  assert.equal(ownershipOf('we did it').ratio, 0);
  assert.equal(ownershipOf('the team did it').ratio, null);
});

test('"mostly we" needs "we" to outnumber "I" and to come up at least three times', () => {
  assert.equal(ownershipOf('we built it, we shipped it, and we measured it').mostlyWe, true);
  assert.equal(ownershipOf('we built it and we shipped it').mostlyWe, false);
  assert.equal(ownershipOf('we built it, we shipped it, we measured it, I wrote it, I led it, I said it').mostlyWe, false);
  assert.equal(ownershipOf('I built it, we shipped it, we measured it and we won').mostlyWe, true);
});

test('every "we" can be pointed at', () => {
  assert.deepEqual(weSpans(tokenize(timed("I think we're done, so we'll ship"))).map((span) => [span.text, span.firstWord]), [
    ["we're", 2],
    ["we'll", 5],
  ]);
});
