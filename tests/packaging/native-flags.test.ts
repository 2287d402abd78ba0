// The flags a `dist` build passes to node-gyp and the compiler, per platform and arch (no compiler runs:
// the probe is a stand-in that accepts or rejects flags the way the named compilers do).
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { chooseCpuFlags, compilerEnv, cpuFlagCandidates, patchStamp, whisperGypArgs } from '../../scripts/build-native.mjs';
import { requestedArches } from '../../scripts/dist.mjs';
import { electronGypArgs } from '../../scripts/electron-native.mjs';

const acceptsAll = () => true;
const require = createRequire(import.meta.url);

test('packages get the documented baseline, -O3 and NDEBUG', () => {
  const x64 = compilerEnv('linux', chooseCpuFlags(cpuFlagCandidates('linux', 'x64', 'package'), acceptsAll));
  assert.deepEqual(x64, { CFLAGS: '-O3 -DNDEBUG -march=x86-64-v3', CXXFLAGS: '-O3 -DNDEBUG -march=x86-64-v3' });
  const arm = compilerEnv('linux', chooseCpuFlags(cpuFlagCandidates('linux', 'arm64', 'package'), acceptsAll));
  assert.equal(arm.CFLAGS, '-O3 -DNDEBUG -march=armv8.2-a+fp16');
  const macX64 = compilerEnv('darwin', chooseCpuFlags(cpuFlagCandidates('darwin', 'x64', 'package'), acceptsAll));
  assert.equal(macX64.CXXFLAGS, '-O3 -DNDEBUG -march=x86-64-v3');
  const macArm = compilerEnv('darwin', chooseCpuFlags(cpuFlagCandidates('darwin', 'arm64', 'package'), acceptsAll));
  assert.equal(macArm.CXXFLAGS, '-O3 -DNDEBUG -march=armv8.2-a+fp16');
});

test('MSVC gets /arch:AVX2 through CL, never GCC flags', () => {
  const env = compilerEnv('win32', chooseCpuFlags(cpuFlagCandidates('win32', 'x64', 'package'), acceptsAll));
  assert.deepEqual(env, { CL: '/O2 /DNDEBUG /arch:AVX2' });
  assert.deepEqual(compilerEnv('win32', chooseCpuFlags(cpuFlagCandidates('win32', 'arm64', 'package'), acceptsAll)), {
    CL: '/O2 /DNDEBUG',
  });
});

test('no package is built for the building machine', () => {
  for (const platform of ['linux', 'darwin', 'win32']) {
    for (const arch of ['x64', 'arm64']) {
      const flags = cpuFlagCandidates(platform, arch, 'package');
      assert.ok(
        flags.every((flag) => !flag.includes('native')),
        `${platform}-${arch}: ${flags.join(' | ')}`,
      );
    }
  }
  assert.throws(() => cpuFlagCandidates('linux', 'ia32', 'package'), /no package baseline for linux-ia32/);
});

test('an Apple clang that rejects -march=native falls back to -mcpu=native, then to no flag', () => {
  const oldAppleClang = (flags: string) => flags !== '-march=native';
  assert.equal(chooseCpuFlags(cpuFlagCandidates('darwin', 'arm64', 'local'), oldAppleClang), '-mcpu=native');
  const rejectsBoth = (flags: string) => !flags.includes('native');
  assert.equal(chooseCpuFlags(cpuFlagCandidates('darwin', 'arm64', 'local'), rejectsBoth), '');
  assert.equal(chooseCpuFlags(cpuFlagCandidates('linux', 'x64', 'local'), acceptsAll), '-march=native');
});

test('a compiler too old for x86-64-v3 gets the same instructions by name', () => {
  const gcc10 = (flags: string) => flags !== '-march=x86-64-v3';
  assert.equal(chooseCpuFlags(cpuFlagCandidates('linux', 'x64', 'package'), gcc10), '-mavx2 -mfma -mf16c');
  const appleClangWithoutArmv82 = (flags: string) => !flags.startsWith('-march=armv8.2');
  assert.equal(chooseCpuFlags(cpuFlagCandidates('darwin', 'arm64', 'package'), appleClangWithoutArmv82), '-mcpu=apple-m1');
});

test('node-gyp builds for the package arch, and better-sqlite3 against Electron headers', () => {
  assert.deepEqual(whisperGypArgs('arm64'), ['rebuild', '--release', '--arch=arm64']);
  assert.deepEqual(electronGypArgs('45.3.4', 'x64'), [
    'rebuild',
    '--release',
    '--runtime=electron',
    '--target=45.3.4',
    '--arch=x64',
    '--dist-url=https://electronjs.org/headers',
  ]);
});

test('dist builds native addons for each arch electron-builder is asked for', () => {
  assert.deepEqual(requestedArches(['--linux', 'deb'], 'x64'), ['x64']);
  assert.deepEqual(requestedArches(['--mac', '--arm64', '--x64'], 'x64'), ['x64', 'arm64']);
  assert.deepEqual(requestedArches(['--mac', '--universal'], 'arm64'), ['x64', 'arm64']);
});

test('the installed whisper.cpp is built from the patched sources, and a changed patch means a rebuild', async () => {
  // postinstall runs patch-package before building: the sources in node_modules carry the patch, and the
  // build's stamp names it, so a build made before the patch changed is not taken for a current one.
  const sources = path.dirname(require.resolve('smart-whisper/package.json'));
  const transcribe = await readFile(path.join(sources, 'src', 'binding', 'transcribe.cc'), 'utf8');
  assert.match(transcribe, /ReleaseKeptState/);
  const stamp = await readFile(path.join(sources, 'build', 'voicedrill-flags.txt'), 'utf8');
  assert.equal(stamp.split('\n')[1], patchStamp());
  assert.match(patchStamp(), /^patch [0-9a-f]{16}$/);

  const scratch = await mkdtemp(path.join(tmpdir(), 'voicedrill-patches-'));
  try {
    assert.equal(patchStamp(scratch), 'unpatched');
    await writeFile(path.join(scratch, 'smart-whisper+0.8.1.patch'), 'one');
    const first = patchStamp(scratch);
    await writeFile(path.join(scratch, 'smart-whisper+0.8.1.patch'), 'two');
    assert.notEqual(patchStamp(scratch), first);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
