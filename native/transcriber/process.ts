// How the client starts its transcriber process. Under plain Node (CLI, tests, the Chromium harness)
// that is child_process.fork; Electron's main passes a spawner built on utilityProcess.fork. Both carry
// the same protocol (protocol.ts), with structured cloning so that PCM travels as a Float32Array.

import { fork } from 'node:child_process';
import type { FromWorker, ToWorker } from './protocol';

/** A running transcriber process, as the client sees it. */
export interface TranscriberProcess {
  /** Undefined until the process has started and after it has ended. */
  readonly pid: number | undefined;
  send(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  /** Called once when the process has ended (or could not start), with how: "exit code 3", "signal SIGKILL". */
  onExit(listener: (how: string) => void): void;
  /** Ends the process without waiting for it. */
  kill(): void;
}

export interface SpawnRequest {
  /** The entry script's path: TypeScript source (run through tsx) or the bundled transcriber-worker.js. */
  entry: string;
  env: NodeJS.ProcessEnv;
}

export type SpawnTranscriber = (request: SpawnRequest) => TranscriberProcess;

/** child_process.fork with the advanced (structured clone) serialization. */
export const forkTranscriber: SpawnTranscriber = ({ entry, env }) => {
  // tsx is registered explicitly: a test runner's or a script's own --import flags are not for the child.
  const execArgv = entry.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
  const child = fork(entry, [], { env, execArgv, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let ended: string | null = null;
  const exitListeners: ((how: string) => void)[] = [];
  const end = (how: string): void => {
    if (ended !== null) return;
    ended = how;
    for (const listener of exitListeners) listener(how);
  };
  child.on('exit', (code, signal) => end(signal ? `signal ${signal}` : `exit code ${code}`));
  child.on('error', (error) => {
    // A failed spawn may emit only 'error'; a failed send to a dying process is followed by 'exit'.
    if (child.pid === undefined) end(`could not start: ${error.message}`);
  });
  return {
    get pid() {
      return ended === null ? child.pid : undefined;
    },
    send: (message) => {
      // A process that has just died takes no messages; its 'exit' fails the calls.
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', (message) => listener(message as FromWorker)),
    onExit: (listener) => {
      if (ended !== null) listener(ended);
      else exitListeners.push(listener);
    },
    kill: () => void child.kill(),
  };
};
