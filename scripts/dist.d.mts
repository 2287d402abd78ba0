// Types for the tests that import scripts/dist.mjs.
export function requestedArches(args: readonly string[], hostArch?: string): string[];
