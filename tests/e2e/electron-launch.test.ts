// Launches the real Electron app with Playwright's _electron where the Electron binary exists. On machines
// where it cannot be downloaded (CI here), it skips and says so; the Chromium end-to-end tests cover the UI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The Electron binary if it is installed, without triggering electron's download-on-first-use. */
function electronBinary(): string | null {
  const packageDir = path.join(repo, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(base, relative);
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) console.log('# electron launch test skipped: the Electron binary is not installed on this machine');

test(
  'the Electron app opens an isolated window showing the question list',
  { skip: binary === null ? 'Electron binary not installed' : false, timeout: 60_000 },
  async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [repo, '--no-sandbox'],
      env: { ...process.env, VOICEDRILL_HOME: home },
    });
    try {
      const window = await app.firstWindow();
      await window.getByTestId('question-item').first().waitFor();
      const exposure = await window.evaluate(() => ({
        api: typeof (window as unknown as { voicedrill?: unknown }).voicedrill,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      assert.deepEqual(exposure, { api: 'object', require: 'undefined', process: 'undefined' });
    } finally {
      await app.close();
      await rm(home, { recursive: true, force: true });
    }
  },
);
