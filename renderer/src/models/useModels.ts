// The model catalogue (a query, made stale by finished downloads) and its downloads. Lives as long as the window, so a download keeps reporting while
// its dialog is closed. A finished download becomes the model in use when none is set up yet: the user
// who downloads their first model wants to transcribe with it.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DownloadProgress, ModelEntry } from '../../../common/contract';
import { api, useVoicedrillEvent } from '../api';
import { queryKeys } from '../data/queries';
import { errorMessage } from '../format/errors';
import { useToast } from '../notices/ToastProvider';
import type { ModelState } from '../settings/useModelStatus';
import { applyDownloadEvent, startedDownload } from './downloads';

export interface ModelsState {
  models: ModelEntry[] | null;
  listError: string | null;
  downloads: ReadonlyMap<string, DownloadProgress>;
  reload: () => void;
  download: (entry: ModelEntry) => void;
  /** These reject with the user-facing message, for the row to show. */
  cancel: (name: string) => Promise<void>;
  remove: (name: string) => Promise<void>;
  activate: (name: string) => Promise<void>;
}

export function useModels(model: ModelState): ModelsState {
  const toast = useToast();
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.models, queryFn: () => api().listModels() });
  const [downloads, setDownloads] = useState<ReadonlyMap<string, DownloadProgress>>(() => new Map());
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: queryKeys.models }), [client]);
  const latestModel = useRef(model);
  useEffect(() => {
    latestModel.current = model;
  });

  // A model chosen from disk joins the list, and the one in use is marked: re-read when the status changes.
  const statusKey = model.status ? JSON.stringify(model.status) : null;
  const shownStatus = useRef(statusKey);
  useEffect(() => {
    if (shownStatus.current !== null && statusKey !== shownStatus.current) reload();
    shownStatus.current = statusKey;
  }, [statusKey, reload]);

  const activate = useCallback((name: string) => latestModel.current.activate(name), []);

  useVoicedrillEvent('modelDownload', (event) => {
    setDownloads((map) => applyDownloadEvent(map, event));
    // A finished, failed or cancelled download makes the list stale (data/queries.ts).
    if (event.state === 'downloading' || event.state === 'verifying') return;
    if (event.state !== 'done' || latestModel.current.status?.state === 'ready') return;
    activate(event.name)
      .then(() => toast('info', `${event.name} is downloaded and in use.`))
      .catch((e: unknown) => toast('error', errorMessage(e)));
  });

  const download = useCallback((entry: ModelEntry) => {
    const failed = (e: unknown): void =>
      setDownloads((map) => applyDownloadEvent(map, { ...startedDownload(entry), state: 'failed', error: errorMessage(e) }));
    setDownloads((map) => applyDownloadEvent(map, startedDownload(entry)));
    api().downloadModel(entry.name).catch(failed);
  }, []);

  const cancel = useCallback(
    async (name: string) => {
      await api().cancelModelDownload(name);
      setDownloads((map) => {
        const next = new Map(map);
        next.delete(name);
        return next;
      });
      reload();
    },
    [reload],
  );

  const remove = useCallback(
    async (name: string) => {
      await api().deleteModel(name);
      reload();
      latestModel.current.refresh();
    },
    [reload],
  );

  const listError = query.error ? errorMessage(query.error) : null;
  return { models: query.data ?? null, listError, downloads, reload, download, cancel, remove, activate };
}
