// `voicedrill backup | restore | delete-everything`: the app's "Your data" section on the command line,
// through the same BackupService. Parsing is pure (node:util parseArgs), so usage errors are unit-tested.
import { parseArgs } from 'node:util';
import { AppError } from '../../common/errors';
import type { LibraryCounts, RestorePreview } from '../../common/contract';
import { BackupService } from '../app/backup';
import type { DataPaths } from '../app/paths';
import { shippedDeck } from '../library/shipped';
import { openStore } from '../store';
import { UsageError } from './args';
import { formatBytes } from './format-models';

export type DataCommand =
  | { kind: 'backup'; file: string }
  | { kind: 'restore'; file: string; yes: boolean }
  | { kind: 'delete-everything'; yes: boolean };

export const DATA_COMMANDS: readonly string[] = ['backup', 'restore', 'delete-everything'];

export const DATA_USAGE = `       voicedrill backup <FILE>
       voicedrill restore <FILE> [--yes]
       voicedrill delete-everything --yes

  backup             writes the whole library (questions, stories, attempts with their audio, transcripts,
                     scores, predictions, settings) to one file; models are not included
  restore            checks FILE, then replaces the whole library with it; a copy of the current library is
                     kept in the backups folder. Without --yes it only shows what would be replaced
  delete-everything  deletes every attempt, recording, question and story you made, your settings, the
                     automatic backups and the log, and starts a fresh library; models stay. No copy is kept
  Close the app before restore or delete-everything: the app would not know its library was replaced.`;

export function parseDataCommand(argv: readonly string[]): DataCommand {
  const [name, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { yes: { type: 'boolean', short: 'y' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. ')[0]!.replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  const yes = values.yes === true;
  if (name === 'delete-everything') {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (!yes) {
      throw new UsageError(
        'delete-everything deletes every attempt, recording, question, story and setting, and cannot be undone; add --yes to do it',
      );
    }
    return { kind: 'delete-everything', yes };
  }
  if (positionals.length !== 1 || positionals[0]!.trim() === '') {
    throw new UsageError(`${name} needs exactly one file: voicedrill ${name} <FILE>`);
  }
  const file = positionals[0]!;
  if (name === 'backup') {
    if (yes) throw new UsageError('backup takes no --yes: it never replaces the library');
    return { kind: 'backup', file };
  }
  if (name === 'restore') return { kind: 'restore', file, yes };
  throw new UsageError(`unknown command '${name ?? ''}'`);
}

export function describeCounts(counts: LibraryCounts): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return `${plural(counts.questions, 'question')}, ${plural(counts.stories, 'story', 'stories')}, ${plural(counts.attempts, 'attempt')} (${formatBytes(counts.audioBytes)} of audio)`;
}

export function describePreview(preview: RestorePreview): string {
  return [`backup:  ${describeCounts(preview.backup)}`, `current: ${describeCounts(preview.current)}`].join('\n');
}

export interface DataOutput {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal: progress is redrawn in place. */
  tty: boolean;
}

/** Runs one command against the library in `paths` (created, with the starter deck, if there is none). */
export async function runDataCommand(
  command: DataCommand,
  paths: DataPaths,
  output: DataOutput,
  options: { nativeBinding?: string } = {},
): Promise<void> {
  const store = openStore(paths.database, options);
  try {
    const practice = store.practice();
    if (practice.isEmpty()) practice.seedDeck(shippedDeck());
    let lastTenth = -1;
    const service = new BackupService({
      store,
      paths,
      ...options,
      emit: (name, payload) => {
        if (name !== 'backupProgress') return;
        const { done, total } = payload as { done: number; total: number };
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
        if (output.tty) output.stderr(`\rbacking up… ${percent}%\x1b[K${done === total ? '\n' : ''}`);
        else if (Math.floor(percent / 10) > lastTenth) {
          lastTenth = Math.floor(percent / 10);
          output.stderr(`backing up… ${percent}%\n`);
        }
      },
    });
    if (command.kind === 'backup') {
      const { path, bytes } = await service.backup(command.file);
      output.stdout(`backed up ${describeCounts(service.counts())} to ${path} (${formatBytes(bytes)})\n`);
      return;
    }
    if (command.kind === 'delete-everything') {
      await service.erase();
      output.stdout('deleted everything: the library is a fresh one, with the starter questions\n');
      return;
    }
    const preview = await service.inspect(command.file);
    if (preview === null) throw new AppError('not-found', `There is no backup at ${command.file}.`);
    if (!command.yes) {
      service.cancelRestore(preview.token);
      output.stdout(`${describePreview(preview)}\n`);
      throw new AppError(
        'cancelled',
        `the backup is sound, but nothing was replaced: run voicedrill restore ${command.file} --yes to replace the current library with it`,
      );
    }
    const { safetyCopy, counts } = await service.restore(preview.token);
    output.stdout(`restored ${describeCounts(counts)} from ${preview.file}\nthe library it replaced is kept at ${safetyCopy}\n`);
  } finally {
    store.close();
  }
}
