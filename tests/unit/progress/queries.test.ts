import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  loadDashboardInputs,
  loadPoint,
  loadPoints,
  loadScoredWords,
  parsePrediction,
  searchTranscripts,
} from '../../../native/progress/queries';
import { addScored as add, fixtureSections, progressDb as database } from './fixtures';

test('points come from the columns, in time order, filtered by question and length', () => {
  const db = database();
  add(db, 3, 1);
  add(db, 1, 1, { estimate: { durationSec: 30, fillerCount: null, inWindowChance: 0.7, overall: 4 } });
  add(db, 2, 1, { length: 'full' });
  add(db, 4, 2);
  add(db, 5, 1, { status: 'failed' });
  const all = loadPoints(db, { questionId: 1, drillLength: null });
  assert.deepEqual(
    all.map((p) => p.attemptId),
    [1, 2, 3],
  );
  assert.deepEqual(
    loadPoints(db, { questionId: 1, drillLength: 'elevator' }).map((p) => p.attemptId),
    [1, 3],
  );
  assert.equal(loadPoints(db, { questionId: null, drillLength: null }).length, 4);
  const [first] = all;
  assert.equal(first!.durationSec, 21);
  assert.equal(first!.vocalizedPerMinute, 0.5);
  assert.equal(first!.timeToFirstWordSec, 0.6);
  assert.deepEqual(first!.sections, fixtureSections());
  assert.equal(first!.analysisVersion, 2);
  assert.deepEqual(first!.prediction, { durationSec: 30, fillerCount: null, inWindowChance: 0.7, overall: 4 });
  assert.equal(loadPoint(db, 4)!.questionId, 2);
  assert.equal(loadPoint(db, 99), null);
  assert.equal(loadScoredWords(db, 1)[2]!.text.trim(), 'checkout');
  assert.deepEqual(loadScoredWords(db, 99), []);
});

test('predictions: skipped, unreadable or out-of-range values are not predictions', () => {
  assert.equal(parsePrediction(null), null);
  assert.equal(parsePrediction('{"skipped":true}'), null);
  assert.equal(parsePrediction('not json'), null);
  assert.equal(parsePrediction('{"durationSec":null}'), null);
  assert.deepEqual(parsePrediction('{"durationSec":60,"fillerCount":"3","inWindowChance":1.5}'), {
    durationSec: 60,
    fillerCount: null,
    inWindowChance: null,
    overall: null,
  });
  // The older two-field estimate still reads.
  assert.deepEqual(parsePrediction('{"durationSec":60,"fillerCount":2}'), {
    durationSec: 60,
    fillerCount: 2,
    inWindowChance: null,
    overall: null,
  });
});

test('dashboard inputs leave failed attempts out', () => {
  const db = database();
  add(db, 1, 1);
  add(db, 2, 1, { status: 'failed' });
  const inputs = loadDashboardInputs(db);
  assert.equal(inputs.questions.length, 2);
  assert.deepEqual(inputs.attempts, [{ questionId: 1, startedAt: '2026-11-21T10:00:00.000Z', durationSec: 21 }]);
});

test('search finds transcripts, with the question and the moment to play', () => {
  const db = database();
  add(db, 1, 1);
  add(db, 2, 2);
  const hits = searchTranscripts(db, 'errors fe');
  // Newest first.
  assert.deepEqual(
    hits.map((hit) => [hit.attemptId, hit.question, hit.atSec]),
    [
      [2, 'Why us?', 5.7],
      [1, 'Tell me about a failure.', 5.7],
    ],
  );
  assert.ok(hits[0]!.snippet.includes('«errors fell»'));
  assert.deepEqual(searchTranscripts(db, 'kubernetes'), []);
  assert.deepEqual(searchTranscripts(db, '"'), []);
  assert.equal(searchTranscripts(db, 'checkout', 1).length, 1);
});
