// How well the user predicts their own delivery: duration and filler estimates scored by q = ln(e / a),
// the chance of landing in the window by the Brier score, and the sharpness of duration estimates over time.

import type { CalibrationSummary, ProgressPoint } from '../../common/progress';
import { numericCalibration, probabilityCalibration, rollingAbsoluteError } from '../../common/stats/calibration';

/** `points` oldest first; those without a prediction are ignored. */
export function calibrationSummary(points: readonly ProgressPoint[]): CalibrationSummary {
  const predicted = points.filter((point) => point.prediction !== null);
  const durationPairs = predicted.flatMap((point) =>
    point.prediction!.durationSec === null ? [] : [{ point, estimate: point.prediction!.durationSec, actual: point.durationSec }],
  );
  const duration = numericCalibration(durationPairs);
  const scored = durationPairs.filter(({ estimate, actual }) => estimate > 0 && actual > 0);
  const sharpness = rollingAbsoluteError(duration.q);
  return {
    predicted: predicted.length,
    duration,
    // Counts can be 0: scored on (count + 1).
    fillers: numericCalibration(
      predicted.flatMap((point) =>
        point.prediction!.fillerCount === null || point.fillerCount === null
          ? []
          : [{ estimate: point.prediction!.fillerCount, actual: point.fillerCount }],
      ),
      1,
    ),
    inWindow: probabilityCalibration(
      predicted.flatMap((point) =>
        point.prediction!.inWindowChance === null
          ? []
          : [
              {
                forecast: point.prediction!.inWindowChance,
                happened: point.durationSec >= point.targetMinSec && point.durationSec <= point.targetMaxSec,
              },
            ],
      ),
    ),
    durationSharpness: scored.map(({ point }, i) => ({
      attemptId: point.attemptId,
      startedAt: point.startedAt,
      value: sharpness[i]!,
    })),
  };
}
