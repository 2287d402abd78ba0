// `npm run bench`: the benchmark (scripts/bench.ts) run as the app runs, bundled instead of through tsx.
// The app's bundles are built first, and the transcriber process runs dist/transcriber-worker.js, the file
// packaged apps start; the benchmark itself (the app's core, in place of Electron's main) is bundled with
// the same esbuild options. Arguments are passed on (--runs N, --quick).
import { build } from 'esbuild';
import { nodeBundle } from './bundle-options.mjs';
import { run } from './tool.mjs';

run(process.execPath, ['scripts/build-node.mjs']);
// Two folders below the root, like tests/utils: the test helpers it bundles find .cache by relative paths.
await build({ ...nodeBundle, entryPoints: { bench: 'scripts/bench.ts' }, outdir: '.cache/bench' });
run(process.execPath, ['.cache/bench/bench.js', '--transcriber', 'dist/transcriber-worker.js', ...process.argv.slice(2)]);
