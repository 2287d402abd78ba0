// Hums that touch a word (tests/corpus/hum-set.ts): found with recall of at least 0.8, never where there is
// none, and never in real speech. Skips when espeak-ng or sox is missing, or jfk.wav is not there.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { TimedWord } from '../../../common/report';
import { score } from '../../../native/analysis/score';
import { decodeWav } from '../../../native/audio/wav';
import { audioFacts } from '../../../native/pipeline/analyze';
import { buildHumCase, evaluateHums, HUM_CASES, wordsOver } from '../../corpus/hum-set';
import { steadyVoiced, SteadyVoicedTracker } from '../../../native/audio/vocalized';
import { speechToolsMissing } from '../../utils/speech';

test('hums that touch a word are found (recall of at least 0.8), with no false ones, none in hum-free answers', (t) => {
  const missing = speechToolsMissing();
  if (missing !== null) {
    t.skip(missing);
    return;
  }
  const hums = evaluateHums();
  t.diagnostic(
    `touching hums found: ${hums.found} of ${hums.total}${hums.missed.length > 0 ? `; missed ${hums.missed.join('; ')}` : ''}`,
  );
  assert.ok(hums.found / hums.total >= 0.8, `found ${hums.found} of ${hums.total}; missed ${hums.missed.join('; ')}`);
  assert.equal(hums.falseHums, 0);
});

const JFK = '/work/shared/audio/jfk.wav';

test('no hums in real speech (jfk.wav), timed by its own sound', (t) => {
  if (!existsSync(JFK)) {
    t.skip(`${JFK} is not here`);
    return;
  }
  const samples = decodeWav(new Uint8Array(readFileSync(JFK))).samples;
  const facts = audioFacts(samples);
  // Without Whisper here, the words share the voiced stretches by their length, as Whisper would roughly time them.
  const text = 'And so my fellow Americans ask not what your country can do for you ask what you can do for your country';
  const regions = facts.voiced ?? [];
  const spoken = regions.reduce((sum, region) => sum + region.end - region.start, 0);
  const all = text.split(' ');
  const total = all.reduce((sum, word) => sum + word.length + 1, 0);
  const words: TimedWord[] = [];
  let next = 0;
  for (const region of regions) {
    const share = Math.round((all.length * (region.end - region.start)) / spoken);
    const chunk = all.slice(next, region === regions[regions.length - 1] ? all.length : next + Math.max(1, share));
    next += chunk.length;
    if (chunk.length > 0) words.push(...wordsOver(chunk.join(' '), region.start, region.end));
  }
  assert.ok(words.length > 0 && total > 0);
  const report = score(words, facts, { fillerWords: [] });
  assert.deepEqual(report.vocalizedFillers.touching, []);
});

test('the live tracker finds exactly the steady spans of the whole-recording analysis, whatever the chunking', (t) => {
  const missing = speechToolsMissing();
  if (missing !== null) {
    t.skip(missing);
    return;
  }
  const { samples } = buildHumCase(HUM_CASES[0]!);
  const expected = steadyVoiced(samples);
  assert.ok(expected.length > 0, 'the case holds a steady hum');
  for (const chunk of [4000, 3333, 1]) {
    const tracker = new SteadyVoicedTracker();
    for (let at = 0; at < samples.length; at += chunk) tracker.push(samples.subarray(at, at + chunk));
    assert.deepEqual(tracker.finish(samples), expected, `chunks of ${chunk} samples`);
  }
});
