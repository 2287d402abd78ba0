// What the preload needs of the contract, without the contract's schemas: the preload runs in every window
// before the page, so it stays a few kilobytes. Main derives the call names from the schema table and hands
// them to the preload as a command-line argument (webPreferences.additionalArguments, which a sandboxed
// preload reads from process.argv).

/** The single IPC channel for calls, and the one for events. */
export const CALL_CHANNEL = 'voicedrill:call';
export const EVENT_CHANNEL = 'voicedrill:event';

const CALLS_ARGUMENT = '--voicedrill-calls=';

/** The argument that carries the call names to the preload. */
export function callsArgument(names: readonly string[]): string {
  return CALLS_ARGUMENT + names.join(',');
}

/** The call names main passed, or none: the preload then exposes no calls, and every use fails loudly. */
export function callNamesFromArgv(argv: readonly string[]): string[] {
  const argument = argv.find((value) => value.startsWith(CALLS_ARGUMENT));
  if (!argument) return [];
  return argument
    .slice(CALLS_ARGUMENT.length)
    .split(',')
    .filter((name) => /^[A-Za-z][A-Za-z0-9]*$/.test(name));
}
