import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProgressCommand } from '../../../native/cli/progress-args';
import { UsageError } from '../../../native/cli/args';

test('history by question text or id, with length, window and --json', () => {
  assert.deepEqual(parseProgressCommand('history', ['--question', 'Tell me about a failure', '--json']), {
    kind: 'history',
    question: { text: 'Tell me about a failure' },
    length: null,
    window: 5,
    json: true,
  });
  assert.deepEqual(parseProgressCommand('history', ['--question-id', '4', '--length', 'deep', '--window', '3']), {
    kind: 'history',
    question: { id: 4 },
    length: 'deep',
    window: 3,
    json: false,
  });
});

test('history usage errors are sentences', () => {
  const usage = (args: string[], pattern: RegExp): void =>
    assert.throws(
      () => parseProgressCommand('history', args),
      (error: unknown) => error instanceof UsageError && pattern.test(error.message),
    );
  usage([], /which question/);
  usage(['--question', 'a', '--question-id', '2'], /not both/);
  usage(['--question-id', 'x'], /whole number/);
  usage(['--question', 'a', '--length', 'short'], /--length must be one of elevator, full, deep/);
  usage(['--question', 'a', '--frobnicate'], /Unknown option '--frobnicate'/);
  usage(['--question'], /--question/);
  usage(['--question', 'a', 'extra'], /unexpected argument 'extra'/);
});

test('export attempts, transcript and audio', () => {
  assert.deepEqual(parseProgressCommand('export', ['attempts']), {
    kind: 'export-attempts',
    question: null,
    format: 'csv',
    out: null,
  });
  assert.deepEqual(parseProgressCommand('export', ['attempts', '--question-id', '2', '--format', 'json', '--out', 'a.json']), {
    kind: 'export-attempts',
    question: { id: 2 },
    format: 'json',
    out: 'a.json',
  });
  assert.deepEqual(parseProgressCommand('export', ['transcript', '12', '--format', 'vtt']), {
    kind: 'export-transcript',
    attemptId: 12,
    format: 'vtt',
    out: null,
  });
  assert.deepEqual(parseProgressCommand('export', ['audio', '12', '--format', 'wav', '--out', 'x.wav']), {
    kind: 'export-audio',
    attemptId: 12,
    format: 'wav',
    out: 'x.wav',
  });
  assert.throws(() => parseProgressCommand('export', ['audio', '12', '--format', 'wav']), /needs --out/);
  assert.throws(() => parseProgressCommand('export', ['transcript', '12']), /needs --format/);
  assert.throws(
    () => parseProgressCommand('export', ['transcript', '0', '--format', 'srt']),
    /attempt id must be a whole number/,
  );
  assert.throws(() => parseProgressCommand('export', ['transcript', '3', '--format', 'docx']), /srt, vtt, md, json/);
  assert.throws(() => parseProgressCommand('export', []), /attempts, transcript or audio/);
  assert.throws(() => parseProgressCommand('export', ['everything']), /unknown export 'everything'/);
});

test('import takes several files, the question, the length and the model', () => {
  assert.deepEqual(
    parseProgressCommand('import', ['a.wav', 'b.ogg', '--question', ' Why us? ', '--length', 'elevator', '--model', 'base.en']),
    {
      kind: 'import',
      files: ['a.wav', 'b.ogg'],
      question: 'Why us?',
      storyKind: 'question',
      length: 'elevator',
      model: 'base.en',
    },
  );
  assert.equal(
    (parseProgressCommand('import', ['a.wav', '--question', 'Q', '--story']) as { storyKind: string }).storyKind,
    'story',
  );
  assert.throws(() => parseProgressCommand('import', ['--question', 'Q']), /one or more audio files/);
  assert.throws(() => parseProgressCommand('import', ['a.wav']), /needs --question/);
});

test('history JSON carries every attempt and the statistics of duration, pace and fillers', async () => {
  const { historyJson, formatHistory } = await import('../../../native/cli/format-history');
  const { point } = await import('./fixtures');
  // Durations 10, 12, 11, 15, 12 → x̄ 12, mean MR 2.5, limits 5.35–18.65; s = √(14 / 4) = 1.8708.
  const points = [10, 12, 11, 15, 12].map((durationSec, i) => point(i + 1, { durationSec, fillersPerMinute: i }));
  const history = historyJson({ id: 1, text: 'Why us?' }, points, 5);
  assert.equal(history.attempts.length, 5);
  assert.deepEqual(history.attempts[1]!.fillers, { count: 4, perMinute: 1 });
  assert.equal(history.attempts[0]!.inWindow, false);
  const duration = history.stats.durationSec;
  assert.equal(duration.mean, 12);
  assert.ok(Math.abs(duration.sd! - Math.sqrt(14 / 4)) < 1e-9);
  assert.ok(Math.abs(duration.cv! - Math.sqrt(14 / 4) / 12) < 1e-9);
  assert.ok(Math.abs(duration.xmr!.lower - 5.35) < 1e-9);
  assert.equal(duration.label, 'too few attempts');
  assert.equal(history.stats.fillersPerMinute.cv, null);
  assert.notEqual(history.stats.wordsPerMinute.cv, null);
  const text = formatHistory(history);
  assert.match(text, /duration {2}mean 12\.0 s, SD 1\.9, CV 16 %; natural range 5\.3–18\.6 s; too few attempts/);
});
