// The Electron entry point. It stays thin: windows, security, the app:// protocol and the one IPC channel.
// Everything it serves lives in plain modules that also run under Node (see ./handlers and native/).
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  type FileFilter,
  net,
  protocol,
  session,
  shell,
  utilityProcess,
  type WebContents,
} from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CALL_CHANNEL, CALL_NAMES, EVENT_CHANNEL, type EventName, type Events } from '../../common/contract';
import { callsArgument } from '../../common/ipc';
import { AppError } from '../../common/errors';
import { openApp, type App, type AppOptions } from '../../native/app/compose';
import { describeDamagedOutcome, resolveDamagedLibrary } from '../../native/app/damaged-library';
import { platformDataHome, PRODUCT_NAME, resolveDataPaths } from '../../native/app/paths';
import type { SpawnTranscriber } from '../../native/transcriber/transcriber';
import { createHandlers, dispatch } from './handlers';
import { installPermissionHandlers } from './permissions';

const distDir = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(distDir, 'renderer');
const APP_ORIGIN = 'app://voicedrill';

// A standard, secure scheme gives the renderer a real origin (for the CSP's 'self' and for getUserMedia)
// without opening a local HTTP port.
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.setName(PRODUCT_NAME);

function serveRenderer(): void {
  protocol.handle('app', (request) => {
    const { pathname } = new URL(request.url);
    const file = path.normalize(path.join(rendererDir, decodeURIComponent(pathname)));
    if (!file.startsWith(rendererDir + path.sep)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

function lockDown(): void {
  // The microphone is the only permission the app needs, and only for our own page.
  installPermissionHandlers(session.defaultSession, APP_ORIGIN);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1240,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: PRODUCT_NAME,
    backgroundColor: '#14161a',
    webPreferences: {
      preload: path.join(distDir, 'preload.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
      // The preload builds its proxy from these names without loading the contract's schemas.
      additionalArguments: [callsArgument(CALL_NAMES)],
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** In development node_modules holds better-sqlite3 built for Node; scripts/electron-native.mjs built this one. */
function developmentSqliteBinding(): string | undefined {
  const file = path.join(app.getAppPath(), '.cache', 'electron-native', process.versions.electron, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

/** whisper.cpp runs in a utility process: a native abort fails the attempt in hand, not the app. */
const spawnUtilityTranscriber: SpawnTranscriber = ({ entry, env }) => {
  const child = utilityProcess.fork(entry, [], { env, serviceName: `${PRODUCT_NAME} transcriber`, stdio: 'inherit' });
  let ended: string | null = null;
  child.once('exit', (code) => (ended = `exit code ${code}`));
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      // A process that has just died takes no messages; its 'exit' fails the calls.
      if (ended === null) child.postMessage(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => {
      if (ended !== null) listener(ended);
      else child.once('exit', (code) => listener(`exit code ${code}`));
    },
    kill: () => void child.kill(),
  };
};

function isAppFrame(contents: WebContents, frameUrl: string | undefined): boolean {
  return !contents.isDestroyed() && frameUrl !== undefined && frameUrl.startsWith(`${APP_ORIGIN}/`);
}

/** An open-file dialog for one file of a kind; null when the user cancels. */
async function pickOneFile(win: BrowserWindow | null, title: string, filter: FileFilter): Promise<string | null> {
  const options = { title, properties: ['openFile' as const], filters: [filter] };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/**
 * Opens the library; a damaged one is never written to: the user chooses to recover what can be read into a
 * new library or to start fresh (the damaged file is kept beside it either way), or to quit. Null: quit.
 */
async function openLibrary(options: AppOptions): Promise<App | null> {
  try {
    return await openApp(options);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'database-damaged') throw error;
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: PRODUCT_NAME,
      message: error.message,
      detail:
        'Voicedrill has not changed it. Recover what can still be read into a new library, or start a new one; the damaged file is kept either way.',
      buttons: ['Recover what can be read', 'Start a new library', 'Quit'],
      defaultId: 0,
      cancelId: 2,
    });
    if (response === 2) return null;
    const choice = response === 0 ? 'recover' : 'fresh';
    const outcome = resolveDamagedLibrary(
      options.paths.database,
      choice,
      options.sqliteBinding ? { nativeBinding: options.sqliteBinding } : {},
    );
    await dialog.showMessageBox({ type: 'info', title: PRODUCT_NAME, message: describeDamagedOutcome(choice, outcome) });
    return openApp(options);
  }
}

async function start(): Promise<void> {
  serveRenderer();
  lockDown();
  let win: BrowserWindow | null = null;
  const opened = await openLibrary({
    paths: resolveDataPaths(app.getPath('userData') || platformDataHome()),
    sqliteBinding: app.isPackaged ? undefined : developmentSqliteBinding(),
    spawnTranscriber: spawnUtilityTranscriber,
    // Recovery notices sent before the page subscribed would be lost; the renderer calls rendererReady.
    holdEventsUntilReady: true,
    revealFile: (file) => shell.showItemInFolder(file),
    emit: <E extends EventName>(name: E, payload: Events[E]) => {
      if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
    },
    pickModelFile: () =>
      pickOneFile(win, 'Choose a Whisper model (ggml .bin)', { name: 'whisper.cpp model', extensions: ['bin'] }),
    pickBackupFile: () => pickOneFile(win, 'Restore a Voicedrill backup', { name: 'Voicedrill backup', extensions: ['sqlite'] }),
    pickSaveFile: async (suggestedName) => {
      const options = { title: 'Export', defaultPath: path.join(app.getPath('documents'), suggestedName) };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  });
  if (opened === null) {
    app.quit();
    return;
  }
  const voicedrill: App = opened;
  const handlers = createHandlers(voicedrill);
  // A page that reloads or crashes mid-recording leaves its take stored, not a recording that blocks the next.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('did-start-loading', () => void voicedrill.recordings.settleLive());
    contents.on('render-process-gone', () => void voicedrill.recordings.settleLive());
  });
  ipcMain.handle(CALL_CHANNEL, (event, name: unknown, args: unknown) => {
    if (!isAppFrame(event.sender, event.senderFrame?.url))
      return { ok: false, error: { code: 'invalid-argument', message: 'call from an unknown page' } };
    return dispatch(handlers, name, args, voicedrill.log);
  });
  win = createWindow();
  app.on('before-quit', () => void voicedrill.close());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(PRODUCT_NAME, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
