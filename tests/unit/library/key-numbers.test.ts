import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carriedKeyNumbers, checkKeyNumbers, keyFigures } from '../../../native/library/key-numbers';
import { spoken } from './reports';

function said(keyNumber: string, answer: string): boolean | null {
  return checkKeyNumbers([keyNumber], spoken(answer))[0]!.said;
}

test('digit and word forms of the same figure match', () => {
  assert.equal(said('40%', 'we cut errors by forty percent.'), true);
  assert.equal(said('forty percent', 'errors fell 40% in a month'), true);
  assert.equal(said('1.5 million', 'we reached one point five million users'), true);
  assert.equal(said('one point five million', 'about 1.5 million people'), true);
  assert.equal(said('1.5 million', 'one and a half million requests a day'), true);
  assert.equal(said('$2M', 'it saved two million dollars a year'), true);
  assert.equal(said('3,000 users', 'three thousand users signed up'), true);
  assert.equal(said('twelve engineers', 'a team of 12 engineers'), true);
});

test('time units convert, and a share said as a fraction matches its percentage', () => {
  assert.equal(said('2.4 s', 'p95 was 2400 ms before'), true);
  assert.equal(said('90 minutes', 'it took an hour and a half, 1.5 hours'), true);
  assert.equal(said('50%', 'half of the calls failed'), true);
  assert.equal(said('33%', 'we lost a third of our traffic'), true);
});

test('a different figure, or the same figure in another unit, is not the number', () => {
  assert.equal(said('40%', 'we cut errors by forty one percent.'), false);
  assert.equal(said('40%', 'it took forty minutes'), false);
  assert.equal(said('$2M', 'two million users'), false);
  assert.equal(said('3 weeks', 'it took three days'), false);
  assert.equal(said('40%', 'we cut errors a lot'), false);
});

test('a key number with several figures needs all of them; one with none cannot be checked', () => {
  const [both] = checkKeyNumbers(['from 2.4s to 800ms'], spoken('p95 went from 2.4s down to 800ms'));
  assert.equal(both!.said, true);
  assert.equal(both!.evidence.length, 2);
  assert.equal(checkKeyNumbers(['from 2.4s to 800ms'], spoken('p95 went down to 800ms'))[0]!.said, false);
  assert.deepEqual(keyFigures('p95'), []);
  assert.equal(said('p95', 'p95 improved'), null);
});

test('the evidence points at the words that said it', () => {
  const [check] = checkKeyNumbers(['40%'], spoken('in the end we cut errors by forty percent.'));
  assert.equal(check!.evidence[0]?.text, 'forty percent.');
  assert.equal(check!.evidence[0]?.firstWord, 7);
});

test('a story carried its numbers when every checkable one was said', () => {
  const checks = checkKeyNumbers(['40%', '$2M', 'p95'], spoken('forty percent fewer errors and two million dollars saved'));
  assert.equal(carriedKeyNumbers(checks), true);
  assert.equal(carriedKeyNumbers(checkKeyNumbers(['40%', '$2M'], spoken('forty percent fewer errors'))), false);
  assert.equal(carriedKeyNumbers(checkKeyNumbers(['p95'], spoken('forty percent'))), null);
  assert.equal(carriedKeyNumbers([]), null);
});
