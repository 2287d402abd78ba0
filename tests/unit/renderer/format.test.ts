import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorMessage } from '../../../renderer/src/format/errors';
import {
  formatBytes,
  formatClock,
  formatPerMinute,
  formatSeconds,
  formatWhen,
  formatWindow,
} from '../../../renderer/src/format/time';

test('formatClock shows minutes and zero-padded seconds, flooring fractions', () => {
  assert.equal(formatClock(0), '0:00');
  assert.equal(formatClock(9.99), '0:09');
  assert.equal(formatClock(72), '1:12');
  assert.equal(formatClock(600), '10:00');
});

test('formatClock adds hours only past an hour, and reads bad input as zero', () => {
  assert.equal(formatClock(3723), '1:02:03');
  assert.equal(formatClock(-4), '0:00');
  assert.equal(formatClock(Number.NaN), '0:00');
  assert.equal(formatClock(Number.POSITIVE_INFINITY), '0:00');
});

test('formatSeconds keeps a decimal below ten seconds only', () => {
  assert.equal(formatSeconds(2.44), '2.4 s');
  assert.equal(formatSeconds(14.6), '15 s');
  assert.equal(formatSeconds(Number.NaN), '—');
});

test('formatWindow uses seconds for short windows and clock time for long ones', () => {
  assert.equal(formatWindow(60, 90), '60–90 s');
  assert.equal(formatWindow(150, 180), '2:30–3:00');
});

test('formatPerMinute rounds large rates and keeps one decimal for small ones', () => {
  assert.equal(formatPerMinute(3.456), '3.5');
  assert.equal(formatPerMinute(12.4), '12');
});

test('formatWhen names today and yesterday, and dates otherwise', () => {
  const now = new Date(2025, 2, 12, 18, 0);
  assert.match(formatWhen(new Date(2025, 2, 12, 9, 5).toISOString(), now, 'en-GB'), /^Today 09:05$/);
  assert.match(formatWhen(new Date(2025, 2, 11, 23, 30).toISOString(), now, 'en-GB'), /^Yesterday 23:30$/);
  const older = formatWhen(new Date(2025, 2, 3, 14, 5).toISOString(), now, 'en-GB');
  assert.match(older, /3 Mar/);
  assert.doesNotMatch(older, /2025/);
  assert.match(formatWhen(new Date(2024, 11, 30, 8, 0).toISOString(), now, 'en-GB'), /2024/);
});

test('formatWhen gives back text it cannot parse', () => {
  assert.equal(formatWhen('not a date'), 'not a date');
});

test('formatBytes picks a readable unit', () => {
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(147_951_465), '148 MB');
  assert.equal(formatBytes(1_600_000_000), '1.6 GB');
});

test('errorMessage shows an Error message as it is and never an empty string', () => {
  assert.equal(errorMessage(new Error('The model file is not a ggml file.')), 'The model file is not a ggml file.');
  assert.equal(errorMessage('plain text'), 'plain text');
  assert.equal(errorMessage(new Error('')), 'Something went wrong.');
  assert.equal(errorMessage(undefined), 'Something went wrong.');
});
