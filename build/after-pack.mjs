// electron-builder's afterPack hook: flips the Electron fuses in the packaged binary before it is signed.
// Fuses are bits compiled into Electron that no command-line flag or environment variable can turn back.
import path from 'node:path';
import { flipFuses, FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';

/** electron-builder's Arch enum, by value. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** The fuses every package gets (see README, Security). */
export function fuseConfig(platform, arch) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature Apple silicon requires to run; re-sign ad hoc (the
    // real signature, when there is one, comes after this hook).
    resetAdHocDarwinSignature: platform === 'darwin' && (arch === 'arm64' || arch === 'universal'),
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
    [FuseV1Options.RunAsNode]: false,
    // Cookies and other Chromium storage encrypted with an OS-held key.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS and --inspect would let anyone who can start the app inject code into it.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Only the packaged app.asar is loaded, not an app folder placed beside it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  };
}

/** The file whose fuses are flipped, inside electron-builder's output folder for one platform. */
export function electronBinary(platform, appOutDir, productFilename, executableName) {
  if (platform === 'darwin' || platform === 'mas') return path.join(appOutDir, `${productFilename}.app`);
  if (platform === 'win32') return path.join(appOutDir, `${productFilename}.exe`);
  return path.join(appOutDir, executableName);
}

export default async function afterPack(context) {
  const platform = context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const binary = electronBinary(
    platform,
    context.appOutDir,
    context.packager.appInfo.productFilename,
    context.packager.executableName,
  );
  const config = fuseConfig(platform, arch);
  await flipFuses(binary, config);
  // Read the wire back: a package must never ship with a fuse silently left as it was.
  const wire = await getCurrentFuseWire(binary);
  for (const [option, wanted] of Object.entries(config)) {
    if (!/^\d+$/.test(option)) continue;
    const state = wire[option];
    if (state !== (wanted ? FuseState.ENABLE : FuseState.DISABLE)) {
      throw new Error(`fuse ${FuseV1Options[option]} is ${FuseState[state] ?? 'missing'} in ${binary}, wanted ${wanted}`);
    }
  }
}
