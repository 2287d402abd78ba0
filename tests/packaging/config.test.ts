// The electron-builder configuration as electron-builder resolves and validates it, and the package
// metadata and scripts `npm run dist` depends on.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { MacConfiguration } from 'electron-builder';
import afterPack from '../../build/after-pack.mjs';
import { resolvedConfig, resolveHook, root } from './builder-config';

interface Manifest {
  homepage?: string;
  author?: { name?: string; email?: string };
  engines?: { node?: string };
  scripts: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;

test('the deb target has the metadata it requires', async () => {
  const config = await resolvedConfig();
  assert.match(manifest.homepage ?? '', /^https:\/\//);
  assert.match(manifest.author?.email ?? '', /^[^@\s]+@[^@\s]+\.[a-z]+$/);
  assert.match(config.linux?.maintainer ?? '', /<[^@\s]+@[^@\s]+>$/);
  assert.deepEqual(config.linux?.target, ['AppImage', 'deb']);
});

test('macOS: hardened runtime, the microphone entitlement and its usage description', async () => {
  const mac = (await resolvedConfig()).mac as MacConfiguration;
  assert.equal(mac.hardenedRuntime, true);
  assert.match(String(mac.extendInfo?.NSMicrophoneUsageDescription ?? ''), /records your spoken answers/);
  for (const file of [mac.entitlements, mac.entitlementsInherit]) {
    assert.ok(file, 'entitlements file set');
    const plist = readFileSync(path.join(root, file), 'utf8');
    assert.match(plist, /<key>com\.apple\.security\.device\.audio-input<\/key>\s*<true\/>/);
  }
});

test('icons: a square PNG of at least 512 px for every platform', async () => {
  const config = await resolvedConfig();
  for (const icon of [config.linux?.icon, config.mac?.icon, config.win?.icon]) {
    assert.ok(icon, 'icon set');
    const png = readFileSync(path.join(root, icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(width, height);
    assert.ok(width >= 512, `${icon} is ${width} px`);
  }
});

test('node_modules is never rebuilt in place; fuses are flipped after packing', async () => {
  const config = await resolvedConfig();
  assert.equal(config.npmRebuild, false);
  assert.equal(config.nodeGypRebuild, false);
  // electron-builder imports the file itself (a separate module instance from this test's import).
  const hook = await resolveHook(config.afterPack, 'afterPack');
  assert.equal(typeof hook, 'function', 'electron-builder loads the afterPack hook');
  assert.equal((hook as typeof afterPack).name, afterPack.name);
  assert.doesNotMatch(manifest.scripts.dist ?? '', /install-app-deps/);
  assert.equal(manifest.scripts.dist, 'node scripts/dist.mjs');
});

test('engines asks for the Node the Electron toolchain needs', () => {
  assert.equal(manifest.engines?.node, '>=22.12');
});

test('scripts never spawn npm or npx (they are .cmd shims on Windows)', () => {
  const scripts = readdirSync(path.join(root, 'scripts')).filter((name) => name.endsWith('.mjs'));
  assert.ok(scripts.length > 0);
  for (const name of scripts) {
    const text = readFileSync(path.join(root, 'scripts', name), 'utf8');
    assert.doesNotMatch(text, /spawn(Sync)?\(\s*['"`](npm|npx)['"`]/, name);
    assert.doesNotMatch(text, /exec(Sync|File|FileSync)?\(\s*['"`](npm|npx)\b/, name);
  }
});
