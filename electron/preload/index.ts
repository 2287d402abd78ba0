// The preload runs sandboxed with context isolation: it may only use `contextBridge` and `ipcRenderer`.
// It exposes exactly the contract's calls and events on `window.voicedrill`, over one channel each way.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
// Only types from the contract: its zod schemas stay in main, so this bundle stays small.
import type { CallName, CallOutcome, EventName, Events, VoicedrillApi } from '../../common/contract';
import { CALL_CHANNEL, callNamesFromArgv, EVENT_CHANNEL } from '../../common/ipc';

// A sandboxed preload sees a subset of Node's process object, argv included.
declare const process: { argv: string[] };

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();

ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: EventName, payload: unknown) => {
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

/**
 * A failed call rejects with the plain `{ code, message }`: contextBridge rebuilds an Error from its message
 * alone, dropping `code`, while a plain object crosses intact. The renderer's api() makes it an Error again.
 */
async function call(name: CallName, args: unknown[]): Promise<unknown> {
  const outcome = (await ipcRenderer.invoke(CALL_CHANNEL, name, args)) as CallOutcome<unknown>;
  if (!outcome.ok) throw { code: outcome.error.code, message: outcome.error.message };
  return outcome.value;
}

function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  const set = listeners.get(event) ?? new Set<Listener>();
  listeners.set(event, set);
  const wrapped = listener as Listener;
  set.add(wrapped);
  return () => set.delete(wrapped);
}

// Main passes the names it derived from the contract's table (see common/ipc.ts).
const names = callNamesFromArgv(process.argv) as CallName[];
const api = Object.fromEntries(names.map((name) => [name, (...args: unknown[]) => call(name, args)]));

contextBridge.exposeInMainWorld('voicedrill', { ...api, on } as VoicedrillApi);
