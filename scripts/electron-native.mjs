// better-sqlite3 for Electron, whose ABI differs from Node's. node_modules keeps better-sqlite3 built for
// Node (the tests and the CLI use it), so this builds a second copy from its sources in a scratch folder:
// - `node scripts/electron-native.mjs` (npm start): into .cache/electron-native/<electron version>/ for
//   this machine, which main loads in development;
// - `--arch=<x64|arm64> --out=<dir>` (npm run dist): for a package's arch; electron-builder.yml maps it
//   over the Node build in the package.
// whisper.cpp's binding is N-API and runs in both without a rebuild (scripts/build-native.mjs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** node-gyp arguments that build an addon against Electron's headers for `arch`. */
export function electronGypArgs(electronVersion, arch) {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers',
  ];
}

/** Builds better_sqlite3.node for Electron into `outDir` unless it is already there. */
export function buildSqliteForElectron(arch, outDir) {
  const electronVersion = require('electron/package.json').version;
  const out = path.join(outDir, 'better_sqlite3.node');
  if (existsSync(out)) return out;
  console.log(`building better-sqlite3 for Electron ${electronVersion} ${arch} (once, about two minutes)…`);
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(path.join(tmpdir(), 'voicedrill-sqlite-'));
  try {
    const build = path.join(source, 'build');
    cpSync(source, work, { recursive: true, filter: (file) => file !== build && !file.startsWith(build + path.sep) });
    const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
    const result = spawnSync(process.execPath, [nodeGyp, ...electronGypArgs(electronVersion, arch)], {
      cwd: work,
      stdio: 'inherit',
    });
    if (result.status !== 0) {
      console.error("building better-sqlite3 for Electron failed (it needs the network once, for Electron's headers)");
      process.exit(result.status ?? 1);
    }
    mkdirSync(outDir, { recursive: true });
    copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), out);
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const electronVersion = require('electron/package.json').version;
  const out = option('out') ?? path.join('.cache', 'electron-native', electronVersion);
  buildSqliteForElectron(option('arch') ?? process.arch, path.resolve(out));
}
