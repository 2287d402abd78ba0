import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DownloadProgress, ModelEntry } from '../../../common/contract';
import { formatBytes, formatDuration, formatModelTable, formatProgress } from '../../../native/cli/format-models';
import { progressPrinter } from '../../../native/cli/progress-line';

function progress(
  receivedBytes: number,
  state: DownloadProgress['state'] = 'downloading',
  totalBytes = 148_000_000,
): DownloadProgress {
  return { name: 'base.en', state, receivedBytes, totalBytes, bytesPerSec: 4_200_000, etaSec: 31 };
}

test('bytes and durations read naturally', () => {
  assert.deepEqual([0, 999, 1500, 77_704_715, 1_530_000_000].map(formatBytes), ['0 B', '999 B', '1.5 kB', '77.7 MB', '1.53 GB']);
  assert.deepEqual([0, 59.4, 65, 3599, 3725].map(formatDuration), ['0 s', '59 s', '1 min 05 s', '59 min 59 s', '1 h 02 min']);
});

test('the progress line has bytes, percentage, speed and ETA', () => {
  assert.equal(formatProgress(progress(37_000_000)), 'base.en  37.0 MB of 148.0 MB (25%)  4.2 MB/s  ETA 31 s');
  assert.equal(formatProgress({ ...progress(5_000_000, 'downloading', 0), bytesPerSec: 0, etaSec: null }), 'base.en  5.0 MB');
});

test('on a terminal the line is redrawn in place and ended once', () => {
  const out: string[] = [];
  const print = progressPrinter({ isTTY: true, write: (text) => out.push(text) });
  print(progress(0));
  print(progress(74_000_000));
  print(progress(148_000_000, 'verifying'));
  print(progress(148_000_000, 'done'));
  assert.deepEqual(out, [
    '\rbase.en  0 B of 148.0 MB (0%)  4.2 MB/s  ETA 31 s\x1b[K',
    '\rbase.en  74.0 MB of 148.0 MB (50%)  4.2 MB/s  ETA 31 s\x1b[K',
    '\rbase.en  148.0 MB  verifying…\x1b[K',
    '\n',
  ]);
});

test('on a pipe, one line per tenth of the file', () => {
  const out: string[] = [];
  const print = progressPrinter({ isTTY: false, write: (text) => out.push(text) });
  for (let mb = 0; mb <= 148; mb += 2) print(progress(mb * 1e6));
  print(progress(148e6, 'verifying'));
  print(progress(148e6, 'done'));
  assert.equal(out.length, 12);
  assert.match(out[0] ?? '', /^base\.en {2}0 B of 148\.0 MB \(0%\)/);
  assert.match(out[1] ?? '', /\(10%\)/);
  assert.match(out[10] ?? '', /\(100%\)/);
  assert.equal(out[11], 'base.en  verifying…\n');
  assert.ok(out.every((line) => line.endsWith('\n') && !line.includes('\r')));
});

test('the model table aligns columns and marks approximate sizes', () => {
  const entry = (name: string, rest: Partial<ModelEntry>): ModelEntry => ({
    name,
    description: '',
    sizeBytes: 148_000_000,
    recommended: false,
    state: 'available',
    unverified: false,
    resumable: false,
    receivedBytes: 0,
    active: false,
    ...rest,
  });
  const table = formatModelTable(
    [
      entry('tiny.en', { sizeBytes: 77_704_715, state: 'installed', active: true }),
      entry('base.en', { recommended: true, state: 'partial', receivedBytes: 12_300_000 }),
    ],
    (e) => e.name === 'base.en',
  );
  assert.equal(
    table,
    [
      'NAME     SIZE     STATE              RECOMMENDED  ACTIVE',
      'tiny.en  77.7 MB  installed                       yes',
      'base.en  ~148 MB  partial (12.3 MB)  yes',
    ].join('\n'),
  );
});
