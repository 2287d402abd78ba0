// `voicedrill models list|add|remove`, and model names for --model: the CLI's side of the library.
import { existsSync } from 'node:fs';
import type { ModelEntry } from '../../common/contract';
import { AppError } from '../../common/errors';
import { findModel } from '../models/catalogue';
import type { ModelLibrary } from '../models/library';
import type { Command } from './args';
import { formatModelTable } from './format-models';
import { progressPrinter, type ProgressOutput } from './progress-line';

type ModelsCommand = Extract<Command, { kind: 'models-list' | 'models-add' | 'models-remove' }>;

export interface ModelsContext {
  library: ModelLibrary;
  /** The model chosen in the app, to mark as active. */
  activePath: string | null;
  stdout: ProgressOutput;
  stderr: ProgressOutput;
}

const URL_PATTERN = /^https?:\/\//i;

function catalogueNames(library: ModelLibrary): string {
  return library.catalogue.models.map((model) => model.name).join(', ');
}

/** Downloads with a progress line, cancelled (keeping the .part) by Ctrl-C. */
async function withProgress(
  context: ModelsContext,
  start: (signal: AbortSignal, onProgress: ReturnType<typeof progressPrinter>) => Promise<string>,
): Promise<string> {
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  process.once('SIGINT', cancel);
  try {
    return await start(controller.signal, progressPrinter(context.stderr));
  } finally {
    process.off('SIGINT', cancel);
  }
}

/** The library's sentence, with how to confirm from the command line. */
function withCliHint(error: unknown): unknown {
  if (error instanceof AppError && error.code === 'model-unverified') {
    return new AppError('model-unverified', `${error.message} Run again with --allow-unverified to download it anyway.`, {
      cause: error,
    });
  }
  return error;
}

async function add(command: Extract<ModelsCommand, { kind: 'models-add' }>, context: ModelsContext): Promise<void> {
  const { library } = context;
  const { source, allowUnverified } = command;
  if (URL_PATTERN.test(source)) {
    const path = await withProgress(context, (signal, onProgress) =>
      library.addUrl(source, { sha256: command.sha256, sha1: command.sha1, allowUnverified, signal, onProgress }),
    ).catch((error: unknown) => {
      throw withCliHint(error);
    });
    context.stdout.write(`installed ${path}\n`);
    return;
  }
  if (!existsSync(source)) {
    const model = findModel(library.catalogue, source);
    // A URL download that was interrupted resumes by its file name.
    if (!model && !(await library.canResume(source).catch(() => false))) {
      throw new AppError(
        'not-found',
        `no such file, URL or catalogue model: '${source}' (the catalogue has ${catalogueNames(library)})`,
      );
    }
    const name = model?.name ?? source;
    const path = await withProgress(context, (signal, onProgress) =>
      library.download(name, { allowUnverified, signal, onProgress }),
    ).catch((error: unknown) => {
      throw withCliHint(error);
    });
    context.stdout.write(`installed ${name}: ${path}\n`);
    return;
  }
  context.stdout.write(`added ${await library.addFile(source)}\n`);
}

export async function runModels(command: ModelsCommand, context: ModelsContext): Promise<void> {
  const { library } = context;
  if (command.kind === 'models-list') {
    const inexact = new Set(library.catalogue.models.filter((model) => !model.sizeExact).map((model) => model.name));
    const approximate = (entry: ModelEntry): boolean => entry.state !== 'installed' && inexact.has(entry.name);
    context.stdout.write(`${formatModelTable(library.list(context.activePath), approximate)}\n\nmodels folder: ${library.dir}\n`);
  } else if (command.kind === 'models-add') {
    await add(command, context);
  } else {
    await library.remove(command.name);
    context.stdout.write(`removed ${command.name}\n`);
  }
}

/**
 * A --model value as a file path: an existing file or anything with a path separator is a path;
 * otherwise a catalogue name or a file in the models folder is looked up there.
 */
export function resolveModelArgument(value: string, library: ModelLibrary): string {
  if (existsSync(value) || /[/\\]/.test(value)) return value;
  const model = findModel(library.catalogue, value);
  if (model) {
    try {
      return library.pathOf(model.name);
    } catch {
      throw new Error(`model '${model.name}' is not installed; run: voicedrill models add ${model.name}`);
    }
  }
  try {
    return library.pathOf(value);
  } catch {
    return value;
  }
}
