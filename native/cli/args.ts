// Parses the command line into a typed command. Pure, so usage errors are unit-tested.
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'analyze'; audio: string; transcript: string | null; model: string | null; json: boolean };

export class UsageError extends Error {}

export const USAGE = `usage: voicedrill analyze <audio.wav> [--transcript words.json] [--model PATH] [--json]

  analyze   transcribe (unless --transcript is given) and score a spoken answer
  --transcript FILE  use these timed words instead of transcribing: {"words":[{"text":"…","start":1.23,"end":1.51}]}
  --model PATH       the whisper.cpp model file (default: VOICEDRILL_MODEL, then the model chosen in the app)
  --json             print the report as JSON (the stable format documented in the README)`;

function takeValue(args: string[], index: number, flag: string): string {
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

export function parseArgs(args: string[]): Command {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command !== 'analyze') throw new UsageError(`unknown command '${command}'`);

  let audio: string | null = null;
  let transcript: string | null = null;
  let model: string | null = null;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--transcript') transcript = takeValue(rest, i++, arg);
    else if (arg === '--model') model = takeValue(rest, i++, arg);
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else if (arg.startsWith('--')) throw new UsageError(`unknown option '${arg}'`);
    else if (audio === null) audio = arg;
    else throw new UsageError(`unexpected argument '${arg}'`);
  }
  if (audio === null) throw new UsageError('analyze needs an audio file');
  return { kind: 'analyze', audio, transcript, model, json };
}
