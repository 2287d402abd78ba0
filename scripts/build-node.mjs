// Bundles the Node side (Electron main, preload, transcriber process, Opus decode worker, CLI) into dist/ with esbuild.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { nodeBundle as node, requireShim } from './bundle-options.mjs';

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
