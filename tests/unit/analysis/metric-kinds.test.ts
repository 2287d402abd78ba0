import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyMetrics } from '../../../native/analysis/metric-kinds';
import { detectMetrics } from '../../../native/analysis/metrics';
import { tokenize } from '../../../native/analysis/normalize';
import type { MetricKind } from '../../../common/report';
import { timed } from './words';

function kindsOf(sentence: string, results: { firstWord: number; lastWord: number }[] = []): [string, MetricKind | undefined][] {
  const tokens = tokenize(timed(sentence));
  return classifyMetrics(tokens, detectMetrics(tokens), results).map((metric) => [metric.text, metric.kind]);
}

test('a change or an outcome is impact', () => {
  assert.deepEqual(kindsOf('We cut p99 by 40%.'), [['40%.', 'impact']]);
  assert.deepEqual(kindsOf('Deploys went from forty-five minutes to eight.'), [
    ['forty-five minutes', 'impact'],
    ['eight.', 'impact'],
  ]);
  assert.deepEqual(kindsOf('It got twice as fast.'), [['twice', 'impact']]);
});

test('a size is scale, and the setting of the story is context', () => {
  assert.deepEqual(kindsOf('The service handles two million requests a day.'), [['two million requests a day.', 'scale']]);
  assert.deepEqual(kindsOf('We were five engineers for three weeks.'), [
    ['five engineers', 'context'],
    ['three weeks.', 'context'],
  ]);
  assert.deepEqual(kindsOf('I had to pin down the scale: about two million products.'), [['two million products.', 'scale']]);
});

test('a problem in the past perfect sets the scene, and anything in the result is impact', () => {
  assert.deepEqual(kindsOf('Errors had doubled to 4% after the launch.'), [
    ['doubled', 'context'],
    ['4%', 'context'],
  ]);
  assert.deepEqual(kindsOf('Support handled three hundred tickets.', [{ firstWord: 0, lastWord: 4 }]), [
    ['three hundred tickets.', 'impact'],
  ]);
});

test('how often things happened is context, unless it changed', () => {
  assert.deepEqual(kindsOf('The team demoed twice a month.'), [['twice a month.', 'context']]);
  assert.deepEqual(kindsOf('The cron job crashed four times a night.'), [['four times a night.', 'context']]);
  assert.deepEqual(kindsOf('Releases went up to three times a week.'), [['three times a week.', 'impact']]);
});

test('a count per period is context up to a hundred, a throughput beyond', () => {
  assert.deepEqual(kindsOf('The clinic saw about four refunds a week.'), [['four refunds a week.', 'context']]);
  assert.deepEqual(kindsOf('The depot ships three hundred crates a night.'), [['three hundred crates a night.', 'scale']]);
});
