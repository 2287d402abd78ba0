// Types for the tests that import build/after-pack.mjs.
import type { FuseConfig } from '@electron/fuses';
export function fuseConfig(platform: string, arch: string): FuseConfig;
export function electronBinary(platform: string, appOutDir: string, productFilename: string, executableName: string): string;
export interface AfterPackContext {
  electronPlatformName: string;
  arch: number;
  appOutDir: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
export default function afterPack(context: AfterPackContext): Promise<void>;
