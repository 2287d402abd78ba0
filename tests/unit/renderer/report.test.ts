import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeReport, type StoredReport } from '../../../renderer/src/replay/report';
import { fullReport, span, WORDS } from './reportFixture';

// What the first version stored: no pace, pauses, hedges, STAR, ending, mode, checklist or summary.
function firstVersionReport(): StoredReport {
  return {
    version: 1,
    durationSec: 14,
    speakingSec: 11,
    wordsPerMinute: 120,
    timeToFirstWordSec: 1,
    fillers: { count: 2, perMinute: 8.6, items: [span(0, 0), span(1, 1)] },
    metrics: { present: false, items: [] },
    reflection: { present: true, items: [span(19, 20)] },
    ownership: { i: 1, we: 3 },
    transcript: { words: WORDS },
  };
}

test('a first-version report: sections it never had are absent, not empty', () => {
  const report = normalizeReport(firstVersionReport());
  assert.equal(report.vocalizedFillers, null);
  assert.equal(report.pace, null);
  assert.equal(report.pauses, null);
  assert.equal(report.longestPauseSec, null);
  assert.equal(report.hedges, null);
  assert.equal(report.star, null);
  assert.equal(report.ending, null);
  assert.equal(report.mode, 'general');
  assert.deepEqual(report.checklist, []);
  assert.deepEqual(report.summary, { strengths: [], fixes: [] });
});

test('a first-version report: new fields of old sections are worked out from what it has', () => {
  const report = normalizeReport(firstVersionReport());
  assert.equal(report.fillers.per100Words, (2 * 100) / WORDS.length);
  assert.deepEqual(report.fillers.clusters, []);
  assert.equal(report.reflection.atEnd, false);
  assert.equal(report.ownership.ratio, 0.25);
  assert.equal(report.ownership.mostlyWe, true, '"we" outnumbering "I" is what the first version flagged');
  assert.equal(report.wordsPerMinute, 120);
});

test('no words and no "I" or "we": no division by zero', () => {
  const report = normalizeReport({
    ...firstVersionReport(),
    fillers: { count: 0, perMinute: 0, items: [] },
    ownership: { i: 0, we: 0 },
    transcript: { words: [] },
  });
  assert.equal(report.fillers.per100Words, 0);
  assert.equal(report.ownership.ratio, null);
  assert.equal(report.ownership.mostlyWe, false);
});

test('a report of the first analysis passes through, with no verdicts and its analysis version', () => {
  const current = fullReport();
  assert.deepEqual(normalizeReport(current), {
    ...current,
    star: { ...current.star, verdict: null },
    verdicts: [],
    analysisVersion: 1,
  });
});
