// A download stopped by a full disk: the failed download says how much space it needs; this offers the
// space partial downloads hold, and deletes them on request.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { queryKeys } from '../data/queries';
import { errorMessage } from '../format/errors';
import { formatBytes } from '../format/time';
import { useToast } from '../notices/ToastProvider';

export function DiskFullNotice({ needed }: { needed: string }) {
  const toast = useToast();
  const client = useQueryClient();
  const partial = useQuery({ queryKey: ['partialDownloads'], queryFn: () => api().partialDownloads() });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = (): void => {
    setBusy(true);
    setError(null);
    api()
      .removePartialDownloads()
      .then(({ freedBytes }) => {
        toast('info', `Deleted partial downloads: ${formatBytes(freedBytes)} freed.`);
        void client.invalidateQueries({ queryKey: ['partialDownloads'] });
        void client.invalidateQueries({ queryKey: queryKeys.models });
      })
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  const bytes = partial.data?.bytes ?? 0;
  // The download's own sentence says how much it needs; it starts in lower case after a colon elsewhere.
  const sentence = needed.charAt(0).toUpperCase() + needed.slice(1);
  return (
    <div className="inline-error disk-full" role="alert" data-testid="disk-full">
      <span>
        The disk is full. {sentence}
        {bytes > 0 ? ` Partial downloads use ${formatBytes(bytes)}.` : ''}
        {error ? ` ${error}` : ''}
      </span>
      {bytes > 0 ? (
        <button type="button" className="button" data-testid="delete-partial-downloads" disabled={busy} onClick={remove}>
          {busy ? 'Deleting…' : `Delete partial downloads (${formatBytes(bytes)})`}
        </button>
      ) : null}
    </div>
  );
}
