// The prediction beside what happened, as sentences. Pure, so it is unit-tested.
import type { Prediction, PredictionOutcome } from '../../../common/progress';

function ratioText(guess: number, actual: number): string {
  if (actual === 0) return '';
  const off = guess / actual - 1;
  return Math.abs(off) < 0.005 ? ' (spot on)' : ` (${off > 0 ? '+' : '−'}${Math.round(Math.abs(off) * 100)} %)`;
}

export function predictionLines(prediction: Prediction, outcome: PredictionOutcome): string[] {
  const lines: string[] = [];
  if (prediction.durationSec !== null) {
    lines.push(
      `Duration: you said ${prediction.durationSec} s; it was ${Math.round(outcome.durationSec)} s${ratioText(prediction.durationSec, outcome.durationSec)}.`,
    );
  }
  if (prediction.fillerCount !== null && outcome.fillerCount !== null) {
    lines.push(`Fillers: you said ${prediction.fillerCount}; there were ${outcome.fillerCount}.`);
  }
  if (prediction.inWindowChance !== null) {
    lines.push(
      `You gave ${Math.round(prediction.inWindowChance * 100)} % for landing in the window; it ${outcome.landed ? 'landed' : 'did not'}.`,
    );
  }
  return lines;
}
