// Types for the tests that import scripts/electron-native.mjs.
export function electronGypArgs(electronVersion: string, arch: string): string[];
export function buildSqliteForElectron(arch: string, outDir: string): string;
