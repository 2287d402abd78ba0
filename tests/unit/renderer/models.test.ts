import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DownloadProgress, ModelEntry } from '../../../common/contract';
import {
  applyDownloadEvent,
  formatByteProgress,
  formatEta,
  formatSpeed,
  progressPercent,
  recommendedModel,
  rowState,
  showFirstRun,
  startedDownload,
} from '../../../renderer/src/models/downloads';

const BASE_EN = 147_951_465;

function entry(name: string, extra: Partial<ModelEntry> = {}): ModelEntry {
  return {
    name,
    description: '',
    sizeBytes: BASE_EN,
    recommended: false,
    state: 'available',
    receivedBytes: 0,
    active: false,
    unverified: false,
    resumable: false,
    ...extra,
  };
}

function progress(name: string, state: DownloadProgress['state'], extra: Partial<DownloadProgress> = {}): DownloadProgress {
  return { name, state, receivedBytes: 42_100_000, totalBytes: BASE_EN, bytesPerSec: 3_200_000, etaSec: 33, ...extra };
}

test('bytes so far are given in the total’s unit', () => {
  assert.equal(formatByteProgress(42_100_000, BASE_EN), '42.1 of 148 MB');
  assert.equal(formatByteProgress(0, BASE_EN), '0.0 of 148 MB');
  assert.equal(formatByteProgress(400_000_000, 1_550_000_000), '0.4 of 1.6 GB');
  assert.equal(formatByteProgress(120_000, 480_000), '120 of 480 kB');
  assert.equal(formatByteProgress(12, 400), '12 of 400 B');
});

test('speed reads in MB/s or kB/s, and not at all before it is known', () => {
  assert.equal(formatSpeed(3_210_000), '3.2 MB/s');
  assert.equal(formatSpeed(640_400), '640 kB/s');
  assert.equal(formatSpeed(512), '512 B/s');
  assert.equal(formatSpeed(0), null);
  assert.equal(formatSpeed(Number.NaN), null);
});

test('time left in words: seconds, then minutes, then hours', () => {
  assert.equal(formatEta(33.4), 'about 33 s left');
  assert.equal(formatEta(2), 'a few seconds left');
  assert.equal(formatEta(59.6), 'about 1 min left');
  assert.equal(formatEta(150), 'about 3 min left');
  assert.equal(formatEta(3 * 3600 + 600), 'about 3 h 10 min left');
  assert.equal(formatEta(null), null);
  assert.equal(formatEta(Number.POSITIVE_INFINITY), null);
});

test('progress percent is clamped and safe without a total', () => {
  assert.equal(progressPercent(50, 200), 25);
  assert.equal(progressPercent(300, 200), 100);
  assert.equal(progressPercent(10, 0), 0);
});

test('a live download decides the row’s state; done and cancelled defer to the refreshed list', () => {
  const partial = entry('base.en', { state: 'partial', receivedBytes: 1000 });
  assert.equal(rowState(partial, undefined), 'partial');
  assert.equal(rowState(partial, progress('base.en', 'downloading')), 'downloading');
  assert.equal(rowState(partial, progress('base.en', 'verifying')), 'verifying');
  assert.equal(rowState(partial, progress('base.en', 'failed')), 'failed');
  assert.equal(rowState(entry('base.en', { state: 'installed' }), progress('base.en', 'done')), 'installed');
  assert.equal(rowState(entry('base.en', { state: 'downloading' }), undefined), 'downloading');
});

test('download events: running and failed ones are kept, done and cancelled ones dropped', () => {
  let downloads: ReadonlyMap<string, DownloadProgress> = new Map();
  downloads = applyDownloadEvent(downloads, progress('base.en', 'downloading'));
  downloads = applyDownloadEvent(downloads, progress('tiny.en', 'failed', { error: 'The connection was lost.' }));
  assert.deepEqual([...downloads.keys()], ['base.en', 'tiny.en']);
  const before = downloads;
  downloads = applyDownloadEvent(downloads, progress('base.en', 'done'));
  assert.deepEqual([...downloads.keys()], ['tiny.en']);
  assert.equal(before.size, 2, 'the previous map is left alone');
  downloads = applyDownloadEvent(downloads, progress('tiny.en', 'cancelled'));
  assert.equal(downloads.size, 0);
});

test('a download shows as started from the click, resuming from what is on disk', () => {
  assert.deepEqual(startedDownload(entry('base.en', { state: 'partial', receivedBytes: 5_000_000 })), {
    name: 'base.en',
    state: 'downloading',
    receivedBytes: 5_000_000,
    totalBytes: BASE_EN,
    bytesPerSec: 0,
    etaSec: null,
  });
});

test('the recommended model is the catalogue’s pick', () => {
  assert.equal(recommendedModel([entry('tiny.en'), entry('base.en', { recommended: true })])?.name, 'base.en');
  assert.equal(recommendedModel([entry('tiny.en')]), null);
  assert.equal(recommendedModel(null), null);
});

test('first run: only while no model is chosen and none is installed, until dismissed', () => {
  const missing = { state: 'missing' } as const;
  const none = [entry('base.en', { recommended: true })];
  assert.equal(showFirstRun({ status: missing, models: none, listFailed: false, dismissed: false }), true);
  assert.equal(showFirstRun({ status: missing, models: none, listFailed: false, dismissed: true }), false);
  assert.equal(
    showFirstRun({ status: missing, models: [entry('base.en', { state: 'installed' })], listFailed: false, dismissed: false }),
    false,
    'an installed model only needs choosing: the banner says so',
  );
  assert.equal(
    showFirstRun({ status: missing, models: [entry('base.en', { state: 'partial' })], listFailed: false, dismissed: false }),
    true,
  );
  const ready = { state: 'ready', path: '/m/ggml-base.en.bin', name: 'base.en', sizeBytes: BASE_EN } as const;
  assert.equal(showFirstRun({ status: ready, models: none, listFailed: false, dismissed: false }), false);
  const invalid = { state: 'invalid', path: '/m/x.bin', error: 'Not a model' } as const;
  assert.equal(showFirstRun({ status: invalid, models: none, listFailed: false, dismissed: false }), false);
  assert.equal(showFirstRun({ status: null, models: none, listFailed: false, dismissed: false }), false, 'still loading');
  assert.equal(showFirstRun({ status: missing, models: null, listFailed: false, dismissed: false }), false, 'list loading');
  assert.equal(showFirstRun({ status: missing, models: null, listFailed: true, dismissed: false }), true);
});
