// The one table of drill lengths and their target windows. The store (and its migrations), the settings,
// the CLI and the renderer all read it from here, so a window can never mean two things.

export const DRILL_LENGTHS = ['elevator', 'full', 'deep'] as const;
export type DrillLength = (typeof DRILL_LENGTHS)[number];

export interface TargetWindow {
  minSec: number;
  maxSec: number;
}

export interface DrillLengthSpec {
  id: DrillLength;
  label: string;
  /** What the candidate is drilling for at this length. */
  purpose: string;
  window: TargetWindow;
  /** Past this a drill session with the protocol's "cut past the window" on stops the recording. */
  hardCapSec: number;
}

export const DRILL_LENGTH_TABLE: Readonly<Record<DrillLength, DrillLengthSpec>> = {
  elevator: {
    id: 'elevator',
    label: 'Elevator 30 s',
    purpose: 'the opener: situation, your action and the number',
    window: { minSec: 25, maxSec: 35 },
    hardCapSec: 40,
  },
  full: {
    id: 'full',
    label: 'Full 60–90 s',
    purpose: 'the whole STAR story',
    window: { minSec: 60, maxSec: 90 },
    hardCapSec: 100,
  },
  deep: {
    id: 'deep',
    label: 'Deep dive 3 min',
    purpose: 'the story with its trade-offs and detail',
    window: { minSec: 150, maxSec: 210 },
    hardCapSec: 230,
  },
};

/** A follow-up ("twist") answer is measured against this window, whatever the length of the first answer. */
export const FOLLOW_UP_WINDOW: TargetWindow = { minSec: 30, maxSec: 60 };

export const DEFAULT_DRILL_LENGTH: DrillLength = 'full';

export function windowOf(length: DrillLength): TargetWindow {
  return { ...DRILL_LENGTH_TABLE[length].window };
}

/**
 * The drill length a target window belongs to: the one whose window's centre is nearest the window's centre,
 * so a custom window (say 45–75 s) is grouped with the length it is closest to.
 */
export function drillLengthFor(target: TargetWindow): DrillLength {
  const centre = (target.minSec + target.maxSec) / 2;
  let best: DrillLength = DEFAULT_DRILL_LENGTH;
  let bestDistance = Infinity;
  for (const length of DRILL_LENGTHS) {
    const { minSec, maxSec } = DRILL_LENGTH_TABLE[length].window;
    const distance = Math.abs((minSec + maxSec) / 2 - centre);
    if (distance < bestDistance) {
      best = length;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The same classification as `drillLengthFor`, as an SQL expression over a column holding the window's
 * centre, for migrations: the boundaries are the midpoints between neighbouring lengths' centres.
 */
export function drillLengthSql(centreExpression: string): string {
  const centres = DRILL_LENGTHS.map((length) => {
    const { minSec, maxSec } = DRILL_LENGTH_TABLE[length].window;
    return { length, centre: (minSec + maxSec) / 2 };
  });
  const cases = centres
    .slice(0, -1)
    .map(
      ({ length, centre }, index) => `WHEN ${centreExpression} < ${(centre + centres[index + 1]!.centre) / 2} THEN '${length}'`,
    );
  return `CASE ${cases.join(' ')} ELSE '${centres[centres.length - 1]!.length}' END`;
}
