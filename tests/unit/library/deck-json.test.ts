import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deckToJson, parseDeckJson } from '../../../native/library/deck-json';
import { DeckImportError } from '../../../native/library/deck-error';
import { generateDeck } from './generate-deck';

function importError(text: string): DeckImportError {
  try {
    parseDeckJson(text);
  } catch (error) {
    assert.ok(error instanceof DeckImportError, String(error));
    return error;
  }
  assert.fail('the import was expected to fail');
}

test('export then import gives back the same deck, over 300 generated decks', () => {
  for (let seed = 1; seed <= 300; seed += 1) {
    const deck = generateDeck(seed);
    assert.deepStrictEqual(parseDeckJson(deckToJson(deck)).deck, deck, `seed ${seed}`);
  }
});

test('missing optional fields take their defaults', () => {
  const { deck } = parseDeckJson(
    '{"questions": [{"text": "Why here?", "mode": "motivation"}], "stories": [{"title": "Billing"}]}',
  );
  assert.deepEqual(deck.questions[0], {
    text: 'Why here?',
    mode: 'motivation',
    tags: [],
    company: null,
    defaultLength: 'full',
    followUps: [],
  });
  assert.deepEqual(deck.stories[0]?.notes, { situation: '', task: '', action: '', result: '', reflection: '' });
});

test('bold numbers in story notes become key numbers', () => {
  const { deck } = parseDeckJson(
    JSON.stringify({
      stories: [{ title: 'T', notes: { result: 'cut p95 by **40%**, saving **$2M**' }, keyNumbers: ['40 percent'] }],
    }),
  );
  assert.deepEqual(deck.stories[0]?.keyNumbers, ['40 percent', '$2M']);
});

test('a syntax error names its line', () => {
  const error = importError('{\n  "questions": [\n    {"text": "Why?", "mode": "pitch"}\n    {"text": "How?"}\n  ]\n}');
  assert.equal(error.line, 4);
  assert.match(error.message, /^line 4: not valid JSON: expected ',' or ']'/);
  assert.equal(importError('{\n  "questions": [],\n}').line, 3);
  assert.match(importError('{"questions": [}').message, /line 1/);
  assert.match(importError('{\n"name": "x\n"}').message, /line 2: not valid JSON: a string runs past the end of its line/);
});

test('a schema error names the line and the question', () => {
  const text =
    '{\n  "questions": [\n    {"text": "Why?", "mode": "pitch"},\n    {\n      "text": "Design a cache.",\n      "mode": "architecture"\n    }\n  ]\n}';
  const error = importError(text);
  assert.equal(error.line, 6);
  assert.match(error.message, /question 2 \("Design a cache\."\), mode: .*expected one of/);
});

test('a missing field points at its object', () => {
  const error = importError('{\n  "stories": [\n    {\n      "notes": {}\n    }\n  ]\n}');
  assert.equal(error.line, 3);
  assert.match(error.message, /story 1, title/);
});

test('a question twice, an empty file and a non-object are refused', () => {
  const twice = importError('{"questions": [\n{"text": "Why?", "mode": "pitch"},\n{"text": "why?", "mode": "pitch"}]}');
  assert.equal(twice.line, 3);
  assert.match(twice.message, /question 2 repeats question 1/);
  assert.match(importError('  \n').message, /empty/);
  assert.match(importError('[1, 2]').message, /must be a JSON object/);
  assert.match(importError('{"stories": [{"title": "T", "notes": {"action": "### heading"}}]}').message, /headings/);
});
