// The bridge to main, and a hook for its events. Everything the renderer asks of main goes through here.
import { useEffect, useRef } from 'react';
import { CALL_NAMES, type EventName, type Events, type VoicedrillApi } from '../../common/contract';

/** A call main refused or failed: `message` is written for the user, `code` is for the code to branch on. */
export class CallError extends Error {
  override readonly name = 'CallError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function asCallError(reason: unknown): CallError {
  if (reason instanceof CallError) return reason;
  const { code, message } = (typeof reason === 'object' && reason !== null ? reason : {}) as {
    code?: unknown;
    message?: unknown;
  };
  return new CallError(
    typeof code === 'string' ? code : 'internal',
    typeof message === 'string' && message ? message : String(reason),
  );
}

/**
 * The bridge's calls, rejecting with a CallError. The preload rejects with a plain `{ code, message }`
 * because contextBridge keeps only the message of an Error; here, in the page's world, it is an Error again.
 */
export function withCallErrors(bridge: VoicedrillApi): VoicedrillApi {
  const calls = Object.fromEntries(
    CALL_NAMES.map((name) => {
      const send = bridge[name] as (...args: unknown[]) => Promise<unknown>;
      return [name, (...args: unknown[]) => send(...args).catch((reason: unknown) => Promise.reject(asCallError(reason)))];
    }),
  );
  return { ...calls, on: bridge.on } as VoicedrillApi;
}

let wrapped: VoicedrillApi | null = null;

export function api(): VoicedrillApi {
  // globalThis rather than window: the module is also loaded by tests under Node.
  wrapped ??= withCallErrors((globalThis as unknown as { voicedrill: VoicedrillApi }).voicedrill);
  return wrapped;
}

/** Subscribes for the component's lifetime; the latest listener is always the one called. */
export function useVoicedrillEvent<E extends EventName>(event: E, listener: (payload: Events[E]) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => api().on(event, (payload) => latest.current(payload)), [event]);
}
