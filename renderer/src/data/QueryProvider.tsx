// One QueryClient for the window, and the subscription that lets main's events invalidate its queries.
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { EVENT_NAMES } from '../../../common/contract';
import { api } from '../api';
import { createQueryClient, invalidateFor } from './queries';

export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  useEffect(() => {
    const unsubscribe = EVENT_NAMES.map((name) => api().on(name, (payload) => invalidateFor(client, name, payload)));
    return () => unsubscribe.forEach((off) => off());
  }, [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
