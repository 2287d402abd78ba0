import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../../native/store/open';
import { tempDir } from './fixtures';

test('settings round-trip as JSON and survive reopening', (t) => {
  const file = join(tempDir(t), 'settings.db');
  const store = openStore(file);
  const fillers = { words: ['um', 'you know'], enabled: true, threshold: 2.5, note: null };
  store.setSetting('fillers', fillers);
  store.setSetting('model', 'base.en');
  store.setSetting('model', 'small.en');
  store.setSetting('volume', 0);
  store.close();

  const reopened = openStore(file);
  t.after(() => reopened.close());
  assert.deepEqual(reopened.getSetting('fillers', {}), fillers);
  assert.equal(reopened.getSetting('model', ''), 'small.en');
  assert.equal(reopened.getSetting('volume', 1), 0);
  assert.deepEqual(reopened.getSetting('missing', ['fallback']), ['fallback']);
});

test('settings that cannot be stored are refused', () => {
  const store = openStore(':memory:');
  assert.throws(() => store.setSetting('x', undefined), {
    message: "setting 'x' must be a JSON value (no undefined, functions, bigints or cycles)",
  });
  assert.throws(() => store.setSetting('x', 10n), /must be a JSON value/);
  assert.throws(() => store.setSetting(' ', 1), { message: "setting key must be non-empty text, got ' '" });
  assert.throws(() => store.getSetting('', 1), /setting key must be non-empty text/);
  store.close();
});
