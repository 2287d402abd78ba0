import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FILLER_WORDS, defaultAnalysisOptions, score } from '../../../native/analysis/score';
import type { TimedWord } from '../../../native/analysis/types';
import { at, timed } from './words';

const ANSWER = timed(
  'So, um, I led the migration and we cut p99 latency by 40%. In hindsight I should have, you know, started sooner.',
  1.5,
);

test('the default filler list is the documented one', () => {
  assert.deepEqual(DEFAULT_FILLER_WORDS, ['um', 'uh', 'er', 'ah', 'hmm', 'like', 'you know', 'basically', 'actually', 'so']);
});

test('defaultAnalysisOptions returns a fresh copy each time', () => {
  const options = defaultAnalysisOptions();
  options.fillerWords.push('right');
  assert.deepEqual(defaultAnalysisOptions().fillerWords, DEFAULT_FILLER_WORDS);
});

test('score assembles a version 1 report from every detector', () => {
  const report = score(ANSWER, { durationSec: 12 }, defaultAnalysisOptions());
  assert.equal(report.version, 1);
  assert.equal(report.durationSec, 12);
  assert.equal(report.timeToFirstWordSec, 1.5);
  assert.deepEqual(report.fillers.items.map((item) => item.text), ['So,', 'um,', 'you know,']);
  assert.equal(report.fillers.count, 3);
  assert.equal(report.fillers.perMinute, 15);
  assert.equal(report.metrics.present, true);
  assert.deepEqual(report.metrics.items.map((item) => [item.text, item.value, item.unit]), [['40%.', 40, '%']]);
  assert.equal(report.reflection.present, true);
  assert.deepEqual(report.reflection.items.map((item) => item.text), ['In hindsight', 'I should have,']);
  assert.deepEqual(report.ownership, { i: 2, we: 1 });
  assert.deepEqual(report.transcript.words, ANSWER);
});

test('pace in the report: speaking time and content words per minute', () => {
  const report = score(ANSWER, { durationSec: 12 }, defaultAnalysisOptions());
  const lastWord = ANSWER[ANSWER.length - 1];
  assert.ok(lastWord !== undefined);
  const speaking = lastWord.end - 1.5;
  assert.equal(report.speakingSec, Math.round(speaking * 100) / 100);
  // One hesitation ("um,") is left out of the count.
  assert.equal(report.wordsPerMinute, Math.round(((ANSWER.length - 1) / speaking) * 600) / 10);
});

test('an empty transcript gives an empty but complete report', () => {
  const report = score([], { durationSec: 4 }, defaultAnalysisOptions());
  assert.deepEqual(report, {
    version: 1,
    durationSec: 4,
    speakingSec: 0,
    wordsPerMinute: 0,
    timeToFirstWordSec: null,
    fillers: { count: 0, perMinute: 0, items: [] },
    metrics: { present: false, items: [] },
    reflection: { present: false, items: [] },
    ownership: { i: 0, we: 0 },
    transcript: { words: [] },
  });
});

test('zero duration gives zero fillers per minute instead of dividing by zero', () => {
  const report = score(timed('um uh'), { durationSec: 0 }, defaultAnalysisOptions());
  assert.equal(report.fillers.count, 2);
  assert.equal(report.fillers.perMinute, 0);
});

test('re-scoring a corrected transcript changes only what the correction changes', () => {
  const heard = timed('we had, like, forty users');
  const corrected: TimedWord[] = heard.map((word) => (word.text === 'like,' ? { ...word, text: 'about' } : word));
  const before = score(heard, { durationSec: 3 }, defaultAnalysisOptions());
  const after = score(corrected, { durationSec: 3 }, defaultAnalysisOptions());
  assert.equal(before.fillers.count, 1);
  assert.equal(after.fillers.count, 0);
  assert.deepEqual(after.metrics, before.metrics);
  assert.equal(after.wordsPerMinute, before.wordsPerMinute);
});

test('scoring is deterministic and leaves its input alone', () => {
  const words = timed('So we doubled revenue, like, fast');
  const copy = structuredClone(words);
  assert.deepEqual(score(words, { durationSec: 5 }, defaultAnalysisOptions()), score(copy, { durationSec: 5 }, defaultAnalysisOptions()));
  assert.deepEqual(words, copy);
});

test('the user filler list replaces the defaults', () => {
  const report = score(timed('um, I mean, it was like slow'), { durationSec: 6 }, { fillerWords: ['I mean'] });
  assert.deepEqual(report.fillers.items.map((item) => item.text), ['I mean,']);
  assert.equal(report.fillers.perMinute, 10);
});

test('transcript words keep their probability and drop unknown fields', () => {
  const words = [{ text: 'Hi', start: 0, end: 0.4, probability: 0.9, speaker: 'A' }];
  const report = score(words, { durationSec: 1 }, defaultAnalysisOptions());
  assert.deepEqual(report.transcript.words, [{ text: 'Hi', start: 0, end: 0.4, probability: 0.9 }]);
});

test('bad words are refused with a one-line message naming the word', () => {
  const options = defaultAnalysisOptions();
  assert.throws(() => score(at(['a', 0, 1], ['b', 2, 1.5]), { durationSec: 3 }, options), {
    message: 'analysis: word 2 ends before it starts',
  });
  assert.throws(() => score(at(['a', 2, 3], ['b', 1, 1.5]), { durationSec: 3 }, options), {
    message: 'analysis: word 2 starts before word 1; words must be in time order',
  });
  assert.throws(() => score(at(['a', Number.NaN, 1]), { durationSec: 3 }, options), {
    message: "analysis: word 1 has no numeric 'start'",
  });
  assert.throws(() => score(at(['  ', 0, 1]), { durationSec: 3 }, options), {
    message: "analysis: word 1 has empty 'text'",
  });
});

test('bad audio facts and options are refused', () => {
  const options = defaultAnalysisOptions();
  assert.throws(() => score([], { durationSec: -1 }, options), {
    message: 'analysis: durationSec must be a finite number of at least 0',
  });
  assert.throws(() => score([], { durationSec: Number.POSITIVE_INFINITY }, options), /durationSec/);
  assert.throws(() => score([], { durationSec: 1 }, { fillerWords: ['um', ''] }), {
    message: "analysis: filler word 2 ('') has no letters",
  });
});
