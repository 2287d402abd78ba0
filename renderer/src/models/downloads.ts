// Model downloads as the UI shows them: progress wording, what a row's state is while a download runs,
// and when the first-run screen is due. Pure, so it is unit-tested.
import type { DownloadProgress, ModelEntry, ModelStatus } from '../../../common/contract';
import { formatBytes } from '../format/time';

const GB = 1e9;
const MB = 1e6;
const KB = 1e3;

/** "42.1 of 148 MB": both figures in the total's unit, so they can be compared at a glance. */
export function formatByteProgress(received: number, total: number): string {
  if (total >= GB) return `${(received / GB).toFixed(1)} of ${(total / GB).toFixed(1)} GB`;
  if (total >= MB) return `${(received / MB).toFixed(1)} of ${formatBytes(total)}`;
  if (total >= KB) return `${Math.round(received / KB)} of ${formatBytes(total)}`;
  return `${received} of ${total} B`;
}

/** "3.2 MB/s"; null until there is a speed to show. */
export function formatSpeed(bytesPerSec: number): string | null {
  if (!Number.isFinite(bytesPerSec) || bytesPerSec <= 0) return null;
  if (bytesPerSec >= MB) return `${(bytesPerSec / MB).toFixed(1)} MB/s`;
  if (bytesPerSec >= KB) return `${Math.round(bytesPerSec / KB)} kB/s`;
  return `${Math.round(bytesPerSec)} B/s`;
}

/** "about 33 s left", "about 4 min left"; null while the speed, hence the time, is unknown. */
export function formatEta(etaSec: number | null): string | null {
  if (etaSec === null || !Number.isFinite(etaSec) || etaSec < 0) return null;
  const sec = Math.round(etaSec);
  if (sec < 5) return 'a few seconds left';
  if (sec < 60) return `about ${sec} s left`;
  const min = Math.round(sec / 60);
  if (min < 60) return `about ${min} min left`;
  return `about ${Math.floor(min / 60)} h ${min % 60} min left`;
}

export function progressPercent(received: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.min(100, Math.max(0, (received / total) * 100));
}

export type RowState = 'available' | 'partial' | 'downloading' | 'verifying' | 'failed' | 'installed';

/** A live download event is newer than the listed state, so it wins while there is one. */
export function rowState(entry: Pick<ModelEntry, 'state'>, progress: Pick<DownloadProgress, 'state'> | undefined): RowState {
  if (progress?.state === 'downloading' || progress?.state === 'verifying' || progress?.state === 'failed') return progress.state;
  return entry.state;
}

/**
 * Keeps the downloads that need showing: running, being checked, or failed (with their error until
 * retried). Done and cancelled ones drop out: the refreshed list then says installed or partial.
 */
export function applyDownloadEvent(
  downloads: ReadonlyMap<string, DownloadProgress>,
  event: DownloadProgress,
): ReadonlyMap<string, DownloadProgress> {
  const next = new Map(downloads);
  if (event.state === 'done' || event.state === 'cancelled') next.delete(event.name);
  else next.set(event.name, event);
  return next;
}

/** Shown from the click until main's first event, so the button's effect is immediate. */
export function startedDownload(entry: Pick<ModelEntry, 'name' | 'sizeBytes' | 'receivedBytes'>): DownloadProgress {
  return {
    name: entry.name,
    state: 'downloading',
    receivedBytes: entry.receivedBytes,
    totalBytes: entry.sizeBytes,
    bytesPerSec: 0,
    etaSec: null,
  };
}

export function recommendedModel(models: readonly ModelEntry[] | null): ModelEntry | null {
  return models?.find((m) => m.recommended) ?? null;
}

export interface FirstRunInput {
  status: ModelStatus | null;
  /** Null while loading or when the list could not be read. */
  models: readonly ModelEntry[] | null;
  listFailed: boolean;
  dismissed: boolean;
}

/**
 * Due while no model is chosen and none is installed. A list main could not give still shows it (with
 * the file option only), since a missing model is the one thing the user must act on.
 */
export function showFirstRun({ status, models, listFailed, dismissed }: FirstRunInput): boolean {
  if (dismissed || status?.state !== 'missing') return false;
  if (models === null) return listFailed;
  return !models.some((m) => m.state === 'installed');
}
