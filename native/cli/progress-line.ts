// Download progress on stderr: redrawn in place on a terminal; on a pipe or a log file, one line per
// tenth of the file, so logs stay readable.
import type { DownloadProgress } from '../../common/contract';
import { formatBytes, formatProgress } from './format-models';

export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Without a known size, a line every this many bytes. */
const UNSIZED_STEP = 10e6;

export function progressPrinter(output: ProgressOutput): (progress: DownloadProgress) => void {
  let drawn = false;
  let lastStep = -1;
  return (progress) => {
    const { state, receivedBytes, totalBytes } = progress;
    if (output.isTTY) {
      if (state === 'downloading') output.write(`\r${formatProgress(progress)}\x1b[K`);
      else if (state === 'verifying') output.write(`\r${progress.name}  ${formatBytes(receivedBytes)}  verifying…\x1b[K`);
      else if (drawn) output.write('\n');
      drawn = state === 'downloading' || state === 'verifying';
      return;
    }
    if (state === 'verifying') output.write(`${progress.name}  verifying…\n`);
    if (state !== 'downloading') return;
    const step = totalBytes > 0 ? Math.floor((receivedBytes / totalBytes) * 10) : Math.floor(receivedBytes / UNSIZED_STEP);
    if (step > lastStep) {
      lastStep = step;
      output.write(`${formatProgress(progress)}\n`);
    }
  };
}
