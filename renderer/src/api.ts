// The bridge to main, and a hook for its events. Everything the renderer asks of main goes through here.
import { useEffect, useRef } from 'react';
import type { EventName, Events, VoicedrillApi } from '../../common/contract';

export function api(): VoicedrillApi {
  return window.voicedrill;
}

/** Subscribes for the component's lifetime; the latest listener is always the one called. */
export function useVoicedrillEvent<E extends EventName>(event: E, listener: (payload: Events[E]) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => api().on(event, (payload) => latest.current(payload)), [event]);
}
