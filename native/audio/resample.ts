// Sample-rate conversion to the app's 16 kHz with a Kaiser-windowed sinc filter.
// The filter is centred on each output instant (no delay) and its taps are tabulated per fractional phase.

import { assertSampleRate, SAMPLE_RATE } from './format';

// Half-length of the filter in zero crossings of the lower rate's sinc; with KAISER_BETA this gives
// about 80 dB stop-band rejection and a transition band of ~8% of the lower rate.
const ZERO_CROSSINGS = 32;
const KAISER_BETA = 7.857;
// Cut-off as a fraction of the lower rate, placed so the stop band starts at that rate's Nyquist frequency.
const CUTOFF = 0.46;
// Rates with an awkward ratio to 16 kHz would need thousands of exact phases; beyond this the phase is rounded,
// which shifts a tap by at most 1/4096 of an input sample (error below -75 dB for speech).
const MAX_PHASES = 2048;

export function resampleTo16k(samples: Float32Array, fromRate: number): Float32Array {
  assertSampleRate(fromRate);
  if (fromRate === SAMPLE_RATE) return samples.slice();

  const lowerRate = Math.min(fromRate, SAMPLE_RATE);
  const halfWidth = (ZERO_CROSSINGS * fromRate) / lowerRate;
  const span = Math.ceil(halfWidth);
  const taps = 2 * span;
  const phases = Math.min(SAMPLE_RATE / gcd(SAMPLE_RATE, fromRate), MAX_PHASES);
  const table = filterTable(phases, span, halfWidth, (CUTOFF * lowerRate) / fromRate);

  // Integer arithmetic keeps the input position exact however long the recording is.
  const outLength = Math.floor((samples.length * SAMPLE_RATE + fromRate - 1) / fromRate);
  const out = new Float32Array(outLength);
  for (let n = 0; n < outLength; n++) {
    const position = n * fromRate;
    let base = Math.floor(position / SAMPLE_RATE);
    let phase = Math.round(((position - base * SAMPLE_RATE) * phases) / SAMPLE_RATE);
    if (phase === phases) {
      base += 1;
      phase = 0;
    }
    const first = base - span + 1;
    const from = Math.max(0, first);
    const to = Math.min(samples.length, first + taps);
    const row = phase * taps - first;
    let sum = 0;
    for (let k = from; k < to; k++) sum += samples[k]! * table[row + k]!;
    out[n] = sum;
  }
  return out;
}

/** One row of taps per phase p (the output instant lies p/phases of a sample after input `base`), each summing to 1. */
function filterTable(phases: number, span: number, halfWidth: number, cutoff: number): Float32Array {
  const taps = 2 * span;
  const table = new Float32Array(phases * taps);
  const windowNorm = besselI0(KAISER_BETA);
  for (let p = 0; p < phases; p++) {
    const frac = p / phases;
    let sum = 0;
    const row = new Float64Array(taps);
    for (let j = 0; j < taps; j++) {
      const distance = j - span + 1 - frac;
      const x = distance / halfWidth;
      if (Math.abs(x) >= 1) continue;
      const arg = 2 * cutoff * distance;
      const sinc = arg === 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg);
      const value = sinc * (besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / windowNorm);
      row[j] = value;
      sum += value;
    }
    // Normalising every phase to unit gain keeps DC exact and avoids a ripple that repeats with the phase pattern.
    for (let j = 0; j < taps; j++) table[p * taps + j] = row[j]! / sum;
  }
  return table;
}

/** Zeroth-order modified Bessel function of the first kind, by its power series. */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const quarterSquare = (x * x) / 4;
  for (let k = 1; term > sum * 1e-12; k++) {
    term *= quarterSquare / (k * k);
    sum += term;
  }
  return sum;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
