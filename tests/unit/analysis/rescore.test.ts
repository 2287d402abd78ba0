import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needsRescore, rescore } from '../../../native/analysis/rescore';
import { DEFAULT_FILLER_WORDS, score } from '../../../native/analysis/score';
import { ANALYSIS_VERSION } from '../../../native/analysis/version';
import { timed } from './words';

const WORDS = timed(
  'At my last job checkout was slow. I added a cache. Latency dropped by 40%. Looking back, I would test earlier.',
  0.5,
);
const OPTIONS = { fillerWords: DEFAULT_FILLER_WORDS, question: 'Tell me about a time you improved performance.' };

test('reports from before the version field, or from an older version, need re-scoring; current ones do not', () => {
  assert.equal(needsRescore({ durationSec: 20, transcript: { words: WORDS } }), true);
  assert.equal(needsRescore({ analysisVersion: ANALYSIS_VERSION - 1, durationSec: 20, transcript: { words: WORDS } }), true);
  assert.equal(needsRescore(score(WORDS, { durationSec: 20 }, OPTIONS)), false);
});

test('re-scoring an old report gives what scoring its words gives now, with the current version', () => {
  const old = { version: 1, durationSec: 20, transcript: { words: WORDS } };
  const fresh = rescore(old, OPTIONS);
  assert.deepEqual(fresh, score(WORDS, { durationSec: 20 }, OPTIONS));
  assert.equal(fresh.analysisVersion, ANALYSIS_VERSION);
  assert.ok(fresh.verdicts !== undefined && fresh.verdicts.length > 0);
});

test('audio facts, when the recording is kept, are used instead of the words alone', () => {
  const withAudio = rescore({ durationSec: 20, transcript: { words: WORDS } }, OPTIONS, {
    durationSec: 20,
    voiced: [],
    steady: [],
  });
  assert.equal(withAudio.durationSec, 20);
  assert.deepEqual(withAudio.vocalizedFillers.items, []);
});
