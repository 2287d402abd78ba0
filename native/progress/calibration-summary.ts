// How well the user predicts their own delivery: duration and filler estimates scored by q = ln(e / a),
// the chance of landing in the window by the Brier score, and how those figures move over time.

import type { CalibrationSummary, ProgressPoint } from '../../common/progress';
import {
  calibrationOverTime,
  numericCalibration,
  probabilityCalibration,
  type CalibrationEntry,
} from '../../common/stats/calibration';

/** `points` oldest first; those without a prediction (or skipped) are ignored. */
export function calibrationSummary(points: readonly ProgressPoint[]): CalibrationSummary {
  const predicted = points.filter((point) => point.prediction !== null);
  const entries: CalibrationEntry[] = predicted.map((point) => {
    const prediction = point.prediction!;
    return {
      duration: prediction.durationSec === null ? null : { estimate: prediction.durationSec, actual: point.durationSec },
      fillers:
        prediction.fillerCount === null || point.fillerCount === null
          ? null
          : { estimate: prediction.fillerCount, actual: point.fillerCount },
      inWindow:
        prediction.inWindowChance === null
          ? null
          : {
              forecast: prediction.inWindowChance,
              happened: point.durationSec >= point.targetMinSec && point.durationSec <= point.targetMaxSec,
            },
    };
  });
  const present = <T>(values: (T | null)[]): T[] => values.filter((value): value is T => value !== null);
  const overTime = calibrationOverTime(entries);
  return {
    predicted: predicted.length,
    duration: numericCalibration(present(entries.map((entry) => entry.duration))),
    // Counts can be 0: scored on (count + 1).
    fillers: numericCalibration(present(entries.map((entry) => entry.fillers)), 1),
    inWindow: probabilityCalibration(present(entries.map((entry) => entry.inWindow))),
    overTime: predicted.map((point, i) => ({ attemptId: point.attemptId, startedAt: point.startedAt, ...overTime[i]! })),
  };
}
