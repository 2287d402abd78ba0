// The child's side of the protocol: Electron's utility process talks through process.parentPort,
// a process from child_process.fork through process.send.

import type { FromWorker, ToWorker } from './protocol';

export interface ParentLink {
  post(message: FromWorker): void;
  onMessage(listener: (message: ToWorker) => void): void;
}

/** The part of Electron's ParentPort used here (native/ does not depend on Electron's types). */
interface UtilityParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

export function parentLink(): ParentLink {
  const utilityPort = (process as { parentPort?: UtilityParentPort | null }).parentPort;
  if (utilityPort) {
    return {
      post: (message) => utilityPort.postMessage(message),
      onMessage: (listener) => utilityPort.on('message', (event) => listener(event.data as ToWorker)),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('the transcriber must run as a child process (child_process.fork or utilityProcess.fork)');
  // An orphan would hold the model in memory for nobody. exit() would first wait for the running
  // native call (libuv joins its thread pool), so the process ends itself at once.
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
  return {
    post: (message) => void send(message),
    onMessage: (listener) => process.on('message', (message) => listener(message as ToWorker)),
  };
}
