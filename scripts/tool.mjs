// Runs a package's command-line tool with this Node binary and the tool's JS entry point, so the scripts
// never spawn `npm`/`npx` (on Windows those are .cmd shims that spawn without a shell cannot start).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The JS file behind `command` of package `name` (from its package.json `bin`). */
export function toolEntry(name, command = name) {
  const manifest = require.resolve(`${name}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  const file = typeof bin === 'string' ? bin : bin?.[command];
  if (!file) throw new Error(`${name} has no command ${command}`);
  return path.join(path.dirname(manifest), file);
}

/** Prints and runs a command; exits with its status when it fails. */
export function run(file, args, options = {}) {
  console.log(`$ ${[path.basename(file), ...args].join(' ')}`);
  const result = spawnSync(file, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs a package's tool (see toolEntry) under this Node. */
export function runTool(name, args, options = {}) {
  const [pkg, command] = Array.isArray(name) ? name : [name, name];
  run(process.execPath, [toolEntry(pkg, command), ...args], options);
}
