// What the package's app.asar would hold, from electron-builder.yml's `files` and `asarUnpack` applied by
// electron-builder's own matchers to this checkout: the app, its production dependencies and the native
// addons built for the package — no C sources, build intermediates, tests or caches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asarContents } from './builder-config';

// Build outputs, named here so the check does not depend on a prior `npm run build`.
const BUILT = [
  'dist/main.js',
  'dist/main.js.map',
  'dist/preload.cjs',
  'dist/cli.js',
  'dist/transcriber-worker.js',
  'dist/opus-decode-worker.js',
  'dist/renderer/index.html',
];
const SOURCE =
  /\.(c|cc|cpp|cxx|h|hpp|m|mm|cu|metal|gyp|gypi|mk|o|obj|a|lib|pdb|tlog)$|(^|\/)(Makefile|CMakeLists\.txt|config\.gypi)$/;

for (const [platform, arch] of [
  ['linux', 'x64'],
  ['darwin', 'arm64'],
  ['win32', 'x64'],
]) {
  test(`${platform}-${arch}: the asar holds the app and the addons built for the package`, async () => {
    const { files } = await asarContents(platform ?? '', arch ?? '', BUILT);
    for (const needed of [
      'package.json',
      'dist/main.js',
      'dist/preload.cjs',
      'dist/transcriber-worker.js',
      'dist/opus-decode-worker.js',
      'dist/renderer/index.html',
      'resources/models.json',
      'node_modules/smart-whisper/dist/index.js',
      'node_modules/better-sqlite3/lib/index.js',
      'node_modules/opusscript/package.json',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/smart-whisper/build/Release/smart-whisper.node',
    ]) {
      assert.ok(files.includes(needed), `${needed} is missing from the package`);
    }
    assert.deepEqual(
      files.filter((file) => SOURCE.test(file)),
      [],
      'C sources or build intermediates in the package',
    );
    assert.deepEqual(
      files.filter(
        (file) =>
          /^(tests|scripts|common|native|renderer|electron|\.cache|release|build)\//.test(file) ||
          (file.endsWith('.ts') && !file.endsWith('.d.ts')),
      ),
      [],
      'sources, tests or caches in the package',
    );
    assert.deepEqual(
      files.filter((file) => file.endsWith('.map')),
      [],
      'source maps in the package',
    );
    assert.equal(files.includes('resources/screenshot.png'), false);
  });

  test(`${platform}-${arch}: only the native addons and the worker entries are unpacked`, async () => {
    const { unpacked } = await asarContents(platform ?? '', arch ?? '', BUILT);
    assert.ok(unpacked.includes('node_modules/better-sqlite3/build/Release/better_sqlite3.node'));
    assert.ok(unpacked.includes('node_modules/smart-whisper/build/Release/smart-whisper.node'));
    assert.deepEqual(
      unpacked.filter((file) => !file.endsWith('.node') && !/^dist\/(transcriber-[\w-]+|opus-decode-worker)\.js$/.test(file)),
      [],
      'unpacked files other than addons and the worker entries',
    );
  });
}
