// Runs the real app in Debian's Chromium without Electron: the built renderer bundle, the built preload
// bundle (with `electron` supplied by a small shim over a Playwright binding), and the real main-process
// handlers and core running in this Node process. Only Electron's IPC transport is replaced.
//
// Manual use (screenshots while developing):
//   npm run build && node --import tsx tests/e2e/harness.ts [speech.wav] [screenshot.png]
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CALL_CHANNEL, CALL_NAMES, EVENT_CHANNEL, type EventName, type Events, type SettingsPatch } from '../../common/contract';
import { callsArgument } from '../../common/ipc';
import { createHandlers, dispatch } from '../../electron/main/handlers';
import { openApp, type App } from '../../native/app/compose';
import { resolveDataPaths } from '../../native/app/paths';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.join(repo, 'dist', 'renderer');
const preloadFile = path.join(repo, 'dist', 'preload.cjs');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/**
 * The built renderer, read into memory once it is complete: every file index.html refers to is there.
 * Another `npm test` in this checkout may be rebuilding dist/ right now (vite empties it first), so an
 * incomplete folder is waited on, within a generous bound, rather than served half-written.
 */
async function snapshotRenderer(): Promise<Map<string, Buffer>> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const files = new Map<string, Buffer>();
    try {
      for (const entry of await readdir(rendererDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const file = path.join(entry.parentPath, entry.name);
        files.set(`/${path.relative(rendererDir, file).split(path.sep).join('/')}`, await readFile(file));
      }
    } catch {
      files.clear();
    }
    const index = files.get('/index.html')?.toString('utf8');
    const refs = index ? [...index.matchAll(/(?:src|href)="(?:\.\/|\/)?([^"#?:]+)"/g)].map((m) => `/${m[1]}`) : null;
    if (refs && refs.every((ref) => files.has(ref))) return files;
    if (Date.now() > deadline) throw new Error(`${rendererDir} is incomplete: run \`npm run build\` first`);
    // A build in progress finishes in seconds; look again shortly.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function serveRenderer(): Promise<{ server: Server; origin: string }> {
  const files = await snapshotRenderer();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const body = files.get(pathname === '/' ? '/index.html' : pathname);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': MIME[path.extname(pathname)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

// Electron's IPC carries typed arrays and non-finite numbers by structured clone; the harness carries JSON, so
// the shim wraps them on the way in and out. Both sides of this wrapping live in this file.
type Wire = null | boolean | number | string | Wire[] | { [key: string]: Wire };
const TYPED = '__typedArray';
const NUMBER = '__number';

function toWire(value: unknown): Wire {
  if (typeof value === 'number' && !Number.isFinite(value)) return { [NUMBER]: String(value) };
  if (value instanceof Float32Array || value instanceof Uint8Array) {
    return {
      [TYPED]: value.constructor.name,
      base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
    };
  }
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toWire(v)]),
    );
  }
  return value === undefined ? null : (value as Wire);
}

function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record[NUMBER] === 'string') return Number(record[NUMBER]);
    if (typeof record[TYPED] === 'string' && typeof record.base64 === 'string') {
      const bytes = Buffer.from(record.base64, 'base64');
      const copy = new Uint8Array(bytes.byteLength);
      copy.set(bytes);
      return record[TYPED] === 'Float32Array' ? new Float32Array(copy.buffer) : copy;
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromWire(v)]));
  }
  return value;
}

/** The page-side shim: `require('electron')` for the preload bundle, over the bindings installed below. */
function browserShim(preloadSource: string): string {
  return `(() => {
  const TYPED = ${JSON.stringify(TYPED)};
  const NUMBER = ${JSON.stringify(NUMBER)};
  const toWire = (v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return { [NUMBER]: String(v) };
    if (v instanceof Float32Array || v instanceof Uint8Array) {
      const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      let s = ''; for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      return { [TYPED]: v.constructor.name, base64: btoa(s) };
    }
    if (Array.isArray(v)) return v.map(toWire);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, toWire(x)]));
    return v === undefined ? null : v;
  };
  const fromWire = (v) => {
    if (Array.isArray(v)) return v.map(fromWire);
    if (v && typeof v === 'object') {
      if (typeof v[NUMBER] === 'string') return Number(v[NUMBER]);
      if (typeof v[TYPED] === 'string') {
        const bin = atob(v.base64); const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        return v[TYPED] === 'Float32Array' ? new Float32Array(bytes.buffer) : bytes;
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromWire(x)]));
    }
    return v;
  };
  const listeners = new Map();
  window.__voicedrillEmit = (channel, ...args) => {
    for (const l of listeners.get(channel) ?? []) l({}, ...args.map(fromWire));
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key, api) => { Object.defineProperty(window, key, { value: Object.freeze(api) }); } },
    ipcRenderer: {
      invoke: async (channel, ...args) => fromWire(JSON.parse(await window.__voicedrillInvoke(JSON.stringify([channel, ...args.map(toWire)])))),
      on: (channel, listener) => { const set = listeners.get(channel) ?? new Set(); set.add(listener); listeners.set(channel, set); },
    },
  };
  const require = (name) => { if (name === 'electron') return electron; throw new Error('preload may not require ' + name); };
  const module = { exports: {} };
  const process = { argv: [${JSON.stringify(callsArgument(CALL_NAMES))}] };
  (function (require, module, exports, process) {
${preloadSource}
  })(require, module, module.exports, process);
})();`;
}

export interface HarnessOptions {
  /** WAV file Chromium plays into its fake microphone. */
  microphoneWav: string;
  /** Data folder; a fresh temporary one when absent. */
  home?: string;
  /** Whisper model file to configure before the UI opens. */
  modelPath?: string;
  /** Window size; the default is a roomy 1280×820. */
  viewport?: { width: number; height: number };
  /** Settings to apply before the UI opens. */
  settings?: SettingsPatch;
  /** Where exports go: the save dialog answers with this folder and the suggested name. */
  saveDir?: string;
  /** The open dialog's answer when the user restores a backup (null: cancelled); asked each time. */
  pickBackupFile?: () => string | null;
}

/** Control over the events main sends to the page, so a test can observe the UI between two of them. */
export interface EventGate {
  /** Events matching `which` are held back (in order) instead of delivered, until release(). */
  hold(which: (name: EventName, payload: unknown) => boolean): void;
  /** Delivers everything held, in order, and stops holding. */
  release(): Promise<void>;
  /** Sends one event to the page as main would. */
  send<E extends EventName>(name: E, payload: Events[E]): Promise<void>;
}

export interface Harness {
  page: Page;
  core: App;
  home: string;
  events: EventGate;
  close(): Promise<void>;
}

export async function launchHarness(options: HarnessOptions): Promise<Harness> {
  for (const [file, hint] of [
    [rendererDir, 'run `npm run build` first'],
    [preloadFile, 'run `npm run build` first'],
    [CHROMIUM, 'install Debian chromium (apt-get install -y chromium)'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
  }
  const home = options.home ?? (await mkdtemp(path.join(tmpdir(), 'voicedrill-e2e-')));
  const ownsHome = options.home === undefined;
  const pages = new Set<Page>();
  const deliver = (name: EventName, payload: unknown): Promise<void> =>
    Promise.all(
      [...pages].map((page) =>
        page
          .evaluate(
            (message: string) => {
              const [channel, event, data] = JSON.parse(message) as unknown[];
              (globalThis as unknown as { __voicedrillEmit(...args: unknown[]): void }).__voicedrillEmit(channel, event, data);
            },
            JSON.stringify([EVENT_CHANNEL, name, toWire(payload)]),
          )
          .catch(() => undefined),
      ),
    ).then(() => undefined);
  let holding: ((name: EventName, payload: unknown) => boolean) | null = null;
  const held: [EventName, unknown][] = [];
  const events: EventGate = {
    hold: (which) => {
      holding = which;
    },
    release: async () => {
      holding = null;
      for (const [name, payload] of held.splice(0)) await deliver(name, payload);
    },
    send: (name, payload) => deliver(name, payload),
  };
  const core = await openApp({
    paths: resolveDataPaths(home, {}),
    emit: <E extends EventName>(name: E, payload: Events[E]) => {
      if (holding?.(name, payload)) held.push([name, payload]);
      else void deliver(name, payload);
    },
    pickModelFile: async () => options.modelPath ?? null,
    holdEventsUntilReady: true,
    pickSaveFile: async (name) => (options.saveDir ? path.join(options.saveDir, name) : null),
    pickBackupFile: async () => options.pickBackupFile?.() ?? null,
  });
  const handlers = createHandlers(core);
  if (options.modelPath) await dispatch(handlers, 'chooseModelFile', []);
  if (options.settings) core.settings.update(options.settings);

  const { server, origin } = await serveRenderer();
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${options.microphoneWav}`,
    ],
  });
  const context: BrowserContext = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 820 } });
  // Calls and replies cross as one JSON string each: Playwright serializes an object node by node, which for a
  // progress history cost ~15× what a string does; Electron's structured clone is as cheap as the string.
  await context.exposeBinding('__voicedrillInvoke', async (_source, message: string) => {
    const [channel, name, args] = JSON.parse(message) as unknown[];
    if (channel !== CALL_CHANNEL)
      return JSON.stringify(
        toWire({ ok: false, error: { code: 'invalid-argument', message: `unknown channel ${String(channel)}` } }),
      );
    return JSON.stringify(toWire(await dispatch(handlers, name, fromWire(args), core.log)));
  });
  await context.addInitScript({ content: browserShim(await readFile(preloadFile, 'utf8')) });
  const page = await context.newPage();
  // A generous ceiling for every action, for a loaded 2-core machine; tests wait on states, not on time.
  page.setDefaultTimeout(60_000);
  pages.add(page);
  page.on('pageerror', (error) => console.error(`[renderer] ${error.message}`));
  await page.goto(`${origin}/index.html`);

  return {
    page,
    core,
    home,
    events,
    async close() {
      pages.clear();
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await core.close();
      if (ownsHome) await rm(home, { recursive: true, force: true });
    },
  };
}

// Manual use: open the app on a WAV, wait, and save a screenshot.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [wav, shot = 'screenshot.png'] = process.argv.slice(2);
  if (!wav) {
    console.error('usage: node --import tsx tests/e2e/harness.ts <speech.wav> [screenshot.png]');
    process.exit(2);
  }
  const harness = await launchHarness({ microphoneWav: path.resolve(wav), modelPath: process.env.VOICEDRILL_MODEL });
  await harness.page.waitForTimeout(1500);
  await harness.page.screenshot({ path: shot });
  console.log(`saved ${shot}; data in ${harness.home}`);
  await harness.close();
}
