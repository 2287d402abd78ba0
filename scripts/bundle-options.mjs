// The esbuild options of every Node-side bundle: the app's (build-node.mjs) and the benchmark's (bench.mjs),
// so that the benchmark runs code bundled exactly as the app's is.
// Native and wasm packages stay external: they are loaded from node_modules at run time.
const external = ['electron', 'better-sqlite3', 'smart-whisper', 'opusscript'];
// Bundled CommonJS dependencies may call require(); ESM output has none unless we provide it.
export const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  banner: { js: requireShim },
  logLevel: 'warning',
};
