// `voicedrill`: the app's pipeline without a window. Errors are one line on stderr (`code: sentence`) and
// a non-zero exit code; the developer detail goes to the log file in the data folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertHasSpeech } from '../audio/facts';
import { parseWordsJson } from '../analysis/words-json';
import { AppError } from '../../common/errors';
import type { Settings } from '../../common/contract';
import { defaultSettings, loadSettings } from '../app/settings';
import { platformDataHome, resolveDataPaths } from '../app/paths';
import { LogFile, logFilePath } from '../log/log-file';
import { ModelLibrary } from '../models/library';
import { shippedCatalogue } from '../models/shipped';
import { scoreSamples, transcribe, type Transcript } from '../pipeline/analyze';
import { rescoreAttempts } from '../pipeline/rescore-attempts';
import { readAudioFile } from '../pipeline/audio-file';
import { SAMPLE_RATE } from '../audio/format';
import { openStore } from '../store';
import { Transcriber } from '../transcriber/transcriber';
import { parseArgs, USAGE, UsageError, type Command } from './args';
import { formatReport } from './format-report';
import { importRecordings } from './import-recordings';
import { isLibraryCommand, LIBRARY_USAGE, LibraryUsageError, parseLibraryCommand, runLibraryCommand } from '../library/cli';
import { PracticeService } from '../library/practice-service';
import { shippedDeck, shippedTwists } from '../library/shipped';
import { DATA_COMMANDS, DATA_USAGE, parseDataCommand, runDataCommand } from './data-commands';
import { resolveModelArgument, runModels } from './models';
import { parseProgressCommand, PROGRESS_USAGE, type ProgressCommand } from './progress-args';
import { runProgressCommand } from './progress-commands';
import { PROGRESS_VERSION, schemaVersion } from '../store/migrations';
import { decodeOggOpusAsync } from '../audio/decode-off-thread';
import { parseRetranscribeCommand, RETRANSCRIBE_USAGE, runRetranscribe, scopeOf } from './retranscribe';

type Analyze = Extract<Command, { kind: 'analyze' }>;
const PROGRESS_COMMANDS = new Set(['history', 'export', 'import']);

const log = new LogFile(logFilePath(resolveDataPaths(platformDataHome()).home));

/**
 * The settings chosen in the app (filler list, model), so the CLI scores the way the app does. Read-only:
 * the CLI never migrates or writes the library. An unreadable library means defaults, with a warning.
 */
function appSettings(): Settings {
  const { database } = resolveDataPaths(platformDataHome());
  if (!existsSync(database)) return defaultSettings();
  try {
    const store = openStore(database, { readonly: true });
    try {
      return loadSettings(store);
    } finally {
      store.close();
    }
  } catch (error) {
    log.error(error, 'reading the app settings');
    const reason = error instanceof AppError ? `${error.code}: ${error.message}` : 'the library could not be read';
    process.stderr.write(`voicedrill: warning: using default settings (${reason})\n`);
    return defaultSettings();
  }
}

function modelLibrary(): ModelLibrary {
  return new ModelLibrary(resolveDataPaths(platformDataHome()).models, shippedCatalogue());
}

/**
 * The model to use: --model, then VOICEDRILL_MODEL, then the one chosen in the app; a name is looked up in the
 * models folder. `otherwise` names what else the command accepts instead of a model, if anything.
 */
function resolveModel(flag: string | null, settings: Settings, otherwise = ''): string {
  const model = flag || process.env.VOICEDRILL_MODEL || settings.modelPath;
  if (!model)
    throw new AppError('model-missing', `no Whisper model: pass --model NAME|PATH (a whisper.cpp ggml .bin file)${otherwise}`);
  return resolveModelArgument(model, modelLibrary());
}

async function readTranscript(path: string, audioDurationSec: number): Promise<Transcript> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new AppError('not-found', `transcript file not found: ${path}`, { cause: error });
  });
  return { words: parseWordsJson(text, audioDurationSec), model: null };
}

async function transcribeFile(samples: Float32Array, model: string): Promise<Transcript> {
  const transcriber = await Transcriber.start({});
  try {
    const info = await transcriber.load(model);
    return await transcribe(transcriber, samples, path.basename(info.path));
  } finally {
    await transcriber.close();
  }
}

async function analyze(command: Analyze): Promise<void> {
  const samples = await readAudioFile(command.audio);
  assertHasSpeech(samples);
  // The transcript is checked before anything else is opened: a bad file fails fast and alone.
  const given = command.transcript ? await readTranscript(command.transcript, samples.length / SAMPLE_RATE) : null;
  const settings = appSettings();
  const transcript =
    given ?? (await transcribeFile(samples, resolveModel(command.model, settings, ' or --transcript words.json')));
  const report = scoreSamples(samples, transcript.words, {
    fillerWords: settings.fillerWords,
    ...(command.question ? { question: command.question } : {}),
  });
  process.stdout.write(
    command.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, transcript.model ?? 'given')}\n`,
  );
}

/** `voicedrill rescore`: the app's stored attempts scored again by this analysis. */
function rescore(all: boolean): void {
  const { database } = resolveDataPaths(platformDataHome());
  if (!existsSync(database)) throw new Error(`no attempts to re-score: ${database} does not exist`);
  const store = openStore(database);
  try {
    const settings = loadSettings(store);
    const result = rescoreAttempts(store, {
      fillerWords: settings.fillerWords,
      all,
      onProgress: (done, total) => process.stderr.write(`\rre-scoring ${done}/${total}`),
    });
    if (result.rescored > 0) process.stderr.write('\n');
    process.stdout.write(
      `re-scored ${result.rescored} attempt${result.rescored === 1 ? '' : 's'}; ${result.current} already current\n`,
    );
  } finally {
    store.close();
  }
}

/** history and export read the library (never writing it); import adds attempts to it. */
async function progressCommand(command: ProgressCommand): Promise<void> {
  const { database } = resolveDataPaths(platformDataHome());
  if (command.kind === 'import') {
    await importCommand(command, database);
    return;
  }
  if (!existsSync(database)) throw new AppError('not-found', 'there is no library yet: record an attempt in the app first');
  const store = openStore(database, { readonly: true });
  try {
    await store.read(async (db) => {
      if (schemaVersion(db) < PROGRESS_VERSION) {
        throw new AppError('cannot-open', 'the library is from an older version: open the app once to update it');
      }
      const written = await runProgressCommand(command, {
        db,
        getAttempt: (id) => store.getAttempt(id),
        getRecording: (id) => store.getRecording(id),
        write: (text) => process.stdout.write(text),
      });
      if (written) process.stderr.write(`voicedrill: wrote ${written}\n`);
    });
  } finally {
    store.close();
  }
}

async function importCommand(command: Extract<ProgressCommand, { kind: 'import' }>, database: string): Promise<void> {
  const settings = appSettings();
  const model = resolveModel(command.model, settings);
  const store = openStore(database);
  const transcriber = await Transcriber.start({});
  // On a terminal the line is redrawn in place; in a log, one line per step.
  const tty = process.stderr.isTTY === true;
  try {
    const info = await transcriber.load(model);
    const result = await importRecordings(command, {
      store,
      transcriber,
      modelName: path.basename(info.path),
      fillerWords: settings.fillerWords,
      progress: (line) => {
        const final = line.includes(': done') || line.includes(': failed');
        process.stderr.write(tty ? `\r${line}\x1b[K${final ? '\n' : ''}` : `${line}\n`);
      },
    });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.failed.length > 0) {
      throw new AppError(
        'audio-unreadable',
        `${result.failed.length} of ${command.files.length} files could not be imported (listed above)`,
      );
    }
  } finally {
    await transcriber.close();
    store.close();
  }
}

/** `voicedrill retranscribe`: stored attempts transcribed again; the JSON result on stdout, progress on stderr. */
async function retranscribeCommand(args: string[]): Promise<void> {
  const command = parseRetranscribeCommand(args);
  const { database } = resolveDataPaths(platformDataHome());
  if (!existsSync(database)) throw new AppError('not-found', 'there is no library yet: record an attempt in the app first');
  const store = openStore(database);
  const transcriber = await Transcriber.start({});
  const tty = process.stderr.isTTY === true;
  // Ctrl-C once: stop after the attempt in hand (which keeps its old result); the default handler is restored.
  const stop = new AbortController();
  const interrupt = (): void => stop.abort();
  process.once('SIGINT', interrupt);
  try {
    const settings = loadSettings(store);
    const info = await transcriber.load(resolveModel(command.model, settings));
    const scope = store.read((db) => scopeOf(db, command.target));
    const result = await runRetranscribe(scope, {
      store,
      transcriber,
      model: path.basename(info.path),
      fillerWords: settings.fillerWords,
      decode: decodeOggOpusAsync,
      signal: stop.signal,
      progress: (line, final) => process.stderr.write(tty ? `\r${line}\x1b[K${final ? '\n' : ''}` : `${line}\n`),
    });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.failed.length > 0)
      throw new AppError(
        'transcription-failed',
        `${result.failed.length} attempts could not be re-transcribed; their old results are kept`,
      );
  } finally {
    process.off('SIGINT', interrupt);
    await transcriber.close();
    store.close();
  }
}

/** `questions`, `stories` and `deck`: the app's library, opened (and, if new, seeded) as the app does. */
function runLibrary(argv: string[]): void {
  const command = parseLibraryCommand(argv);
  const store = openStore(resolveDataPaths(platformDataHome()).database);
  try {
    const practiceStore = store.practice();
    if (practiceStore.isEmpty()) practiceStore.seedDeck(shippedDeck());
    runLibraryCommand(command, new PracticeService(practiceStore, store, shippedTwists()), {
      readFile: (file) => {
        try {
          return readFileSync(file, 'utf8');
        } catch (error) {
          throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      },
      writeFile: (file, text) => writeFileSync(file, text),
      stdout: (text) => void process.stdout.write(text),
    });
  } finally {
    store.close();
  }
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** One line for the terminal: `code: sentence` for coded errors, the first line of anything else. */
function errorLine(error: unknown): string {
  if (error instanceof AppError) return `${error.code}: ${error.message.split('\n')[0]}`;
  if (error instanceof UsageError) return `invalid-argument: ${error.message.split('\n')[0]}`;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

async function main(argv: string[]): Promise<number> {
  try {
    if (isLibraryCommand(argv)) {
      runLibrary(argv);
      return 0;
    }
    if (DATA_COMMANDS.includes(argv[0] ?? '')) {
      if (argv.slice(1).some((arg) => arg === '--help' || arg === '-h')) process.stdout.write(`${USAGE}\n${DATA_USAGE}\n`);
      else
        await runDataCommand(parseDataCommand(argv), resolveDataPaths(platformDataHome()), {
          stdout: (text) => void process.stdout.write(text),
          stderr: (text) => void process.stderr.write(text),
          tty: process.stderr.isTTY === true,
        });
      return 0;
    }
    if (argv[0] === 'retranscribe') {
      if (argv.slice(1).some((arg) => arg === '--help' || arg === '-h')) process.stdout.write(`${RETRANSCRIBE_USAGE}\n`);
      else await retranscribeCommand(argv.slice(1));
      return 0;
    }
    if (PROGRESS_COMMANDS.has(argv[0] ?? '')) {
      const rest = argv.slice(1);
      if (rest.some((arg) => arg === '--help' || arg === '-h')) process.stdout.write(`${USAGE}\n${PROGRESS_USAGE}\n`);
      else await progressCommand(parseProgressCommand(argv[0] as 'history' | 'export' | 'import', rest));
      return 0;
    }
    const command = parseArgs(argv);
    if (command.kind === 'help')
      process.stdout.write(`${USAGE}\n${PROGRESS_USAGE}\n${RETRANSCRIBE_USAGE}\n${LIBRARY_USAGE}\n${DATA_USAGE}\n`);
    else if (command.kind === 'version') process.stdout.write(`${version()}\n`);
    else if (command.kind === 'analyze') await analyze(command);
    else if (command.kind === 'rescore') rescore(command.all);
    else
      await runModels(command, {
        library: modelLibrary(),
        activePath: appSettings().modelPath,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    return 0;
  } catch (error) {
    log.error(error, `voicedrill ${argv.join(' ')}`);
    process.stderr.write(`voicedrill: ${errorLine(error)}\n`);
    if (error instanceof UsageError) {
      process.stderr.write(
        DATA_COMMANDS.includes(argv[0] ?? '')
          ? `usage:\n${DATA_USAGE}\n`
          : `${USAGE}\n${PROGRESS_USAGE}\n${RETRANSCRIBE_USAGE}\n`,
      );
      return 2;
    }
    if (error instanceof LibraryUsageError) {
      process.stderr.write(`usage:\n${LIBRARY_USAGE}\n`);
      return 2;
    }
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
