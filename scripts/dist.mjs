// `npm run dist [-- electron-builder options]`: bundles, builds the native addons for the package into
// .cache/dist-native/<platform>-<arch>/ (better-sqlite3 against Electron's headers, whisper.cpp at the
// package CPU baseline), then runs electron-builder, which maps them over node_modules' own builds inside
// the package (electron-builder.yml). node_modules is never rebuilt, so `npm test` and the CLI keep working.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildForPackage } from './build-native.mjs';
import { buildSqliteForElectron } from './electron-native.mjs';
import { run, runTool } from './tool.mjs';

const ARCHES = ['x64', 'arm64', 'ia32', 'armv7l', 'universal'];

/** The arches an electron-builder command line asks for (`--x64`, `--arm64`, …); the host's by default. */
export function requestedArches(args, hostArch = process.arch) {
  const arches = ARCHES.filter((arch) => args.includes(`--${arch}`));
  if (arches.includes('universal')) return ['x64', 'arm64'];
  return arches.length > 0 ? arches : [hostArch];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  run(process.execPath, ['scripts/build-node.mjs']);
  runTool('vite', ['build']);
  for (const arch of requestedArches(args)) {
    const out = path.resolve('.cache', 'dist-native', `${process.platform}-${arch}`);
    buildSqliteForElectron(arch, out);
    buildForPackage(arch, out);
  }
  runTool('electron-builder', args);
}
