import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseWord, wordDiff, type WordDiffToken } from '../../../common/diff/word-diff';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const show = (tokens: WordDiffToken[]): string[] =>
  tokens.map((t) =>
    t.op === 'same'
      ? t.text
      : t.op === 'moved'
        ? `~${t.text}${t.after === null ? '<' : '>'}`
        : `${t.op === 'added' ? '+' : '-'}${t.text}`,
  );

test('identical transcripts differ only in case and punctuation: all the same', () => {
  const diff = wordDiff(words('We shipped it, on Friday.'), words('we shipped it on friday'));
  assert.deepEqual(diff.counts, { same: 5, added: 0, dropped: 0, moved: 0 });
});

test('added and dropped words around a common core', () => {
  // LCS of "we fixed the bug quickly" / "we fixed the login bug" = we fixed the bug (4 words);
  // "login" is added, "quickly" dropped.
  const diff = wordDiff(words('we fixed the bug quickly'), words('we fixed the login bug'));
  assert.deepEqual(show(diff.tokens), ['we', 'fixed', 'the', '+login', 'bug', '-quickly']);
  assert.deepEqual(diff.counts, { same: 4, added: 1, dropped: 1, moved: 0 });
  assert.equal(diff.tokens[3]!.after, 3);
  assert.equal(diff.tokens[5]!.before, 4);
});

test('a phrase said earlier this time is moved, not dropped and added', () => {
  // Before: "we cut latency by forty percent after the migration"; after: the number comes first.
  // Two LCSs of 6 words tie ("we cut latency after the migration", "by forty percent after the migration");
  // the walk drops before it adds, so it keeps the second and "we cut latency" is dropped at 0–2 and added
  // at 3–5: a three-word move.
  const diff = wordDiff(
    words('we cut latency by forty percent after the migration'),
    words('by forty percent we cut latency after the migration'),
  );
  assert.deepEqual(diff.counts, { same: 6, added: 0, dropped: 0, moved: 3 });
  const moved = diff.tokens.filter((t) => t.op === 'moved');
  assert.equal(moved.length, 6);
  assert.ok(moved.every((t) => t.moveId === 0));
  assert.deepEqual(
    moved.filter((t) => t.before !== null).map((t) => [t.before, t.text]),
    [
      [0, 'we'],
      [1, 'cut'],
      [2, 'latency'],
    ],
  );
  assert.deepEqual(
    moved.filter((t) => t.after !== null).map((t) => t.after),
    [3, 4, 5],
  );
  assert.deepEqual(show(diff.tokens).slice(0, 3), ['~we<', '~cut<', '~latency<']);
});

test('a single repeated word is not a move', () => {
  // "so" dropped at the start and added at the end: one word only → dropped + added.
  const diff = wordDiff(words('so we shipped'), words('we shipped so'));
  assert.deepEqual(diff.counts, { same: 2, added: 1, dropped: 1, moved: 0 });
});

test('indices point at the original words, skipping punctuation-only tokens', () => {
  const diff = wordDiff(['Hello', '—', 'world'], ['hello', 'there', 'world']);
  assert.deepEqual(show(diff.tokens), ['hello', '+there', 'world']);
  assert.equal(diff.tokens[2]!.before, 2);
  assert.equal(normaliseWord("Don't,"), 'dont');
  assert.deepEqual(wordDiff([], []).tokens, []);
  assert.deepEqual(wordDiff([], ['new']).counts, { same: 0, added: 1, dropped: 0, moved: 0 });
});
