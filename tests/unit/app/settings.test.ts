import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SettingsPatchSchema } from '../../../common/contract';
import { defaultSettings } from '../../../native/app/settings';
import { memoryStore } from './fixtures';

test('new settings take their defaults, also for settings saved by an older version', (t) => {
  const { store, settings } = memoryStore(t);
  assert.deepEqual([settings.get().shortcutsEnabled, settings.get().liveView, settings.get().sealScorecard], [true, false, true]);
  store.setSetting('settings', { fillerWords: ['um'], target: { minSec: 20, maxSec: 35 }, modelPath: null, inputDeviceId: null });
  const loaded = settings.get();
  assert.deepEqual(loaded.fillerWords, ['um']);
  assert.deepEqual([loaded.shortcutsEnabled, loaded.liveView, loaded.sealScorecard], [true, false, true]);
});

test('an update is kept, a key sent as undefined changes nothing, and the model is set apart', (t) => {
  const { settings } = memoryStore(t);
  settings.update({ shortcutsEnabled: false, liveView: true, sealScorecard: false });
  settings.update({ liveView: undefined });
  settings.setModelPath('/models/ggml-base.en.bin');
  const saved = settings.get();
  assert.deepEqual([saved.shortcutsEnabled, saved.liveView, saved.sealScorecard], [false, true, false]);
  assert.equal(saved.modelPath, '/models/ggml-base.en.bin');
  assert.deepEqual(saved.target, defaultSettings().target);
});

test('the patch schema refuses the model path, unknown keys and bad windows', () => {
  assert.equal(SettingsPatchSchema.safeParse({ modelPath: '/etc/passwd' }).success, false);
  assert.equal(SettingsPatchSchema.safeParse({ theme: 'dark' }).success, false);
  assert.equal(SettingsPatchSchema.safeParse({ target: { minSec: 90, maxSec: 60 } }).success, false);
  assert.equal(SettingsPatchSchema.safeParse({ liveView: true, target: { minSec: 60, maxSec: 90 } }).success, true);
});
