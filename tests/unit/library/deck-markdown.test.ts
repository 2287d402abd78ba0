import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deckToMarkdown, parseDeckMarkdown } from '../../../native/library/deck-markdown';
import { parseDeckJson } from '../../../native/library/deck-json';
import { DeckImportError } from '../../../native/library/deck-error';
import { generateDeck } from './generate-deck';

function importError(text: string): DeckImportError {
  try {
    parseDeckMarkdown(text);
  } catch (error) {
    assert.ok(error instanceof DeckImportError, String(error));
    return error;
  }
  assert.fail('the import was expected to fail');
}

test('export then import gives back the same deck, over 300 generated decks', () => {
  for (let seed = 1; seed <= 300; seed += 1) {
    const deck = generateDeck(seed);
    const markdown = deckToMarkdown(deck);
    assert.deepStrictEqual(parseDeckMarkdown(markdown).deck, deck, `seed ${seed}:\n${markdown}`);
  }
});

test('the starter deck round-trips through Markdown', () => {
  const { deck } = parseDeckJson(readFileSync(new URL('../../../resources/deck.json', import.meta.url), 'utf8'));
  const back = parseDeckMarkdown(deckToMarkdown(deck));
  assert.deepStrictEqual(back.deck, deck);
  assert.deepEqual(back.warnings, []);
});

test('hand-written STAR stories import with their sections and numbers', () => {
  const { deck, warnings } = parseDeckMarkdown(readFileSync(new URL('./fixtures/star-stories.md', import.meta.url), 'utf8'));
  assert.equal(deck.name, 'Interview prep — stories');
  assert.deepEqual(
    deck.stories.map((story) => story.title),
    ['Checkout latency at Shopline (2023)', 'Migrating billing off the monolith', 'Story 3: The on-call rotation nobody wanted'],
  );
  const [checkout, billing, oncall] = deck.stories;
  // Bold labels, with the text on the label's line; a list inside Action; "What I'd do differently" is the reflection.
  assert.match(checkout!.notes.situation, /^Checkout p95 had crept up to 2\.4 s/);
  assert.equal(checkout!.notes.action.split('\n').length, 3);
  assert.match(checkout!.notes.action, /^- Profiled the checkout path/);
  assert.match(checkout!.notes.reflection, /pricing team in on day one/);
  assert.deepEqual(checkout!.keyNumbers, ['6 weeks', '800 ms', '4%', '$1.2M']);
  // Sub-headings, with synonyms ("Actions", "Lessons learned") and a nested list kept as written.
  assert.match(billing!.notes.action, /^1\. Built a shadow pipeline[\s\S]*\n {3}- fixed 37 mismatches/);
  assert.match(billing!.notes.reflection, /^Shadow traffic/);
  assert.deepEqual(billing!.keyNumbers, ['3 weeks', 'four hours']);
  // List-style bold labels with a dash, plain "Result:" labels and a "Key numbers:" line; the bold 9 is already listed.
  assert.match(oncall!.notes.situation, /^Pages had doubled/);
  assert.match(oncall!.notes.action, /^I pulled six months/);
  assert.match(oncall!.notes.result, /^pages per week dropped/);
  assert.match(oncall!.notes.reflection, /^Data made the argument/);
  assert.deepEqual(oncall!.keyNumbers, ['70%', '9 pages a week']);
  // A plain list under "## Questions" becomes questions with a mode read from their words.
  assert.deepEqual(
    deck.questions.map((question) => [question.text, question.mode]),
    [
      ['Tell me about a time you improved performance.', 'behavioral'],
      ['Why do you want to work here?', 'motivation'],
    ],
  );
  // What could not be imported is reported with its line, not silently dropped.
  assert.equal(warnings.length, 3);
  assert.match(warnings[0]!, /^line 3: the introduction under "Interview prep — stories"/);
  assert.match(warnings[1]!, /^line 43: text before the first section of "Story 3/);
  assert.match(warnings[2]!, /^line 58: "Notes to self"/);
});

test('a section written twice is kept, both parts', () => {
  const { deck } = parseDeckMarkdown('## Story\n**Action:** first part\n**Result:** done\n**Action:** second part\n');
  assert.equal(deck.stories[0]?.notes.action, 'first part\n\nsecond part');
  assert.equal(deck.stories[0]?.notes.result, 'done');
});

test('bold that is not a number is emphasis, not a key number', () => {
  const { deck } = parseDeckMarkdown('# Story\n**Action:** **I** wrote it, cutting it by **forty percent** and **2x**.\n');
  assert.deepEqual(deck.stories[0]?.keyNumbers, ['forty percent', '2x']);
});

test('"**Result** of the review" in prose is not a label', () => {
  const { deck } = parseDeckMarkdown('## S\n**Situation:** x\n**Result** of the review was a rewrite.\n');
  assert.equal(deck.stories[0]?.notes.situation, 'x\n**Result** of the review was a rewrite.');
});

test('a code block is text: a heading inside it starts nothing', () => {
  const { deck } = parseDeckMarkdown('## S\n**Action:**\n```\n## not a story\nResult: not a label\n```\n**Result:** shipped\n');
  assert.equal(deck.stories.length, 1);
  assert.equal(deck.stories[0]?.notes.action, '```\n## not a story\nResult: not a label\n```');
  assert.equal(deck.stories[0]?.notes.result, 'shipped');
});

test('bad files get a clear error naming the line', () => {
  const early = importError('Some intro.\n\n**Situation:** we had an outage\n');
  assert.equal(early.line, 3);
  assert.match(early.message, /before any story: put the story's title as a heading above it/);
  const heading = importError('Intro.\n\n### Result\nShipped.\n');
  assert.equal(heading.line, 3);
  assert.match(heading.message, /a "Result" heading comes before any story/);
  const mode = importError('## Questions\n\n### Why here?\n\n- Mode: motivational-ish\n');
  assert.equal(mode.line, 5);
  assert.match(mode.message, /unknown mode "motivational-ish": use one of behavioral, design/);
  const length = importError('### Why here?\n- Mode: motivation\n- Length: forever\n');
  assert.equal(length.line, 3);
  const stray = importError('## Questions\n### Why here?\n- Mode: pitch\nSome stray prose\n');
  assert.equal(stray.line, 4);
  assert.match(stray.message, /unexpected text under question "Why here\?"/);
  const nothing = importError('# Notes\n\nJust some thoughts.\n');
  assert.equal(nothing.line, null);
  assert.match(nothing.message, /no stories or questions found/);
  assert.match(importError('').message, /empty/);
});

test('a schema error after parsing names the line of the item', () => {
  const twice = importError('## Questions\n- Why here?\n- Tell me about yourself.\n- why here?\n');
  assert.equal(twice.line, 4);
  assert.match(twice.message, /question 3 repeats question 1/);
  const long = importError(`### Q\n- Mode: pitch\n- Follow-ups:\n  - fine\n  - ${'why '.repeat(200).trim()}\n`);
  assert.equal(long.line, 5);
  assert.match(long.message, /question 1 \("Q"\), followUps\.1: .*500 characters/);
});
