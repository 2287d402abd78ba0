import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checklistTitle,
  missingText,
  momentEvidence,
  shortQuote,
  spanEvidence,
  starBlocks,
  summaryLines,
  SUMMARY_SIZE,
} from '../../../renderer/src/replay/evidence';
import { wordKinds } from '../../../renderer/src/replay/transcript';
import { fullReport, span } from './reportFixture';

test('evidence quotes the words without the punctuation Whisper attached, shortened when long', () => {
  assert.deepEqual(spanEvidence({ text: ' forty percent,', start: 9.5, end: 10.4, firstWord: 17, lastWord: 18 }), {
    start: 9.5,
    end: 10.4,
    quote: '“forty percent”',
  });
  const long = shortQuote('In hindsight I would have involved the support team much earlier', 24);
  assert.equal(long, '“In hindsight I would ha…”');
  assert.deepEqual(momentEvidence({ start: 6.6, end: 6.9 }), { start: 6.6, end: 6.9, quote: null });
});

test('the summary keeps three of each, every line with the moments it comes from', () => {
  const { strengths, fixes } = fullReport().summary;
  const lines = summaryLines(strengths);
  assert.equal(lines.length, SUMMARY_SIZE);
  assert.deepEqual(lines[0], { text: 'A concrete number', evidence: [{ start: 9.5, end: 10.4, quote: '“forty percent”' }] });
  assert.deepEqual(lines[2]?.evidence, []);
  assert.equal(summaryLines(fixes).length, 1);
  assert.deepEqual(summaryLines([]), []);
});

test('STAR blocks sit where they were said, in percent of the recording', () => {
  const blocks = starBlocks(fullReport().star.sections, 20);
  assert.deepEqual(
    blocks.map((b) => [b.name, Number(b.leftPct.toFixed(2)), Number(b.widthPct.toFixed(2)), b.fit]),
    [
      ['situation', 5, 17, 'full'],
      ['action', 27.5, 24.5, 'full'],
      ['reflection', 52.5, 14.5, 'full'],
    ],
  );
  const narrow = starBlocks([{ name: 'task', start: 10, end: 11, durationSec: 1, firstWord: 0, lastWord: 1 }], 20);
  assert.equal(narrow[0]?.fit, 'short');
  const sliver = starBlocks([{ name: 'task', start: 10, end: 10.5, durationSec: 0.5, firstWord: 0, lastWord: 0 }], 20);
  assert.equal(sliver[0]?.fit, 'none');
});

test('STAR blocks are clipped to the recording and absent without a length', () => {
  const [block] = starBlocks([{ name: 'result', start: 18, end: 25, durationSec: 7, firstWord: 0, lastWord: 1 }], 20);
  assert.equal(block?.leftPct, 90);
  assert.equal(block?.widthPct, 10);
  assert.deepEqual(starBlocks(fullReport().star.sections, 0), []);
});

test('missing STAR sections are named in order, and nothing is said when none is missing', () => {
  assert.equal(missingText(['task', 'result']), 'Missing: task, result');
  assert.equal(missingText([]), null);
});

test('the checklist title names the mode and how much is covered', () => {
  assert.equal(checklistTitle('behavioral', fullReport().checklist), 'Behavioural answer · 1 of 2 covered');
  assert.equal(checklistTitle('design', []), 'System design answer · 0 of 0 covered');
});

test('hedges are marked in the transcript, below fillers and above metrics', () => {
  const report = fullReport();
  const kinds = wordKinds(report, report.transcript.words.length);
  assert.equal(kinds[0], 'filler');
  assert.equal(kinds[7], 'hedge');
  assert.equal(kinds[8], 'hedge');
  assert.equal(kinds[17], 'metric');
  const overlapping = wordKinds(
    {
      ...report,
      fillers: { ...report.fillers, items: [span(8, 8)] },
      metrics: { present: true, items: [{ ...span(7, 9), value: null, unit: null }] },
    },
    10,
  );
  assert.deepEqual(overlapping.slice(7, 10), ['hedge', 'filler', 'metric']);
  assert.equal(wordKinds({ ...report, hedges: null }, 10)[7], null, 'first-version reports have no hedges');
});
