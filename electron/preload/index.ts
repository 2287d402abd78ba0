// The preload runs sandboxed with context isolation: it may only use `contextBridge` and `ipcRenderer`.
// It exposes exactly the contract's calls and events on `window.voicedrill`, over one channel each way.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CALL_CHANNEL,
  CALL_NAMES,
  EVENT_CHANNEL,
  type CallName,
  type CallOutcome,
  type EventName,
  type Events,
  type VoicedrillApi,
} from '../../common/contract';

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

const api = Object.fromEntries(CALL_NAMES.map((name) => [name, (...args: unknown[]) => call(name, args)]));

contextBridge.exposeInMainWorld('voicedrill', { ...api, on } as VoicedrillApi);
