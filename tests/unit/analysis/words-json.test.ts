import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWordsJson } from '../../../native/analysis/words-json';

function wordsFile(...words: unknown[]): string {
  return JSON.stringify({ words });
}

test('parses words with and without probability', () => {
  const text = wordsFile({ text: ' We', start: 1.23, end: 1.51, probability: 0.9 }, { text: ' shipped.', start: 1.6, end: 2 });
  assert.deepEqual(parseWordsJson(text, 60), [
    { text: ' We', start: 1.23, end: 1.51, probability: 0.9 },
    { text: ' shipped.', start: 1.6, end: 2 },
  ]);
});

test('an empty word list is a valid (silent) transcript', () => {
  assert.deepEqual(parseWordsJson('{"words": []}', 60), []);
});

test('unknown fields are dropped', () => {
  assert.deepEqual(parseWordsJson(wordsFile({ text: 'a', start: 0, end: 1, tokens: [1, 2] }), 60), [
    { text: 'a', start: 0, end: 1 },
  ]);
});

test('malformed files are refused with one-line messages', () => {
  const cases: Array<[string, string]> = [
    ['{"words": [', 'words.json: not valid JSON'],
    ['[]', "words.json: expected an object with a 'words' list"],
    ['{"words": {}}', "words.json: expected an object with a 'words' list"],
    ['null', "words.json: expected an object with a 'words' list"],
    [wordsFile('hi'), 'words.json: word 1 is not an object'],
    [wordsFile({ start: 0, end: 1 }), "words.json: word 1 has no 'text' string"],
    [wordsFile({ text: ' ', start: 0, end: 1 }), "words.json: word 1 has empty 'text'"],
    [
      wordsFile({ text: 'a', start: 0, end: 1 }, { text: 'b', start: 1, end: 2 }, { text: 'c', start: '2', end: 3 }),
      "words.json: word 3 has no numeric 'start'",
    ],
    [wordsFile({ text: 'a', start: 0 }), "words.json: word 1 has no numeric 'end'"],
    [wordsFile({ text: 'a', start: -1, end: 1 }), 'words.json: word 1 starts before 0 s'],
    [wordsFile({ text: 'a', start: 0, end: 1 }, { text: 'b', start: 2, end: 1.5 }), 'words.json: word 2 ends before it starts'],
    [
      wordsFile({ text: 'a', start: 0, end: 1, probability: 1.2 }),
      "words.json: word 1 has a 'probability' that is not a number from 0 to 1",
    ],
    [
      wordsFile({ text: 'a', start: 0, end: 1, probability: null }),
      "words.json: word 1 has a 'probability' that is not a number from 0 to 1",
    ],
    [
      wordsFile({ text: 'a', start: 3, end: 4 }, { text: 'b', start: 1, end: 2 }),
      'words.json: word 2 starts before word 1; words must be in time order',
    ],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseWordsJson(text, 60), { code: 'transcript-invalid', message }, text);
  }
});

test('words may touch or overlap slightly, as Whisper timestamps do, as long as starts are in order', () => {
  const text = wordsFile({ text: 'a', start: 0, end: 1.05 }, { text: 'b', start: 1, end: 2 }, { text: 'c', start: 1, end: 1 });
  assert.equal(parseWordsJson(text, 60).length, 3);
});

test('word times must lie within the audio, with half a second of slack (issue 9: end 1e308 crashed V8)', () => {
  assert.equal(parseWordsJson(wordsFile({ text: 'a', start: 9.8, end: 10.4 }), 10).length, 1);
  const cases: Array<[string, RegExp]> = [
    [wordsFile({ text: 'a', start: 0, end: 1e308 }), /word 1 \('a'\) ends at 1e\+308 s, after the audio ends \(10\.00 s\)/],
    [wordsFile({ text: 'a', start: 0, end: 1 }, { text: 'b', start: 10.2, end: 10.6 }), /word 2 \('b'\) ends at 10\.6 s/],
    ['{"words":[{"text":"a","start":0,"end":1e400}]}', /word 1 has no numeric 'end'/],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseWordsJson(text, 10), { code: 'transcript-invalid', message }, text);
  }
});
