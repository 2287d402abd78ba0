// Parses the command line into a typed command. Pure, so usage errors are unit-tested.
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'analyze'; audio: string; transcript: string | null; model: string | null; question: string | null; json: boolean }
  | { kind: 'models-list' }
  | { kind: 'models-add'; source: string; sha256: string | null; sha1: string | null; allowUnverified: boolean }
  | { kind: 'models-remove'; name: string }
  | { kind: 'rescore'; all: boolean };

export class UsageError extends Error {}

export const USAGE = `usage: voicedrill analyze <audio.wav> [--transcript words.json] [--model NAME|PATH] [--question TEXT] [--json]
       voicedrill models list
       voicedrill models add <NAME|URL|FILE> [--sha256 HEX] [--sha1 HEX] [--allow-unverified]
       voicedrill models remove <NAME>
       voicedrill rescore [--all]

  analyze   transcribe (unless --transcript is given) and score a spoken answer
  --transcript FILE  use these timed words instead of transcribing: {"words":[{"text":"…","start":1.23,"end":1.51}]}
  --model NAME|PATH  an installed model (base.en) or a whisper.cpp model file
                     (default: VOICEDRILL_MODEL, then the model chosen in the app)
  --question TEXT    the question answered: decides the answer mode (behavioral, design, incident,
                     product) and the checklist the answer is held to
  --json             print the report as JSON (the stable format documented in the README)

  models list     the catalogue and the models in the models folder: size, state, recommended, active
  models add      download a catalogue model (base.en), download a URL, or copy a model file into the folder;
                  --sha256/--sha1 check a URL download against a known checksum;
                  --allow-unverified downloads a model no checksum is known for (size and structure
                  are still checked); plain http:// URLs need VOICEDRILL_ALLOW_HTTP=1
  models remove   delete an installed model (or its partial download)

  rescore         score again the stored attempts an older analysis scored, from their words and audio;
                  --all re-scores every attempt`;

function takeValue(args: string[], index: number, flag: string): string {
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

function isHelp(arg: string | undefined): boolean {
  return arg === 'help' || arg === '--help' || arg === '-h';
}

function takeChecksum(args: string[], index: number, flag: string, digits: number): string {
  const value = takeValue(args, index, flag).toLowerCase();
  if (!new RegExp(`^[0-9a-f]{${digits}}$`).test(value)) throw new UsageError(`${flag} needs ${digits} hex digits`);
  return value;
}

function parseModelsAdd(rest: string[]): Command {
  let source: string | null = null;
  let sha256: string | null = null;
  let sha1: string | null = null;
  let allowUnverified = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--allow-unverified') allowUnverified = true;
    else if (arg === '--sha256') sha256 = takeChecksum(rest, i++, arg, 64);
    else if (arg === '--sha1') sha1 = takeChecksum(rest, i++, arg, 40);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option '${arg}'`);
    else if (source === null) source = arg;
    else throw new UsageError(`unexpected argument '${arg}'`);
  }
  if (source === null) throw new UsageError('models add needs a model name, a URL or a file');
  if ((sha256 || sha1) && !/^https?:\/\//i.test(source)) throw new UsageError('--sha256 and --sha1 apply to a URL download only');
  return { kind: 'models-add', source, sha256, sha1, allowUnverified };
}

function parseModels(args: string[]): Command {
  const [action, ...rest] = args;
  if (action === undefined) throw new UsageError('models needs list, add or remove');
  if (isHelp(action) || rest.some(isHelp)) return { kind: 'help' };
  if (action === 'list') {
    if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0] ?? ''}'`);
    return { kind: 'models-list' };
  }
  if (action === 'add') return parseModelsAdd(rest);
  if (action === 'remove') {
    const [name, extra] = rest;
    if (name === undefined || name.startsWith('--')) throw new UsageError('models remove needs a model name');
    if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
    return { kind: 'models-remove', name };
  }
  throw new UsageError(`unknown models command '${action}'`);
}

export function parseArgs(args: string[]): Command {
  const [command, ...rest] = args;
  if (command === undefined || isHelp(command)) return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command === 'models') return parseModels(rest);
  if (command === 'rescore') {
    if (rest.some(isHelp)) return { kind: 'help' };
    const unknown = rest.find((arg) => arg !== '--all');
    if (unknown !== undefined)
      throw new UsageError(unknown.startsWith('--') ? `unknown option '${unknown}'` : `unexpected argument '${unknown}'`);
    return { kind: 'rescore', all: rest.includes('--all') };
  }
  if (command !== 'analyze') throw new UsageError(`unknown command '${command}'`);

  let audio: string | null = null;
  let transcript: string | null = null;
  let model: string | null = null;
  let question: string | null = null;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--transcript') transcript = takeValue(rest, i++, arg);
    else if (arg === '--model') model = takeValue(rest, i++, arg);
    else if (arg === '--question') question = takeValue(rest, i++, arg);
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else if (arg.startsWith('--')) throw new UsageError(`unknown option '${arg}'`);
    else if (audio === null) audio = arg;
    else throw new UsageError(`unexpected argument '${arg}'`);
  }
  if (audio === null) throw new UsageError('analyze needs an audio file');
  return { kind: 'analyze', audio, transcript, model, question, json };
}
