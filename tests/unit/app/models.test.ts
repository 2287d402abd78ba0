import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { AppError } from '../../../common/errors';
import { ModelsService, modelStatusOf } from '../../../native/app/models';
import { ModelLibrary } from '../../../native/models/library';
import { shippedCatalogue } from '../../../native/models/shipped';
import { tempDir } from '../../utils/audio-signals';
import { ensureSyntheticModel } from '../../utils/synthetic-model';
import { eventRecorder, memoryStore } from './fixtures';

const code = (expected: string) => (error: unknown) => error instanceof AppError && error.code === expected;

test('a chosen model file is put to use only when valid, and listeners hear of it', async (t) => {
  const { settings } = memoryStore(t);
  const dir = tempDir(t);
  const picked = { file: null as string | null };
  const models = new ModelsService({
    library: new ModelLibrary(path.join(dir, 'models'), shippedCatalogue()),
    settings,
    emit: eventRecorder().emit,
    pickModelFile: async () => picked.file,
  });
  let activations = 0;
  models.onActivated(() => activations++);
  assert.deepEqual(await models.status(), { state: 'missing' });
  assert.deepEqual(await models.chooseFile(), { state: 'missing' }, 'cancelled');
  picked.file = path.join(dir, 'bogus.bin');
  await writeFile(picked.file, 'not a model');
  assert.equal((await models.chooseFile()).state, 'invalid');
  assert.equal(settings.get().modelPath, null);
  picked.file = await ensureSyntheticModel();
  assert.equal((await models.chooseFile()).state, 'ready');
  assert.equal(settings.get().modelPath, picked.file);
  assert.equal(activations, 1);
  assert.equal((await modelStatusOf(null)).state, 'missing');
});

test('catalogue models: unknown names are not-found, an installed one can be used and removed', async (t) => {
  const { settings } = memoryStore(t);
  const dir = path.join(tempDir(t), 'models');
  const library = new ModelLibrary(dir, shippedCatalogue());
  const models = new ModelsService({ library, settings, emit: eventRecorder().emit, pickModelFile: async () => null });
  assert.ok(models.list().every((entry) => entry.state === 'available'));
  assert.throws(() => models.download('no-such-model'), code('not-found'));
  assert.throws(() => models.cancel('tiny.en-q5_1'), code('invalid-argument'));
  await assert.rejects(models.use('no-such-model'), code('not-found'));
  // A model file the user put in the folder is listed under its file name and can be used.
  await mkdir(dir, { recursive: true });
  await copyFile(await ensureSyntheticModel(), path.join(dir, 'ggml-mine.bin'));
  assert.equal(models.list().find((entry) => entry.name === 'ggml-mine.bin')?.state, 'installed');
  assert.equal((await models.use('ggml-mine.bin')).state, 'ready');
  assert.equal(models.list().find((entry) => entry.name === 'ggml-mine.bin')?.active, true);
  await models.remove('ggml-mine.bin');
  assert.equal(settings.get().modelPath, null, 'removing the model in use leaves none in use');
});
