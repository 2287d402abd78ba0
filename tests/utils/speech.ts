// Deterministic speech for tests: espeak-ng speaks, sox converts to 16 kHz mono and joins segments, so
// every word, pause and filler boundary is known exactly.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { decodeWav } from '../../native/audio/wav';

const cacheDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.cache/speech');

function available(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Why speech cannot be made here, or null when espeak-ng and sox are installed. */
export function speechToolsMissing(): string | null {
  const missing = ['espeak-ng', 'sox'].filter((command) => !available(command));
  return missing.length === 0 ? null : `${missing.join(' and ')} not installed (apt-get install -y espeak-ng sox)`;
}

export type Segment = { say: string } | { silence: number };

export interface SpeechFile {
  path: string;
  /** Where each segment starts and ends in the file, in seconds. */
  spans: { start: number; end: number }[];
}

/**
 * Makes `file` with `make(temporary)`, then renames it into place: a test run beside another one never
 * reads a half-written cache file.
 */
function writeOnce(file: string, make: (temporary: string) => void): void {
  if (existsSync(file)) return;
  const temporary = `${file}.${process.pid}.tmp.wav`;
  try {
    make(temporary);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** A 16 kHz mono WAV of the segments in order, cached by content. */
export function speechWav(segments: Segment[], rate = 150): SpeechFile {
  mkdirSync(cacheDir, { recursive: true });
  const key = createHash('sha1')
    .update(JSON.stringify([segments, rate]))
    .digest('hex')
    .slice(0, 16);
  const out = path.join(cacheDir, `${key}.wav`);
  const parts = segments.map((segment, index) => {
    const part = path.join(cacheDir, `${key}-${index}.wav`);
    writeOnce(part, (temporary) => {
      if ('say' in segment) {
        const raw = `${temporary}.raw.wav`;
        try {
          execFileSync('espeak-ng', ['-s', String(rate), '-w', raw, segment.say]);
          execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', temporary]);
        } finally {
          rmSync(raw, { force: true });
        }
      } else {
        execFileSync('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', temporary, 'trim', '0', String(segment.silence)]);
      }
    });
    return part;
  });
  writeOnce(out, (temporary) => execFileSync('sox', [...parts, temporary]));
  let start = 0;
  const spans = parts.map((part) => {
    const seconds = decodeWav(new Uint8Array(readFileSync(part))).samples.length / 16000;
    const span = { start, end: start + seconds };
    start = span.end;
    return span;
  });
  return { path: out, spans };
}
