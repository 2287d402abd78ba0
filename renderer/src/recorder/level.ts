// Turns raw samples into the meter's 0..1 reading. Pure, so the scale is unit-tested.

/** The quietest level the meter shows; below it the bar is empty. */
const FLOOR_DB = -60;

/** Peak of a block on a decibel scale mapped to 0..1: -60 dBFS → 0, 0 dBFS → 1. */
export function blockLevel(samples: Float32Array): number {
  let peak = 0;
  for (const sample of samples) {
    const magnitude = Math.abs(sample);
    if (magnitude > peak) peak = magnitude;
  }
  if (peak <= 0) return 0;
  const db = 20 * Math.log10(peak);
  return Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
}

/** A peak this close to full scale means the input gain is too high and the voice is distorting. */
export function isClipping(samples: Float32Array): boolean {
  for (const sample of samples) if (Math.abs(sample) >= 0.99) return true;
  return false;
}

/**
 * Rises at once and falls gently, like a hardware meter, so speech reads as a steady bar rather than
 * flicker. `elapsedSec` is the time since the previous reading.
 */
export function smoothLevel(previous: number, next: number, elapsedSec: number): number {
  if (next >= previous) return next;
  const fallPerSec = 1.5;
  return Math.max(next, previous - fallPerSec * elapsedSec);
}
