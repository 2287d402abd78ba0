// Bundles the Node side (Electron main, preload, transcriber process, Opus decode worker, CLI) into dist/ with esbuild.
// Native and wasm packages stay external: they are loaded from node_modules at run time.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

const external = ['electron', 'better-sqlite3', 'smart-whisper', 'opusscript'];
// Bundled CommonJS dependencies may call require(); ESM output has none unless we provide it.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  banner: { js: requireShim },
  logLevel: 'warning',
};

await Promise.all([
  build({ ...node, entryPoints: { main: 'electron/main/index.ts' }, outdir: 'dist' }),
  build({ ...node, entryPoints: { 'transcriber-worker': 'native/transcriber/worker.ts' }, outdir: 'dist' }),
  build({ ...node, entryPoints: { 'opus-decode-worker': 'native/audio/decode-worker.ts' }, outdir: 'dist' }),
  build({
    ...node,
    entryPoints: { cli: 'native/cli/index.ts' },
    outdir: 'dist',
    banner: { js: `#!/usr/bin/env node\n${requireShim}` },
  }),
  // A sandboxed preload must be a single CommonJS script that requires nothing but 'electron'.
  build({
    entryPoints: { preload: 'electron/preload/index.ts' },
    outfile: 'dist/preload.cjs',
    bundle: true,
    platform: 'node',
    target: 'chrome130',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['electron'],
    logLevel: 'warning',
  }),
]);
await chmod('dist/cli.js', 0o755);
