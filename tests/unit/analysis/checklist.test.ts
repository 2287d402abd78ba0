import { test } from 'node:test';
import assert from 'node:assert/strict';
import { score } from '../../../native/analysis/score';
import type { ChecklistItem } from '../../../common/report';
import { timed } from './words';

function checklistOf(question: string, answer: string): [string, boolean, string[]][] {
  const report = score(timed(answer), { durationSec: 60 }, { fillerWords: ['um'], question });
  return report.checklist.map((item: ChecklistItem) => [item.id, item.met, item.evidence.map((span) => span.text)]);
}

test('behavioral: a STAR story, a metric and a reflection', () => {
  const met = checklistOf(
    'Tell me about a time you improved something.',
    'At my last job checkout was slow. I profiled it and added a cache. As a result, latency dropped by 40%. Looking back, I would test earlier.',
  );
  assert.deepEqual(
    met.map(([id, isMet]) => [id, isMet]),
    [
      ['star', true],
      ['metric', true],
      ['reflection', true],
    ],
  );
  assert.deepEqual(met[1]?.[2], ['40%.']);
  const unmet = checklistOf(
    'Tell me about a time you improved something.',
    'Checkout was slow and people were unhappy about it.',
  );
  assert.deepEqual(
    unmet.map(([id, isMet]) => [id, isMet]),
    [
      ['star', false],
      ['metric', false],
      ['reflection', false],
    ],
  );
});

test('design: requirements, constraints, failure modes, observability or rollback, each with its words', () => {
  const met = checklistOf(
    'Design a URL shortener.',
    'I would clarify the requirements first. The main constraint is latency. If the cache fails, reads fall through. I would add dashboards and a rollback plan.',
  );
  assert.deepEqual(met, [
    ['requirements', true, ['clarify', 'requirements']],
    ['constraints', true, ['constraint', 'latency.']],
    ['failure-modes', true, ['fails,', 'fall through.']],
    ['observability-rollback', true, ['dashboards', 'rollback']],
  ]);
  const unmet = checklistOf('Design a URL shortener.', 'I would use a key value store with short codes.');
  assert.deepEqual(
    unmet.map(([id, isMet]) => [id, isMet]),
    [
      ['requirements', false],
      ['constraints', false],
      ['failure-modes', false],
      ['observability-rollback', false],
    ],
  );
});

test('incident: a timeline needs two sequence words, then hypotheses, a fix and prevention', () => {
  const met = checklistOf(
    'Production is down. What would you do?',
    'First I would check the deploy. My guess is a bad config. Then I would roll back, and afterwards write a postmortem.',
  );
  assert.deepEqual(
    met.map(([id, isMet]) => [id, isMet]),
    [
      ['timeline', true],
      ['hypotheses', true],
      ['fix', true],
      ['prevention', true],
    ],
  );
  const once = checklistOf('Production is down. What would you do?', 'First I would look at it carefully.');
  assert.deepEqual(once[0]?.slice(0, 2), ['timeline', false]);
});

test('product: user value, a success metric and the smallest next step', () => {
  const met = checklistOf(
    'How would you prioritize the roadmap?',
    'Our users lose work offline. I would measure sync conflicts. The smallest step is caching one form.',
  );
  assert.deepEqual(
    met.map(([id, isMet]) => [id, isMet]),
    [
      ['user-value', true],
      ['success-metric', true],
      ['smallest-step', true],
    ],
  );
  const unmet = checklistOf('How would you prioritize the roadmap?', 'I would group the features by plan and see how it goes.');
  assert.deepEqual(
    unmet.map(([id, isMet]) => [id, isMet]),
    [
      ['user-value', false],
      ['success-metric', false],
      ['smallest-step', false],
    ],
  );
});

test('general: a metric and a crisp ending', () => {
  const met = checklistOf(
    'What is your biggest strength?',
    'I make hard things simple: onboarding went from three weeks to one. That is my strength.',
  );
  assert.deepEqual(
    met.map(([id, ok]) => [id, ok]),
    [
      ['metric', true],
      ['ending', true],
    ],
  );
});

test('motivation: a specific reason, tied to experience, what you would bring', () => {
  const met = checklistOf(
    'Why do you want to work here?',
    "I have used your product for three years. I've built sync engines before, so I can bring that from day one.",
  );
  assert.deepEqual(
    met.map(([id, ok]) => [id, ok]),
    [
      ['specific-reason', true],
      ['own-experience', true],
      ['what-you-bring', true],
    ],
  );
  const thin = checklistOf('Why this company?', 'It seems like a nice place. Good benefits.');
  assert.deepEqual(
    thin.map(([id, ok]) => [id, ok]),
    [
      ['specific-reason', false],
      ['own-experience', false],
      ['what-you-bring', false],
    ],
  );
});

test('pitch: present, past and future', () => {
  const met = checklistOf(
    'Tell me about yourself.',
    "Right now I'm a data engineer. Before that I was an analyst. Next I want to move closer to product.",
  );
  assert.deepEqual(
    met.map(([id, ok]) => [id, ok]),
    [
      ['present', true],
      ['past', true],
      ['future', true],
    ],
  );
});
