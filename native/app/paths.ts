import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name; Electron derives its per-user data folder from it, and the CLI must find the same one. */
export const PRODUCT_NAME = 'Voicedrill';

export interface DataPaths {
  home: string;
  database: string;
  journal: string;
  models: string;
}

/** The per-user data folder Electron's app.getPath('userData') gives on each platform, for the CLI's use. */
export function platformDataHome(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** VOICEDRILL_HOME overrides the data folder, for tests and for scripting the CLI. */
export function resolveDataPaths(defaultHome: string, env = process.env): DataPaths {
  const home = env.VOICEDRILL_HOME || defaultHome;
  return {
    home,
    database: join(home, 'voicedrill.sqlite'),
    journal: join(home, 'journal'),
    models: join(home, 'models'),
  };
}
