// Issue 9: "a model download failed on a full disk" (the user is offered to delete partial downloads),
// "6 catalogue models have no checksum" (confirmation needed) and "Resume … works, or is not offered".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Events } from '../../../common/contract';
import { AppError } from '../../../common/errors';
import { ModelsService } from '../../../native/app/models';
import { SupportService } from '../../../native/app/support';
import { LogFile } from '../../../native/log/log-file';
import { ModelLibrary, type DownloadCallbacks } from '../../../native/models/library';
import { shippedCatalogue } from '../../../native/models/shipped';
import { tempDir } from '../../utils/audio-signals';
import { eventRecorder, memoryStore } from './fixtures';

test('an unverified model needs confirmation; partial downloads are resumable, counted and deleted', async (t) => {
  const { settings } = memoryStore(t);
  const dir = path.join(tempDir(t), 'models');
  const library = new ModelLibrary(dir, shippedCatalogue());
  const models = new ModelsService({ library, settings, emit: eventRecorder().emit, pickModelFile: async () => null });
  const quantized = models.list().find((entry) => entry.name === 'tiny.en-q5_1');
  assert.deepEqual([quantized?.unverified, quantized?.resumable], [true, false]);
  assert.equal(models.list().find((entry) => entry.name === 'base.en')?.unverified, false);
  assert.throws(
    () => models.download('tiny.en-q5_1', { allowUnverified: false }),
    (error: unknown) => error instanceof AppError && error.code === 'model-unverified',
  );

  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'ggml-base.en.bin.part'), new Uint8Array(3000));
  // A URL download whose .part does not remember its URL cannot resume: Resume is not offered.
  await writeFile(path.join(dir, 'ggml-custom.bin.part'), new Uint8Array(1000));
  const entries = models.list();
  assert.deepEqual(
    ['base.en', 'ggml-custom.bin'].map((name) => entries.find((entry) => entry.name === name)?.resumable),
    [true, false],
  );
  const support = new SupportService(new LogFile(path.join(dir, '..', 'voicedrill.log')), library, () => undefined);
  assert.deepEqual(support.partialDownloads(), { files: 2, bytes: 4000 });
  assert.deepEqual(await support.removePartialDownloads(), { freedBytes: 4000 });
  assert.deepEqual(support.partialDownloads(), { files: 0, bytes: 0 });
});

test("a download stopped by a full disk is reported once, with the code 'disk-full', and logged", async (t) => {
  const { settings } = memoryStore(t);
  const dir = path.join(tempDir(t), 'models');
  const library = new ModelLibrary(dir, shippedCatalogue());
  // The disk fills mid-download: the library reports 'failed', then rejects with the write error.
  library.download = async (name: string, callbacks: DownloadCallbacks = {}) => {
    callbacks.onProgress?.({ name, state: 'downloading', receivedBytes: 10, totalBytes: 100, bytesPerSec: 1, etaSec: 90 });
    const message =
      'not enough disk space to download ggml-base.en.bin (148.0 MB needed); free some space and run it again to resume';
    callbacks.onProgress?.({
      name,
      state: 'failed',
      receivedBytes: 10,
      totalBytes: 100,
      bytesPerSec: 0,
      etaSec: null,
      error: message,
    });
    throw new Error(message, { cause: Object.assign(new Error('write ENOSPC'), { code: 'ENOSPC' }) });
  };
  const { emit, events } = eventRecorder();
  const logged: string[] = [];
  const models = new ModelsService({
    library,
    settings,
    emit,
    log: { error: (error) => logged.push(String((error as Error).cause)) > 0 },
    pickModelFile: async () => null,
  });
  models.download('base.en', { allowUnverified: false });
  while (!events.some((event) => (event.payload as Events['modelDownload']).state === 'failed'))
    await new Promise((r) => setImmediate(r));
  const failed = events.filter((event) => (event.payload as Events['modelDownload']).state === 'failed');
  assert.equal(failed.length, 1);
  assert.equal((failed[0]?.payload as Events['modelDownload']).code, 'disk-full');
  assert.match((failed[0]?.payload as Events['modelDownload']).error ?? '', /148\.0 MB needed/);
  assert.match(logged.join('\n'), /ENOSPC/);
});
