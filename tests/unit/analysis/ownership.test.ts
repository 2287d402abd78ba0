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
  assert.deepEqual(
    weSpans(tokenize(timed("I think we're done, so we'll ship"))).map((span) => [span.text, span.firstWord]),
    [
      ["we're", 2],
      ["we'll", 5],
    ],
  );
});

test("other people's quoted words and the I of a hedge are not the speaker's", () => {
  const tokens = tokenize(
    timed('She said, "we ship Friday no matter what," and I think I was right to push back. I mean, we did ship.'),
  );
  const hedgesAndFillers = [
    { text: 'I think', start: 0, end: 0, firstWord: 9, lastWord: 10 },
    { text: 'I mean,', start: 0, end: 0, firstWord: 17, lastWord: 18 },
  ];
  assert.deepEqual(countOwnership(tokens, hedgesAndFillers), { i: 1, we: 1, ratio: 0.5, mostlyWe: false });
  assert.deepEqual(
    weSpans(tokens, hedgesAndFillers).map((span) => span.firstWord),
    [19],
  );
});

test('an opening quote never closed is a stray mark: nothing is left out', () => {
  assert.deepEqual(countsOf('He wrote "we should wait and we waited.'), { i: 0, we: 2 });
});
