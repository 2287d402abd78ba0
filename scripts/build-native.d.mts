// Types for the tests that import scripts/build-native.mjs.
export type BuildPurpose = 'local' | 'package';
export function cpuFlagCandidates(platform: string, arch: string, purpose: BuildPurpose): string[];
export function compilerEnv(platform: string, cpuFlags: string): Record<string, string>;
export function chooseCpuFlags(candidates: readonly string[], accepts: (flags: string) => boolean): string;
export function whisperGypArgs(arch: string): string[];
export function buildForPackage(arch: string, outDir: string): void;
export function patchStamp(patchesDir?: string): string;
