// Builds whisper.cpp (bundled in smart-whisper) with the CPU's vector instructions. smart-whisper's own
// install step compiles without them, which makes the encoder about 4x slower, and without NDEBUG, which
// makes ggml print allocator debug lines on every call. Runs from `postinstall`.
//
// VOICEDRILL_CPU_FLAGS overrides the target: the default `-march=native` suits a build that runs on the
// machine that built it; packaged builds for other machines set a baseline such as
// `-march=x86-64-v3` (AVX2, FMA, F16C) or `-march=armv8.2-a+fp16`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('smart-whisper/package.json'));
const cpuFlags = process.env.VOICEDRILL_CPU_FLAGS ?? (process.platform === 'win32' ? '' : '-march=native');
const flags = `-O3 -DNDEBUG ${cpuFlags}`.trim();
const addon = path.join(packageDir, 'build', 'Release', 'smart-whisper.node');
const stamp = path.join(packageDir, 'build', 'voicedrill-flags.txt');

if (existsSync(addon) && existsSync(stamp) && readFileSync(stamp, 'utf8') === flags) {
  console.log(`whisper.cpp already built with ${flags}`);
  process.exit(0);
}

console.log(`building whisper.cpp with ${flags} (about a minute)…`);
const result = spawnSync(process.execPath, [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release'], {
  cwd: packageDir,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, CFLAGS: flags, CXXFLAGS: flags },
});
if (result.status !== 0) {
  // The compiler's many warnings are only worth showing when the build fails.
  console.error(`${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-60).join('\n'));
  console.error('building whisper.cpp failed: see the compiler output above');
  process.exit(result.status ?? 1);
}
writeFileSync(stamp, flags);
