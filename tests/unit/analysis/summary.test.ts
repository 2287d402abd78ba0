import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FILLER_WORDS, score } from '../../../native/analysis/score';
import type { AnalysisOptions, Finding, Report, TimedWord, Verdict } from '../../../common/report';
import { at, timed } from './words';

const BEHAVIORAL = 'Tell me about a time you improved performance.';

function reportOf(
  answer: string | TimedWord[],
  question = BEHAVIORAL,
  durationSec = 60,
  extra: Partial<AnalysisOptions> = {},
): Report {
  const words = typeof answer === 'string' ? timed(answer, 0.5) : answer;
  return score(words, { durationSec }, { fillerWords: DEFAULT_FILLER_WORDS, question, ...extra });
}

function summaryOf(answer: string | TimedWord[], question = BEHAVIORAL, durationSec = 60): Report['summary'] {
  return reportOf(answer, question, durationSec).summary;
}

function texts(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.text);
}

function verdict(report: Report, id: Verdict['id']): Verdict {
  const found = report.verdicts?.find((item) => item.id === id);
  assert.ok(found, `no ${id} verdict`);
  return found;
}

const STRONG =
  'At my last job checkout was slow at peak and we were losing orders every single weekend. My task was to make it fast. ' +
  'I profiled it, I found twelve calls per page, and I added a batch endpoint. As a result, we cut p99 by 40%. ' +
  'Looking back, I would have load tested first.';

test('a strong answer gets strengths tied to its words, the impact metric first', () => {
  const { strengths, fixes } = summaryOf(STRONG, BEHAVIORAL, 25);
  assert.deepEqual(texts(strengths), [
    'Concrete number: "cut p99 by 40%".',
    'Reflects: "Looking back".',
    'Clear story: situation, action, result.',
  ]);
  assert.ok(strengths[0]?.evidence.some((span) => span.text === '40%.'));
  assert.deepEqual(fixes, []);
});

test('a weak story gets at most three fixes, ranked by impact', () => {
  const weak =
    'We had a problem with the system and we talked about it a lot. We kind of fixed it, I think, maybe, ' +
    'and we were happy. We moved on. So yeah.';
  const { fixes } = summaryOf(weak);
  assert.equal(fixes.length, 3);
  assert.deepEqual(texts(fixes).slice(0, 2), ['Lead with a number: no concrete metric.', 'Tell it as a story: no result.']);
});

test('fixes point at what to change: the trailing words, the "we"s, the long silence', () => {
  const answer = 'We had a problem and we fixed it together and we were happy, I think, maybe, kind of. So yeah.';
  const report = reportOf(answer, 'Tell me about a time you fixed something.');
  assert.deepEqual(
    verdict(report, 'ending').evidence.map((span) => span.text),
    ['So yeah.'],
  );
  assert.deepEqual(
    verdict(report, 'ownership').evidence.map((span) => span.text),
    ['We', 'we', 'we'],
  );
  const paused = at(
    ['We', 0, 0.2],
    ['cut', 0.3, 0.5],
    ['costs', 0.6, 0.9],
    ['by', 1, 1.1],
    ['40%', 1.2, 1.5],
    ['after', 5, 5.2],
    ['I', 5.3, 5.4],
    ['found', 5.5, 5.7],
    ['the', 5.8, 5.9],
    ['leak', 6, 6.3],
    ['in', 6.4, 6.5],
    ['the', 6.6, 6.7],
    ['cache', 6.8, 7],
    ['layer.', 7.1, 7.4],
    ['That', 7.5, 7.6],
    ['is', 7.7, 7.8],
    ['why.', 7.9, 8.2],
  );
  const pause = verdict(reportOf(paused, 'Why us?', 9), 'pauses');
  assert.deepEqual([pause.fix, pause.evidence[0]?.text], ['A 4 s silence after "40%".', '40%']);
});

test('bunched fillers and hedges are named', () => {
  const answer =
    'Um, so, like, we cut costs by 40% and I think maybe it was kind of fine. That is why it worked out well for us.';
  const report = reportOf(answer, 'Why us?', 10);
  assert.match(verdict(report, 'fillers').fix ?? '', /^Cut the fillers: \d+ a minute, bunching up at "Um, so, like"\.$/);
  assert.equal(verdict(report, 'hedges').fix, 'Drop the hedges: "I think", "maybe", "kind of".');
});

test('a very short answer is judged only on what a few words can show', () => {
  const report = reportOf('We shipped it.');
  assert.deepEqual(report.summary, { strengths: [], fixes: [] });
  assert.ok(report.verdicts?.every((item) => item.state === 'neutral' || item.state === 'good'));
});

test('the hedges fix names the first three different hedges, as spoken', () => {
  const answer =
    'Maybe we could, I think, try it. I think it was maybe kind of fine, probably, sort of. That is why it worked out for us.';
  const hedges = verdict(reportOf(answer, 'Why us?'), 'hedges');
  assert.equal(hedges.fix, 'Drop the hedges: "Maybe", "I think", "kind of".');
  assert.equal(hedges.evidence.length, 7);
});

test('a design answer is never told it lacks a reflection or a story', () => {
  const design =
    "I'd start with the requirements: two million emails a day. The constraint is latency. If a worker fails, the job is retried. " +
    "I'd watch queue depth on a dashboard. That's the design.";
  const report = reportOf(design, 'How would you design a job queue?');
  assert.equal(report.mode, 'design');
  const reflection = verdict(report, 'reflection');
  assert.deepEqual([reflection.state, reflection.applies], ['neutral', false]);
  assert.ok(!texts(report.summary.fixes).some((text) => /lesson|story/i.test(text)), texts(report.summary.fixes).join(' | '));
});

test('length outside the window is a fix, and severity grows with the distance', () => {
  const oneShort = verdict(reportOf(STRONG, BEHAVIORAL, 59, { window: { minSec: 60, maxSec: 90 } }), 'length');
  const farShort = verdict(reportOf(STRONG, BEHAVIORAL, 25, { window: { minSec: 60, maxSec: 90 } }), 'length');
  assert.equal(oneShort.state, 'warn');
  assert.equal(farShort.state, 'bad');
  assert.ok(oneShort.severity < 0.1 && farShort.severity > oneShort.severity);
  const report = reportOf(STRONG, BEHAVIORAL, 25, { window: { minSec: 60, maxSec: 90 } });
  assert.equal(report.summary.fixes[0]?.text, '35 s short of 60–90 s: add the result or one more detail.');
  assert.equal(verdict(reportOf(STRONG, BEHAVIORAL, 60), 'length').state, 'neutral');
});

test('pace has one definition: overall words a minute, rounded, against 100–165', () => {
  const report = reportOf(STRONG, BEHAVIORAL, 12);
  const pace = verdict(report, 'pace');
  assert.equal(pace.figure, `${Math.round(report.pace.overallWpm)} wpm`);
  assert.equal(pace.state, 'bad');
  assert.equal(verdict(reportOf(STRONG, BEHAVIORAL, 25), 'pace').state, 'good');
  assert.match(pace.fix ?? '', /^Slow down: \d+ words a minute; aim for 100–165\.$/);
});

test('the summary never says nothing to fix while a verdict is off, and never lists a fix that is not a verdict', () => {
  for (const [answer, question, seconds] of [
    [STRONG, BEHAVIORAL, 25],
    [STRONG, BEHAVIORAL, 12],
    ['Um, uh, so, like, we, um, did it, uh, and, like, it was, um, fine, you know.', 'Why us?', 8],
  ] as const) {
    const report = reportOf(answer, question, seconds);
    const off = (report.verdicts ?? []).filter((item) => item.state === 'warn' || item.state === 'bad');
    assert.equal(report.summary.fixes.length, Math.min(3, off.length));
    for (const fix of report.summary.fixes)
      assert.ok(
        off.some((item) => item.fix === fix.text),
        fix.text,
      );
  }
});
