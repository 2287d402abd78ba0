// Reads an audio file given on the command line (or imported) into the app's internal format:
// mono Float32 at 16 kHz.
import { readFile, stat } from 'node:fs/promises';
import { SAMPLE_RATE } from '../audio/format';
import { decodeOggOpus } from '../audio/ogg-opus';
import { resampleTo16k } from '../audio/resample';
import { decodeWav } from '../audio/wav';

export async function readAudioFile(path: string): Promise<Float32Array> {
  const info = await stat(path).catch(() => null);
  if (info === null) throw new Error(`audio file not found: ${path}`);
  if (!info.isFile()) throw new Error(`not a file: ${path}`);
  const bytes = new Uint8Array(await readFile(path));
  if (bytes.length === 0) throw new Error(`${path}: the file is empty`);
  try {
    if (startsWith(bytes, 'OggS')) return decodeOggOpus(bytes);
    const wav = decodeWav(bytes);
    return wav.sampleRate === SAMPLE_RATE ? wav.samples : resampleTo16k(wav.samples, wav.sampleRate);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${path}: ${reason} (voicedrill reads WAV and Ogg Opus files)`, { cause: error });
  }
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}
