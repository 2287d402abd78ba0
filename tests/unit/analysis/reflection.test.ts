import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { detectReflection, reflectionAtEnd } from '../../../native/analysis/reflection';
import { timed } from './words';

function reflectionOf(sentence: string): string[] {
  return detectReflection(tokenize(timed(sentence))).map((span) => span.text);
}

test('hindsight phrases are found with their original text', () => {
  assert.deepEqual(reflectionOf('In hindsight, looking back, and in retrospect it was fine'), [
    'In hindsight,', 'looking back,', 'in retrospect',
  ]);
});

test('"next time" followed by I would / I\'d / I\'ll, even with a comma', () => {
  assert.deepEqual(reflectionOf("Next time I would test. Next time I'd ask. Next time, I'll plan."), [
    'Next time I would', "Next time I'd", "Next time, I'll",
  ]);
});

test('"next time" alone is not reflection', () => {
  assert.deepEqual(reflectionOf('see you next time'), []);
});

test('learning and lessons, preferring the longest phrase', () => {
  assert.deepEqual(reflectionOf("What I learned is simple. I've learned to ask. The lesson, lesson learned."), [
    'What I learned', "I've learned", 'The lesson,', 'lesson learned.',
  ]);
});

test('doing it again and doing it differently', () => {
  assert.deepEqual(
    reflectionOf("If I did it again, or if I were to do it again, I'd do differently what I'd change"),
    ['If I did it again,', 'if I were to do it again,', "I'd do differently", "what I'd change"],
  );
});

test('"I would have" and "I should have" count, but "I would have to" is obligation', () => {
  assert.deepEqual(reflectionOf("I would have asked sooner and I should've said so"), ['I would have', "I should've"]);
  assert.deepEqual(reflectionOf('I would have to say it went well'), []);
});

test('"takeaway" counts wherever it appears', () => {
  assert.deepEqual(reflectionOf('My key takeaway: measure first. Takeaways.'), ['takeaway:', 'Takeaways.']);
});

test('a phrase does not run across the end of a sentence', () => {
  assert.deepEqual(reflectionOf('We were looking. Back then it worked.'), []);
});

test('spans cover every word of the phrase', () => {
  const [span] = detectReflection(tokenize(timed('well if I were to do it again')));
  assert.equal(span?.firstWord, 1);
  assert.equal(span?.lastWord, 7);
});

test('a new habit and what stuck are reflection', () => {
  assert.deepEqual(reflectionOf('Since then I always start with examples. What stuck with me is the data.'), [
    'Since then I always', 'stuck with me',
  ]);
  assert.deepEqual(reflectionOf('It taught me to ask, and what I took away was patience'), ['It taught me', 'what I took away']);
});

test('learning about something is finding it out, not a lesson', () => {
  assert.deepEqual(reflectionOf('We learned about it from a customer and I learned of the bug late'), []);
  assert.deepEqual(reflectionOf('I learned that data wins'), ['I learned']);
});

test('a reflection closes the answer when its sentence reaches the last fifth', () => {
  const early = tokenize(timed('In hindsight it was fine. We shipped it and the team moved on to the next thing quickly.'));
  assert.equal(reflectionAtEnd(early, detectReflection(early)), false);
  const late = tokenize(timed('We shipped it and the team moved on to the next thing. In hindsight it was fine.'));
  assert.equal(reflectionAtEnd(late, detectReflection(late)), true);
  assert.equal(reflectionAtEnd(tokenize([]), []), false);
});
