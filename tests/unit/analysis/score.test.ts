import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FILLER_WORDS, defaultAnalysisOptions, score } from '../../../native/analysis/score';
import type { TimedWord } from '../../../common/report';
import { ANALYSIS_VERSION } from '../../../native/analysis/version';
import { at, timed } from './words';

const ANSWER = timed(
  'So, um, I led the migration and we cut p99 latency by 40%. In hindsight I should have, you know, started sooner.',
  1.5,
);

test('the default filler list is the documented one', () => {
  assert.deepEqual(DEFAULT_FILLER_WORDS, [
    'um',
    'uh',
    'er',
    'ah',
    'hmm',
    'like',
    'you know',
    'I mean',
    'basically',
    'actually',
    'literally',
    'right',
    'so',
  ]);
});

test('defaultAnalysisOptions returns a fresh copy each time', () => {
  const options = defaultAnalysisOptions();
  options.fillerWords.push('right');
  assert.deepEqual(defaultAnalysisOptions().fillerWords, DEFAULT_FILLER_WORDS);
});

test('score assembles a version 1 report from every detector', () => {
  const report = score(ANSWER, { durationSec: 12 }, defaultAnalysisOptions());
  assert.equal(report.version, 1);
  assert.equal(report.analysisVersion, ANALYSIS_VERSION);
  assert.equal(report.durationSec, 12);
  assert.equal(report.timeToFirstWordSec, 1.5);
  assert.deepEqual(
    report.fillers.items.map((item) => item.text),
    ['So,', 'um,', 'you know,'],
  );
  assert.equal(report.fillers.count, 3);
  assert.equal(report.fillers.perMinute, 15);
  assert.equal(report.metrics.present, true);
  assert.deepEqual(
    report.metrics.items.map((item) => [item.text, item.value, item.unit]),
    [['40%.', 40, '%']],
  );
  assert.equal(report.reflection.present, true);
  assert.deepEqual(
    report.reflection.items.map((item) => item.text),
    ['In hindsight', 'I should have,'],
  );
  assert.equal(report.reflection.atEnd, true);
  assert.deepEqual(report.ownership, { i: 2, we: 1, ratio: 0.67, mostlyWe: false });
  assert.deepEqual(report.transcript.words, ANSWER);
});

test('fillers per 100 words and their clusters', () => {
  const report = score(ANSWER, { durationSec: 12 }, defaultAnalysisOptions());
  assert.equal(report.fillers.per100Words, Math.round((3 / ANSWER.length) * 1000) / 10);
  // "So", "um" and "you know" all start within 10 s: one cluster from the first to the last.
  assert.deepEqual(
    report.fillers.clusters.map(({ firstWord, lastWord }) => [firstWord, lastWord]),
    [[0, 19]],
  );
});

test('the report carries structure, ending, mode, checklist and summary', () => {
  const report = score(ANSWER, { durationSec: 12 }, defaultAnalysisOptions());
  // One sentence before the lesson: an answer's opening is read as its context.
  assert.deepEqual(
    report.star.sections.map((section) => section.name),
    ['situation', 'reflection'],
  );
  assert.deepEqual(report.star.missing, ['task', 'action', 'result']);
  assert.deepEqual([report.ending.crisp, report.ending.kind], [true, 'reflection']);
  assert.equal(report.mode, 'general');
  assert.deepEqual(
    report.checklist.map((item) => [item.id, item.met]),
    [
      ['metric', true],
      ['ending', true],
    ],
  );
  assert.ok(report.summary.strengths.some((finding) => finding.text.includes('40%')));
  assert.deepEqual(
    report.verdicts?.map((verdict) => verdict.id),
    [
      'length',
      'pace',
      'opening',
      'fillers',
      'metric',
      'structure',
      'reflection',
      'ending',
      'ownership',
      'hedges',
      'pauses',
      'hums',
    ],
  );
  assert.deepEqual(report.hedges, { count: 0, items: [] });
});

test('the question decides the mode and its checklist', () => {
  const options = { ...defaultAnalysisOptions(), question: 'Tell me about a time you fixed something slow.' };
  const report = score(ANSWER, { durationSec: 12 }, options);
  assert.equal(report.mode, 'behavioral');
  assert.deepEqual(
    report.checklist.map((item) => [item.id, item.met]),
    [
      ['star', false],
      ['metric', true],
      ['reflection', true],
    ],
  );
});

test('pace over the whole recording and over speaking time', () => {
  const report = score(ANSWER, { durationSec: 12 }, defaultAnalysisOptions());
  assert.equal(report.pace.articulationWpm, report.wordsPerMinute);
  assert.equal(report.pace.overallWpm, Math.round(((ANSWER.length - 1) / 12) * 600) / 10);
  assert.equal(report.pace.segments.length, 1);
  assert.equal(report.pace.variation, 0);
});

test('voiced regions give vocalized fillers and refine pauses', () => {
  const words = at(['We', 0.5, 0.8], ['shipped', 0.9, 1.5], ['it', 3.5, 3.8]);
  const voiced = [
    { start: 0.5, end: 1.3 },
    { start: 2, end: 2.4 },
    { start: 3.5, end: 3.8 },
  ];
  const report = score(words, { durationSec: 4, voiced }, defaultAnalysisOptions());
  assert.deepEqual(report.vocalizedFillers, { count: 1, perMinute: 15, items: [{ start: 2, end: 2.4 }], touching: [] });
  // The sound of "shipped" stops at 1.3 s although Whisper ends it at 1.5 s; the "um" at 2 s splits the silence.
  assert.deepEqual(
    report.pauses.map((pause) => [pause.start, pause.end]),
    [[2.4, 3.5]],
  );
  assert.equal(report.longestPauseSec, 1.1);
});

test('without voiced regions there are no vocalized fillers and pauses come from the words', () => {
  const words = at(['We', 0.5, 0.8], ['shipped', 0.9, 1.5], ['it', 3.5, 3.8]);
  const report = score(words, { durationSec: 4 }, defaultAnalysisOptions());
  assert.equal(report.vocalizedFillers.count, 0);
  assert.deepEqual(report.pauses, [{ start: 1.5, end: 3.5, durationSec: 2, afterWord: 1 }]);
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
  const { verdicts, ...rest } = report;
  assert.deepEqual(
    verdicts?.filter((verdict) => verdict.state !== 'neutral').map((verdict) => [verdict.id, verdict.state, verdict.fix]),
    [
      ['pace', 'bad', 'No speech was recognised.'],
      ['pauses', 'good', null],
    ],
  );
  assert.deepEqual(rest, {
    version: 1,
    analysisVersion: ANALYSIS_VERSION,
    durationSec: 4,
    speakingSec: 0,
    wordsPerMinute: 0,
    timeToFirstWordSec: null,
    fillers: { count: 0, perMinute: 0, per100Words: 0, items: [], clusters: [] },
    vocalizedFillers: { count: 0, perMinute: 0, items: [], touching: [] },
    pace: { overallWpm: 0, articulationWpm: 0, segments: [], variation: 0 },
    pauses: [],
    longestPauseSec: 0,
    metrics: { present: false, items: [] },
    reflection: { present: false, items: [], atEnd: false },
    ownership: { i: 0, we: 0, ratio: null, mostlyWe: false },
    hedges: { count: 0, items: [] },
    star: { sections: [], missing: ['situation', 'task', 'action', 'result', 'reflection'] },
    ending: { crisp: false, kind: 'none', evidence: null },
    mode: 'general',
    checklist: [
      { id: 'metric', label: 'A concrete metric', met: false, evidence: [] },
      { id: 'ending', label: 'A crisp ending', met: false, evidence: [] },
    ],
    summary: { strengths: [], fixes: [{ text: 'No speech was recognised.', evidence: [] }] },
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
  assert.deepEqual(
    score(words, { durationSec: 5 }, defaultAnalysisOptions()),
    score(copy, { durationSec: 5 }, defaultAnalysisOptions()),
  );
  assert.deepEqual(words, copy);
});

test('the user filler list replaces the defaults', () => {
  const report = score(timed('um, I mean, it was like slow'), { durationSec: 6 }, { fillerWords: ['I mean'] });
  assert.deepEqual(
    report.fillers.items.map((item) => item.text),
    ['I mean,'],
  );
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
  assert.throws(() => score([], { durationSec: 1, voiced: [{ start: 2, end: 1 }] }, options), {
    message: 'analysis: voiced region 1 needs a numeric start of at least 0 and an end after it',
  });
  assert.throws(() => score([], { durationSec: 1 }, { ...options, question: 42 as unknown as string }), {
    message: 'analysis: question must be text',
  });
});

test('voiced regions may come in any order', () => {
  const words = at(['We', 0.5, 0.8], ['it', 3.5, 3.8]);
  const voiced = [
    { start: 3.5, end: 3.8 },
    { start: 2, end: 2.4 },
    { start: 0.5, end: 0.8 },
  ];
  const report = score(words, { durationSec: 4, voiced }, defaultAnalysisOptions());
  assert.deepEqual(
    report.pauses.map((pause) => [pause.start, pause.end]),
    [
      [0.8, 2],
      [2.4, 3.5],
    ],
  );
});
