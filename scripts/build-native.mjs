// Builds whisper.cpp (bundled in smart-whisper) with vector instructions, -O3 and NDEBUG. smart-whisper's
// own install step compiles without them, which makes the encoder about 4x slower, and without NDEBUG,
// which makes ggml print allocator debug lines on every call.
//
// smart-whisper's sources are patched first (patches/, applied by patch-package in postinstall): one decoding
// state kept between calls, the prompt decoded once per clip rather than once per temperature, and whisper.cpp's
// defaults for the context's parameters (README, Packaging). A build records the flags and the patch it was made
// with, so a changed patch rebuilds.
//
// `node scripts/build-native.mjs` (postinstall) rebuilds node_modules/smart-whisper in place for this
// machine (`-march=native`, or what the compiler accepts). `--package --arch=<x64|arm64> --out=<dir>`
// builds a copy for packages at a documented baseline (see cpuFlagCandidates) into <dir>, leaving
// node_modules alone. VOICEDRILL_CPU_FLAGS overrides the CPU flags in both modes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * CPU flags to try, best first, for a platform/arch and purpose ('local' or 'package'). The first one the
 * compiler accepts is used. Package baselines: x86-64-v3 (AVX2, FMA, F16C: Intel Haswell 2013+, AMD
 * Excavator 2015+), armv8.2-a+fp16 (Apple M1+, Graviton 2+, Snapdragon X). Older compilers that do not know
 * x86-64-v3 get the same instructions by name; Apple clang versions that reject -march=native get
 * -mcpu=native, then nothing (NEON is part of arm64 anyway).
 */
export function cpuFlagCandidates(platform, arch, purpose) {
  if (platform === 'win32') return arch === 'x64' && purpose === 'package' ? ['/arch:AVX2'] : [''];
  if (purpose === 'local') return ['-march=native', '-mcpu=native', ''];
  if (arch === 'x64') return ['-march=x86-64-v3', '-mavx2 -mfma -mf16c'];
  if (arch === 'arm64') return platform === 'darwin' ? ['-march=armv8.2-a+fp16', '-mcpu=apple-m1'] : ['-march=armv8.2-a+fp16'];
  throw new Error(`no package baseline for ${platform}-${arch}`);
}

/**
 * The environment node-gyp's compiler sees. GCC/clang read CFLAGS/CXXFLAGS through gyp's Makefiles; MSVC
 * ignores those, but cl.exe takes extra options from the CL variable (MSVC has no -O3: /O2 is its fastest).
 */
export function compilerEnv(platform, cpuFlags) {
  if (platform === 'win32') return { CL: `/O2 /DNDEBUG ${cpuFlags}`.trim() };
  const flags = `-O3 -DNDEBUG ${cpuFlags}`.trim();
  return { CFLAGS: flags, CXXFLAGS: flags };
}

/** Picks the first candidate `accepts` (a compiler probe) agrees to; the last candidate is the fallback. */
export function chooseCpuFlags(candidates, accepts) {
  return candidates.find((flags) => flags === '' || accepts(flags)) ?? candidates[candidates.length - 1];
}

/** The node-gyp arguments for a whisper.cpp build (the target arch matters when packaging another arch). */
export function whisperGypArgs(arch) {
  return ['rebuild', '--release', `--arch=${arch}`];
}

/** Whether the C compiler accepts `flags` for `arch` (compiles an empty file). GCC and clang only. */
function compilerAccepts(flags, arch) {
  const compiler = process.env.CC ?? (process.platform === 'darwin' ? 'clang' : 'cc');
  // Apple clang builds either arch (node-gyp passes -arch too); elsewhere the host compiler is the target's.
  const target = process.platform === 'darwin' ? ['-arch', arch === 'x64' ? 'x86_64' : arch] : [];
  const args = [...target, ...flags.split(' '), '-x', 'c', '-c', '-', '-o', '/dev/null'];
  const probe = spawnSync(compiler, args, { input: 'int main(void) { return 0; }\n', encoding: 'utf8' });
  return probe.status === 0;
}

function resolveCpuFlags(platform, arch, purpose) {
  if (process.env.VOICEDRILL_CPU_FLAGS !== undefined) return process.env.VOICEDRILL_CPU_FLAGS;
  // MSVC is not probed: its one candidate is taken as is.
  const accepts = platform === 'win32' ? () => true : (flags) => compilerAccepts(flags, arch);
  return chooseCpuFlags(cpuFlagCandidates(platform, arch, purpose), accepts);
}

function nodeGyp(cwd, args, env) {
  const result = spawnSync(process.execPath, [require.resolve('node-gyp/bin/node-gyp.js'), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    // The compiler's many warnings are only worth showing when the build fails.
    console.error(`${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-60).join('\n'));
    console.error('building whisper.cpp failed: see the compiler output above');
    process.exit(result.status ?? 1);
  }
}

const packageDir = () => path.dirname(require.resolve('smart-whisper/package.json'));

/** The patches applied to smart-whisper's sources, by content: part of every build's stamp. */
export function patchStamp(patchesDir = fileURLToPath(new URL('../patches', import.meta.url))) {
  const files = existsSync(patchesDir)
    ? readdirSync(patchesDir)
        .filter((name) => name.startsWith('smart-whisper+'))
        .sort()
    : [];
  const hash = createHash('sha256');
  for (const name of files) hash.update(name).update(readFileSync(path.join(patchesDir, name)));
  return files.length === 0 ? 'unpatched' : `patch ${hash.digest('hex').slice(0, 16)}`;
}

function buildInPlace() {
  const dir = packageDir();
  const env = compilerEnv(process.platform, resolveCpuFlags(process.platform, process.arch, 'local'));
  const flags = env.CFLAGS ?? env.CL;
  const stampText = `${flags}\n${patchStamp()}`;
  const addon = path.join(dir, 'build', 'Release', 'smart-whisper.node');
  const stamp = path.join(dir, 'build', 'voicedrill-flags.txt');
  if (existsSync(addon) && existsSync(stamp) && readFileSync(stamp, 'utf8') === stampText) {
    console.log(`whisper.cpp already built with ${stampText}`);
    return;
  }
  console.log(`building whisper.cpp with ${flags} (about a minute)…`);
  nodeGyp(dir, whisperGypArgs(process.arch), env);
  writeFileSync(stamp, stampText);
}

/** Builds a copy of smart-whisper at the package baseline and puts its addon into `outDir`. */
export function buildForPackage(arch, outDir) {
  const env = compilerEnv(process.platform, resolveCpuFlags(process.platform, arch, 'package'));
  const out = path.join(outDir, 'smart-whisper.node');
  const stamp = path.join(outDir, 'smart-whisper.flags.txt');
  const stampText = JSON.stringify({ ...env, patch: patchStamp() });
  if (existsSync(out) && existsSync(stamp) && readFileSync(stamp, 'utf8') === stampText) return;
  console.log(`building whisper.cpp for ${process.platform}-${arch} packages with ${JSON.stringify(env)}…`);
  // A copy, so node_modules keeps this machine's build; smart-whisper's binding.gyp resolves
  // node-addon-api from the copy's location, so the copy must sit under the project's node_modules path.
  const work = path.resolve('.cache', 'native-work', `smart-whisper-${process.platform}-${arch}`);
  rmSync(work, { recursive: true, force: true });
  try {
    const build = path.join(packageDir(), 'build');
    cpSync(packageDir(), work, { recursive: true, filter: (file) => file !== build && !file.startsWith(build + path.sep) });
    nodeGyp(work, whisperGypArgs(arch), env);
    mkdirSync(outDir, { recursive: true });
    copyFileSync(path.join(work, 'build', 'Release', 'smart-whisper.node'), out);
    writeFileSync(stamp, stampText);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = Object.fromEntries(
    process.argv.slice(2).map((arg) => {
      const [key, value] = arg.replace(/^--/, '').split('=');
      return [key, value ?? 'true'];
    }),
  );
  const arch = options.arch ?? process.arch;
  if (options.package)
    buildForPackage(arch, path.resolve(options.out ?? path.join('.cache', 'dist-native', `${process.platform}-${arch}`)));
  else buildInPlace();
}
