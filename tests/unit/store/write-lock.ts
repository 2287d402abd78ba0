// Another connection holding SQLite's write lock, in a worker thread so the test's own (blocking)
// connection can wait on it the way the app waits on the CLI.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);

const HOLDER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT INTO settings (key, value_json) VALUES ('held', '1') ON CONFLICT (key) DO UPDATE SET value_json = '1'").run();
parentPort.postMessage('locked');
const release = () => { db.exec('COMMIT'); db.close(); parentPort.postMessage('released'); };
if (workerData.holdMs === null) parentPort.once('message', release);
else setTimeout(release, workerData.holdMs);
`;

export interface WriteLock {
  /** Resolves once the worker has committed and closed. */
  released: Promise<void>;
  /** Releases a lock held until told (holdMs null). */
  release: () => void;
}

/** Takes the write lock on `file` in a worker; holds it `holdMs`, or until `release()` when null. */
export async function holdWriteLock(file: string, holdMs: number | null): Promise<WriteLock> {
  const worker = new Worker(HOLDER, { eval: true, workerData: { file, holdMs, driver: require.resolve('better-sqlite3') } });
  let resolveReleased!: () => void;
  const released = new Promise<void>((resolve) => {
    resolveReleased = resolve;
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message) => {
      if (message === 'locked') resolve();
      if (message === 'released') {
        resolveReleased();
        void worker.terminate();
      }
    });
  });
  return { released, release: () => worker.postMessage('release') };
}
