import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  attemptsToCsv,
  attemptsToJson,
  csvField,
  escapeMarkdown,
  exportFileName,
  timestamp,
  transcriptToMarkdown,
  transcriptToSrt,
  transcriptToVtt,
  transcriptToWordsJson,
  wordsToCues,
} from '../../../native/progress/export-formats';
import { recordingToOpus, recordingToWav } from '../../../native/progress/export-audio';
import { encodeOggOpus } from '../../../native/audio/ogg-opus';
import { decodeWav } from '../../../native/audio/wav';
import { scoredAttempt, WORDS } from './fixtures';

const QUESTION = 'Tell me about a failure, "honestly"';

/** A minimal RFC 4180 reader, to check the CSV round-trips rather than eyeballing it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') [row, field] = [[...row, field], ''];
    else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field, i] = [[], '', i + 1];
    } else field += ch;
  }
  return rows;
}

test('CSV fields are quoted only when needed, quotes doubled, formulas defused', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField(null), '');
  assert.equal(csvField(-1.5), '-1.5');
  assert.equal(csvField(true), 'true');
});

test('attempts CSV: one header, one row per attempt, every metric in its column', () => {
  const unscored = scoredAttempt({
    id: 8,
    status: 'failed',
    report: null,
    durationSec: null,
    wordsPerMinute: null,
    error: 'no speech, "silence"',
  });
  const csv = attemptsToCsv([
    { attempt: scoredAttempt(), question: QUESTION },
    { attempt: unscored, question: 'Line one\nline two' },
  ]);
  assert.ok(csv.endsWith('\r\n'));
  const [header, first, second] = parseCsv(csv);
  const cell = (row: string[] | undefined, name: string): string | undefined => row?.[header!.indexOf(name)];
  assert.equal(cell(first, 'question'), QUESTION);
  assert.equal(cell(first, 'duration_sec'), '8');
  assert.equal(cell(first, 'in_window'), 'false');
  // Each STAR section's seconds, as the analysis of the fixture's words found them (0 for a missing one).
  const sections = scoredAttempt().report?.star.sections ?? [];
  assert.ok(sections.length >= 2, 'the fixture has at least two sections');
  for (const name of ['situation', 'task', 'action', 'result', 'reflection'] as const) {
    const seconds = sections.filter((section) => section.name === name).reduce((sum, section) => sum + section.durationSec, 0);
    assert.equal(Number(cell(first, `${name}_sec`)), Math.round(seconds * 10) / 10, name);
  }
  assert.equal(cell(first, 'filler_count'), '1');
  assert.equal(cell(first, 'estimated_duration_sec'), '10');
  assert.equal(cell(first, 'model'), 'base.en');
  assert.equal(cell(second, 'question'), 'Line one\nline two');
  assert.equal(cell(second, 'task_sec'), '');
  assert.equal(cell(second, 'error'), 'no speech, "silence"');
  assert.equal(first!.length, header!.length);
  assert.equal(second!.length, header!.length);
});

test('attempts JSON keeps the report and drops app-only fields', () => {
  const parsed = JSON.parse(attemptsToJson([{ attempt: scoredAttempt(), question: QUESTION }])) as {
    format: string;
    attempts: Record<string, unknown>[];
  };
  assert.equal(parsed.format, 'voicedrill-attempts');
  const [attempt] = parsed.attempts;
  assert.equal(attempt!.question, QUESTION);
  assert.equal(attempt!.inWindow, false);
  assert.equal((attempt!.report as { fillers: { count: number } }).fillers.count, 1);
  assert.equal('words' in attempt!, false);
  assert.equal('hasRecording' in attempt!, false);
});

test('cues break after a sentence and at a pause; long cues wrap into two lines', () => {
  const cues = wordsToCues(WORDS);
  assert.deepEqual(
    cues.map((cue) => [cue.start, cue.end, cue.text]),
    [
      [0.6, 2.9, 'When our checkout failed, I owned the fix.'],
      // 49 characters: split where the two lines are closest in length (22 and 26).
      [4.2, 7.3, 'um I added retries, so\nerrors fell by 40 percent.'],
    ],
  );
  // Overlapping Whisper times are pushed apart so cues never overlap.
  const overlapping = wordsToCues([
    { text: 'Yes.', start: 0, end: 1.2 },
    { text: 'Then', start: 1.1, end: 1.5 },
  ]);
  assert.equal(overlapping[1]!.start, 1.2);
  assert.deepEqual(wordsToCues([]), []);
});

test('SRT and WebVTT', () => {
  assert.equal(timestamp(3723.4567, ','), '01:02:03,457');
  assert.equal(timestamp(0.6, '.'), '00:00:00.600');
  assert.equal(
    transcriptToSrt(WORDS),
    '1\r\n00:00:00,600 --> 00:00:02,900\r\nWhen our checkout failed, I owned the fix.\r\n\r\n' +
      '2\r\n00:00:04,200 --> 00:00:07,300\r\num I added retries, so\r\nerrors fell by 40 percent.\r\n',
  );
  const vtt = transcriptToVtt([{ text: 'A<B & C>D', start: 1, end: 2 }]);
  assert.equal(vtt, 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA&lt;B &amp; C&gt;D\n');
});

test('Markdown: figures, then the words under their STAR sections with times', () => {
  const markdown = transcriptToMarkdown({ attempt: scoredAttempt(), question: 'What *failed*?' });
  assert.ok(markdown.startsWith('# What \\*failed\\*?\n\n- Recorded: 2026-11-20T10:00:00.000Z\n'));
  assert.ok(markdown.includes('- Transcript: Whisper (base.en)'));
  // The headings are the sections the analysis found, each over its own words.
  const [opening, closing] = scoredAttempt().report?.star.sections ?? [];
  const heading = (name: string | undefined): string => `### ${(name ?? '').charAt(0).toUpperCase()}${(name ?? '').slice(1)}`;
  assert.ok(markdown.includes(`${heading(opening?.name)}\n\n**[0:00]** When our checkout failed, I owned the fix.`), markdown);
  assert.ok(
    markdown.includes(`${heading(closing?.name)}\n\n**[0:04]** um I added retries, so errors fell by 40 percent.`),
    markdown,
  );
  assert.equal(escapeMarkdown('a_b [c] <d>'), 'a\\_b \\[c\\] \\<d\\>');
  const empty = transcriptToMarkdown({ attempt: scoredAttempt({ words: [], report: null }), question: 'Q' });
  assert.ok(empty.includes('_No words were transcribed._'));
});

test('word-level JSON lists every word with its times and probability', () => {
  const parsed = JSON.parse(transcriptToWordsJson({ attempt: scoredAttempt(), question: QUESTION })) as {
    attemptId: number;
    words: { text: string; start: number; end: number; probability?: number }[];
  };
  assert.equal(parsed.attemptId, 7);
  assert.equal(parsed.words.length, WORDS.length);
  assert.deepEqual(parsed.words[0], { text: 'When', start: 0.6, end: 0.8, probability: 0.9 });
});

test('file names are safe and tell attempts apart', () => {
  assert.equal(
    exportFileName({ attempt: scoredAttempt(), question: QUESTION }, 'srt'),
    'tell-me-about-a-failure-honestly-2026-11-20T10-00-00-7.srt',
  );
  assert.equal(exportFileName({ attempt: scoredAttempt(), question: '¿¿??' }, 'csv'), 'attempt-2026-11-20T10-00-00-7.csv');
});

test('audio: WAV decodes the stored Opus; Opus is the stored bytes', () => {
  const samples = new Float32Array(16000).map((_, i) => 0.3 * Math.sin((2 * Math.PI * 220 * i) / 16000));
  const bytes = encodeOggOpus(samples);
  const recording = { codec: 'ogg-opus' as const, sampleRate: 16000, sampleCount: samples.length, bytes };
  const wav = decodeWav(recordingToWav(recording));
  assert.equal(wav.sampleRate, 16000);
  assert.equal(wav.samples.length, samples.length);
  assert.equal(recordingToOpus(recording), bytes);
});
