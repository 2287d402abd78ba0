// `npm start` runs the app in Electron, whose ABI differs from Node's. node_modules keeps better-sqlite3
// built for Node (the tests and the CLI use it), so this builds a second copy for Electron into
// .cache/electron-native/<electron version>/ once, and main loads that one in development.
// (whisper.cpp's binding is N-API and runs in both without a rebuild; packaged builds are rebuilt by
// electron-builder.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const out = path.resolve('.cache', 'electron-native', electronVersion, 'better_sqlite3.node');
if (existsSync(out)) process.exit(0);

console.log(`building better-sqlite3 for Electron ${electronVersion} (once, about two minutes)…`);
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(path.join(tmpdir(), 'voicedrill-sqlite-'));
try {
  cpSync(source, work, { recursive: true, filter: (file) => !file.includes(`${path.sep}build${path.sep}`) });
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
    { cwd: work, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error('building better-sqlite3 for Electron failed (it needs the network once, for Electron\'s headers)');
    process.exit(result.status ?? 1);
  }
  mkdirSync(path.dirname(out), { recursive: true });
  copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), out);
} finally {
  rmSync(work, { recursive: true, force: true });
}
