import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillerClusters } from '../../../native/analysis/filler-clusters';
import { detectFillers } from '../../../native/analysis/fillers';
import { tokenize } from '../../../native/analysis/normalize';
import type { TimedWord } from '../../../common/report';
import { at } from './words';

function clustersIn(words: TimedWord[]): [number, number][] {
  const tokens = tokenize(words);
  return fillerClusters(tokens, detectFillers(tokens, ['um', 'uh'])).map(({ firstWord, lastWord }) => [firstWord, lastWord]);
}

test('three fillers within ten seconds make one cluster from the first to the last', () => {
  assert.deepEqual(clustersIn(at(['um', 0, 0.3], ['we', 1, 1.2], ['uh', 4, 4.3], ['um', 9.9, 10.2])), [[0, 3]]);
});

test('two fillers are not a cluster, nor three spread over more than ten seconds', () => {
  assert.deepEqual(clustersIn(at(['um', 0, 0.3], ['uh', 1, 1.3])), []);
  assert.deepEqual(clustersIn(at(['um', 0, 0.3], ['uh', 6, 6.3], ['um', 10.1, 10.4])), []);
});

test('overlapping windows merge into one cluster; separate bunches stay separate', () => {
  const words = at(
    ['um', 0, 0.3],
    ['uh', 5, 5.3],
    ['um', 9, 9.3],
    ['uh', 14, 14.3],
    ['and', 20, 20.2],
    ['um', 40, 40.3],
    ['um', 41, 41.3],
    ['uh', 42, 42.3],
  );
  assert.deepEqual(clustersIn(words), [
    [0, 3],
    [5, 7],
  ]);
});

test('no fillers, no clusters', () => {
  assert.deepEqual(clustersIn([]), []);
});
