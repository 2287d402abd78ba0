import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { detectReflection } from '../../../native/analysis/reflection';
import { detectStar, type Star } from '../../../native/analysis/star';
import { timed } from './words';

function starOf(answer: string): Star {
  const tokens = tokenize(timed(answer));
  return detectStar(tokens, detectReflection(tokens));
}

function sectionsOf(answer: string): [string, number][] {
  return starOf(answer).sections.map((section) => [section.name, section.firstWord]);
}

const FULL =
  'At my last job our checkout was slow. My task was to make it fast. I profiled it and I added a cache. ' +
  'As a result, latency dropped by half. Looking back, I would test earlier.';

test('a full story is split at its cues, in order', () => {
  assert.deepEqual(sectionsOf(FULL), [['situation', 0], ['task', 8], ['action', 15], ['result', 23], ['reflection', 30]]);
  assert.deepEqual(starOf(FULL).missing, []);
});

test('sections cover the answer without gaps or overlap, each lasting until the next starts', () => {
  const tokens = timed(FULL);
  const { sections } = starOf(FULL);
  sections.forEach((section, index) => {
    const next = sections[index + 1];
    assert.equal(section.end, next === undefined ? tokens[tokens.length - 1]?.end : next.start);
    assert.equal(section.durationSec, Math.round((section.end - section.start) * 100) / 100);
    if (next !== undefined) assert.equal(next.firstWord, section.lastWord + 1);
  });
  assert.equal(sections[sections.length - 1]?.lastWord, tokens.length - 1);
});

test('sentences without a cue continue the section before them; those before any cue set the scene', () => {
  assert.deepEqual(sectionsOf('It was a Friday. The site was slow. I rewrote the query. It took an hour. In the end it was fine.'), [
    ['situation', 0], ['action', 8], ['result', 16],
  ]);
});

test('missing sections are listed', () => {
  assert.deepEqual(starOf('Our tests were flaky. I rewrote them.').missing, ['task', 'result', 'reflection']);
});

test('a stray cue does not reorder the story', () => {
  // "dropped" (a result word) in the opening and "we were" (a scene word) in the result are outvoted.
  const answer = 'At my last job our latency dropped every Monday. My task was to fix it. I wrote a patch. As a result it worked, and we were happy.';
  assert.deepEqual(sectionsOf(answer).map(([name]) => name), ['situation', 'task', 'action', 'result']);
});

test('an answer that opens by acting still starts with its context when the first sentence sets it', () => {
  assert.deepEqual(sectionsOf('We built a tool for support. They copied data by hand. We talked to them and we sketched a screen.'), [
    ['situation', 0], ['action', 11],
  ]);
});

test('hedges and fillers between "I" and the verb do not hide the cue', () => {
  assert.deepEqual(sectionsOf('The release was painful. I just wanted it calmer. I, um, kind of wrote a checklist.').map(([name]) => name), [
    'situation', 'task', 'action',
  ]);
});

test('no words, no sections', () => {
  assert.deepEqual(detectStar(tokenize([]), []), { sections: [], missing: ['situation', 'task', 'action', 'result', 'reflection'] });
});
