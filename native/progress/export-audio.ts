// One attempt's audio as a file: the stored Ogg Opus as it is, or decoded to 16-bit WAV.

import type { StoredRecording } from '../../common/library';
import { SAMPLE_RATE } from '../audio/format';
import { decodeOggOpus } from '../audio/ogg-opus';
import { encodeWav } from '../audio/wav';

/** The decoder always gives 16 kHz mono, whatever the rate the recording was made at. */
export function recordingToWav(recording: StoredRecording): Uint8Array {
  return encodeWav(decodeOggOpus(recording.bytes), SAMPLE_RATE);
}

/** The recording exactly as stored: nothing is re-encoded. */
export function recordingToOpus(recording: StoredRecording): Uint8Array {
  return recording.bytes;
}
