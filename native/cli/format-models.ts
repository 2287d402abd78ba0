// Text for `voicedrill models`: the list as a table and the download progress line.
import type { DownloadProgress, ModelEntry } from '../../common/contract';

/** Decimal units, as the model sites state sizes ("148 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

export function formatProgress(progress: DownloadProgress): string {
  const { receivedBytes, totalBytes, bytesPerSec, etaSec } = progress;
  const parts = [progress.name];
  parts.push(
    totalBytes > 0
      ? `${formatBytes(receivedBytes)} of ${formatBytes(totalBytes)} (${Math.floor((receivedBytes / totalBytes) * 100)}%)`
      : formatBytes(receivedBytes),
  );
  if (bytesPerSec > 0) parts.push(`${formatBytes(bytesPerSec)}/s`);
  if (etaSec !== null) parts.push(`ETA ${formatDuration(etaSec)}`);
  return parts.join('  ');
}

function stateText(entry: ModelEntry): string {
  if (entry.state === 'partial') return `partial (${formatBytes(entry.receivedBytes)})`;
  return entry.state;
}

/** The model list as aligned columns; sizes known only roughly show as '~148 MB'. */
export function formatModelTable(entries: ModelEntry[], approximate: (entry: ModelEntry) => boolean): string {
  const rows = [
    ['NAME', 'SIZE', 'STATE', 'RECOMMENDED', 'ACTIVE'],
    ...entries.map((entry) => [
      entry.name,
      approximate(entry) ? `~${Math.round(entry.sizeBytes / 1e6)} MB` : formatBytes(entry.sizeBytes),
      stateText(entry),
      entry.recommended ? 'yes' : '',
      entry.active ? 'yes' : '',
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
