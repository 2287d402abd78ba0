// electron-builder's own configuration loader and file matchers, used without Electron: the tests see the
// configuration and the file patterns exactly as `npm run dist` would apply them.
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// app-builder-lib is electron-builder's engine (its dependency); these are the functions `dist` runs.
const require = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));

type Filter = (file: string, stat: Stats & { moduleFullFilePath?: string }) => boolean;
interface Matcher {
  from: string;
  to: string;
  patterns: string[];
  isEmpty(): boolean;
  createFilter(): Filter;
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: { add(): void; isEnabled: boolean }): Promise<void>;
}
interface FileMatcherModule {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): Matcher[];
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: object,
    packager: object,
  ): Matcher;
  getFileMatchers(
    config: Configuration,
    name: string,
    destination: string,
    options: { macroExpander: (pattern: string) => string; customBuildOptions: object; globalOutDir: string; defaultSrc: string },
  ): Matcher[] | null;
}

const appBuilder = path.dirname(require.resolve('app-builder-lib/package.json'));
const configModule = require(path.join(appBuilder, 'out/util/config/config.js')) as ConfigModule;
const matcherModule = require(path.join(appBuilder, 'out/fileMatcher.js')) as FileMatcherModule;
const resolveModule = require(path.join(appBuilder, 'out/util/resolve.js')) as {
  resolveFunction(type: string | undefined, executor: unknown, name: string, rootSearchDir: string): Promise<unknown>;
};

/** A hook (such as afterPack) as electron-builder loads it from the configuration. */
export function resolveHook(executor: unknown, name: string): Promise<unknown> {
  // electron-builder resolves relative hook paths against the working directory, which `dist` runs in.
  const previous = process.cwd();
  process.chdir(root);
  return resolveModule.resolveFunction('module', executor, name, root).finally(() => process.chdir(previous));
}

const silent = { add: () => undefined, isEnabled: false };

let resolved: Promise<Configuration> | undefined;

/** The configuration electron-builder resolves for this project, after its own schema validation. */
export function resolvedConfig(): Promise<Configuration> {
  resolved ??= configModule.getConfig(root, null, null).then(async (config) => {
    await configModule.validateConfiguration(config, silent);
    return config;
  });
  return resolved;
}

/** Files under `dir`, entering only folders `enter` accepts (as electron-builder's walker does). */
function walk(dir: string, enter: (full: string, relative: string) => boolean, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const relative = path.relative(base, full).split(path.sep).join('/');
    if (entry.isDirectory()) return enter(full, relative) ? walk(full, enter, base) : [];
    return entry.isFile() ? [full] : [];
  });
}

interface PackageJson {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Production dependencies, as folders: what electron-builder copies from node_modules. */
function productionPackages(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (manifest: PackageJson, fromDir: string): void => {
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const candidates = [path.join(fromDir, 'node_modules', name), path.join(root, 'node_modules', name)];
      const dir = candidates.find((candidate) => {
        try {
          return statSync(path.join(candidate, 'package.json')).isFile();
        } catch {
          return false;
        }
      });
      if (!dir || found.has(path.relative(root, dir))) continue;
      found.set(path.relative(root, dir).split(path.sep).join('/'), dir);
      visit(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson, dir);
    }
  };
  visit(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson, root);
  return found;
}

export interface AsarContents {
  /** Paths inside the app (`dist/main.js`, `node_modules/x/…`). */
  files: string[];
  /** The subset electron-builder writes beside the asar (asarUnpack). */
  unpacked: string[];
}

/**
 * The files the package's app.asar would hold, for a platform and arch: electron-builder's matchers from
 * electron-builder.yml applied to this checkout (its dist/ as built, and the production dependencies).
 * `extraAppFiles` stands in for build outputs that may not exist in the checkout (dist/, .cache/dist-native).
 */
export function asarContents(platform: string, arch: string, extraAppFiles: string[] = []): Promise<AsarContents> {
  const key = JSON.stringify([platform, arch, extraAppFiles]);
  let contents = computed.get(key);
  if (!contents) computed.set(key, (contents = computeAsarContents(platform, arch, extraAppFiles)));
  return contents;
}

const computed = new Map<string, Promise<AsarContents>>();

async function computeAsarContents(platform: string, arch: string, extraAppFiles: string[]): Promise<AsarContents> {
  const config = await resolvedConfig();
  const expand = (pattern: string): string => pattern.replaceAll('${platform}', platform).replaceAll('${arch}', arch);
  const packager = {
    info: {
      isPrepackedAppAsar: false,
      config,
      projectDir: root,
      buildResourcesDir: config.directories?.buildResources ?? 'build',
      debugLogger: silent,
    },
    config,
    debugLogger: silent,
  };
  const destination = '/package/resources/app';
  const outDir = path.join(root, config.directories?.output ?? 'release');
  const matchers = matcherModule.getMainFileMatchers(root, destination, expand, {}, packager, outDir, false);
  const [main, ...mappings] = matchers;
  if (!main) throw new Error('electron-builder made no file matcher');
  const mainFilter = main.createFilter();
  const files = new Set<string>();
  // node_modules is collected from the dependency tree below, as electron-builder does.
  const enter = (full: string, relative: string): boolean =>
    relative !== '.git' && relative !== 'node_modules' && mainFilter(full, statSync(full));
  for (const full of walk(root, enter)) {
    if (mainFilter(full, statSync(full))) files.add(path.relative(root, full).split(path.sep).join('/'));
  }
  const fileStat = statSync(path.join(root, 'package.json'));
  for (const relative of extraAppFiles) if (mainFilter(path.join(root, relative), fileStat)) files.add(relative);

  const moduleMatcher = matcherModule.getNodeModuleFileMatcher(root, destination, expand, {}, packager);
  const moduleFilter = moduleMatcher.isEmpty() ? () => true : moduleMatcher.createFilter();
  for (const [relativeDir, dir] of productionPackages()) {
    for (const full of walk(dir, (_full, relative) => relative !== 'node_modules' && !relative.endsWith('/node_modules'))) {
      const relative = `${relativeDir}/${path.relative(dir, full).split(path.sep).join('/')}`;
      const stat = Object.assign(statSync(full), { moduleFullFilePath: relative });
      if (moduleFilter(full, stat)) files.add(relative);
    }
  }

  // File sets with from/to (the native addons built for the package) land at their destination.
  for (const mapping of mappings) {
    for (const pattern of mapping.patterns) {
      files.add(path.relative(destination, path.join(mapping.to, pattern)).split(path.sep).join('/'));
    }
  }

  const unpackMatchers = matcherModule.getFileMatchers(config, 'asarUnpack', destination, {
    macroExpander: expand,
    customBuildOptions: {},
    globalOutDir: outDir,
    defaultSrc: root,
  });
  const unpackFilter = unpackMatchers?.[0]?.createFilter();
  const unpacked = unpackFilter ? [...files].filter((relative) => unpackFilter(path.join(root, relative), fileStat)) : [];
  return { files: [...files].sort(), unpacked: unpacked.sort() };
}
