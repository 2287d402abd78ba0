import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FILLER_WORDS, score } from '../../../native/analysis/score';
import type { Finding, Report, TimedWord } from '../../../common/report';
import { at, timed } from './words';

const BEHAVIORAL = 'Tell me about a time you improved performance.';

function summaryOf(answer: string | TimedWord[], question = BEHAVIORAL, durationSec = 60): Report['summary'] {
  const words = typeof answer === 'string' ? timed(answer, 0.5) : answer;
  return score(words, { durationSec }, { fillerWords: DEFAULT_FILLER_WORDS, question }).summary;
}

function texts(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.text);
}

const STRONG =
  'At my last job checkout was slow at peak and we were losing orders every single weekend. My task was to make it fast. ' +
  'I profiled it, I found twelve calls per page, and I added a batch endpoint. As a result, we cut p99 by 40%. ' +
  'Looking back, I would have load tested first.';

test('a strong answer gets strengths tied to its words, most important first', () => {
  const { strengths, fixes } = summaryOf(STRONG);
  assert.deepEqual(texts(strengths), [
    'Concrete number: "cut p99 by 40%".',
    'Reflects: "Looking back".',
    'Clear story: situation, task, action, result.',
  ]);
  assert.equal(strengths[0]?.evidence[0]?.text, '40%.');
  assert.deepEqual(fixes, []);
});

test('a weak answer gets at most three fixes, most important first', () => {
  const weak =
    'We had a problem with the system and we talked about it a lot. We kind of fixed it, I think, maybe, ' +
    'and we were happy. We moved on. So yeah.';
  const { fixes } = summaryOf(weak);
  assert.deepEqual(texts(fixes), [
    'Lead with a number: no concrete metric.',
    'Tell it as a story: no result.',
    'Close with a lesson: say what you learned or would do differently.',
  ]);
  assert.deepEqual(fixes[0]?.evidence, []);
});

test('fixes point at what to change: the trailing words, the "we"s, the hedges, the long silence', () => {
  const answer = 'We had a problem and we fixed it together and we were happy, I think, maybe, kind of. So yeah.';
  const { fixes } = summaryOf(answer, 'Why do you want to work here?');
  assert.deepEqual(texts(fixes), [
    'Lead with a number: no concrete metric.',
    'End on the result, not "So yeah".',
    'Say what you did: "we" 3 times, "I" once.',
  ]);
  assert.deepEqual(fixes[1]?.evidence.map((span) => span.text), ['So yeah.']);
  assert.deepEqual(fixes[2]?.evidence.map((span) => span.text), ['We', 'we', 'we']);
  const paused = at(
    ['We', 0, 0.2], ['cut', 0.3, 0.5], ['costs', 0.6, 0.9], ['by', 1, 1.1], ['40%', 1.2, 1.5], ['after', 5, 5.2],
    ['I', 5.3, 5.4], ['found', 5.5, 5.7], ['the', 5.8, 5.9], ['leak', 6, 6.3], ['in', 6.4, 6.5], ['the', 6.6, 6.7],
    ['cache', 6.8, 7], ['layer.', 7.1, 7.4], ['That', 7.5, 7.6], ['is', 7.7, 7.8], ['why.', 7.9, 8.2],
  );
  const pause = summaryOf(paused, 'Why us?', 9).fixes.find((finding) => finding.text.includes('silence'));
  assert.deepEqual([pause?.text, pause?.evidence[0]?.text], ['A 3.5 s silence after "40%".', '40%']);
});

test('bunched fillers and hedges are named', () => {
  const answer = 'Um, so, like, we cut costs by 40% and I think maybe it was kind of fine. That is why it worked out well for us.';
  const { fixes } = summaryOf(answer, 'Why us?');
  assert.ok(texts(fixes).includes('Fillers bunch up: 3 in 1 s.'), texts(fixes).join(' | '));
  assert.ok(texts(fixes).includes('Drop the hedges: "I think", "maybe", "kind of".'), texts(fixes).join(' | '));
});

test('a very short answer gets no summary', () => {
  assert.deepEqual(summaryOf('We shipped it.'), { strengths: [], fixes: [] });
});

test('the hedges fix names the first three different hedges, as spoken', () => {
  const answer = 'Maybe we could, I think, try it. I think it was maybe kind of fine, probably, sort of. That is why it worked out for us.';
  const hedges = summaryOf(answer, 'Why us?').fixes.find((finding) => finding.text.startsWith('Drop the hedges'));
  assert.equal(hedges?.text, 'Drop the hedges: "Maybe", "I think", "kind of".');
  assert.equal(hedges?.evidence.length, 7);
});
