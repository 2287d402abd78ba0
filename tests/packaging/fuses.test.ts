// The Electron fuses the afterPack hook flips, checked on a stand-in binary: a file holding Electron's fuse
// sentinel and a wire in Electron's defaults, which @electron/fuses reads and writes as it would the real one.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import afterPack, { electronBinary, fuseConfig } from '../../build/after-pack.mjs';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's shipped wire: everything on except cookie encryption, asar integrity and asar-only loading.
const ELECTRON_DEFAULTS = [
  FuseState.ENABLE, // RunAsNode
  FuseState.DISABLE, // EnableCookieEncryption
  FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
  FuseState.ENABLE, // EnableNodeCliInspectArguments
  FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
  FuseState.DISABLE, // OnlyLoadAppFromAsar
  FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
  FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
  FuseState.ENABLE, // WasmTrapHandlers
];

function fakeElectron(dir: string, name: string): string {
  const file = path.join(dir, name);
  const header = Buffer.from([1, ELECTRON_DEFAULTS.length]);
  const filler = Buffer.alloc(4096, 0x90);
  writeFileSync(file, Buffer.concat([filler, Buffer.from(SENTINEL), header, Buffer.from(ELECTRON_DEFAULTS), filler]));
  return file;
}

test('the fuse configuration turns off Node entry points and turns on asar-only loading and cookie encryption', () => {
  const config = fuseConfig('linux', 'x64');
  assert.equal(config.version, FuseVersion.V1);
  assert.equal(config[FuseV1Options.RunAsNode], false);
  assert.equal(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable], false);
  assert.equal(config[FuseV1Options.EnableNodeCliInspectArguments], false);
  assert.equal(config[FuseV1Options.OnlyLoadAppFromAsar], true);
  assert.equal(config[FuseV1Options.EnableCookieEncryption], true);
  assert.equal(config.resetAdHocDarwinSignature, false);
  assert.equal(fuseConfig('darwin', 'arm64').resetAdHocDarwinSignature, true);
});

test('the hook finds the binary electron-builder made on each platform', () => {
  assert.equal(electronBinary('linux', '/out', 'Voicedrill', 'voicedrill'), path.join('/out', 'voicedrill'));
  assert.equal(electronBinary('win32', '/out', 'Voicedrill', 'Voicedrill'), path.join('/out', 'Voicedrill.exe'));
  assert.equal(electronBinary('darwin', '/out', 'Voicedrill', 'Voicedrill'), path.join('/out', 'Voicedrill.app'));
});

test('afterPack flips the fuses in the packaged binary and reads them back', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'voicedrill-fuses-'));
  try {
    const binary = fakeElectron(dir, 'voicedrill');
    await afterPack({
      electronPlatformName: 'linux',
      arch: 1, // electron-builder's Arch.x64
      appOutDir: dir,
      packager: { appInfo: { productFilename: 'Voicedrill' }, executableName: 'voicedrill' },
    });
    const wire = await getCurrentFuseWire(binary);
    assert.equal(wire[FuseV1Options.RunAsNode], FuseState.DISABLE);
    assert.equal(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable], FuseState.DISABLE);
    assert.equal(wire[FuseV1Options.EnableNodeCliInspectArguments], FuseState.DISABLE);
    assert.equal(wire[FuseV1Options.OnlyLoadAppFromAsar], FuseState.ENABLE);
    assert.equal(wire[FuseV1Options.EnableCookieEncryption], FuseState.ENABLE);
    // Fuses the config does not name are left as Electron ships them.
    assert.equal(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation], FuseState.DISABLE);
    assert.equal(wire[FuseV1Options.WasmTrapHandlers], FuseState.ENABLE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('afterPack fails the build when the binary has no fuse wire', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'voicedrill-fuses-'));
  try {
    writeFileSync(path.join(dir, 'voicedrill'), Buffer.alloc(1024));
    await assert.rejects(
      afterPack({
        electronPlatformName: 'linux',
        arch: 1,
        appOutDir: dir,
        packager: { appInfo: { productFilename: 'Voicedrill' }, executableName: 'voicedrill' },
      }),
      /sentinel/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
