// The metrics the progress views chart, with their units and target bands. Targets: pace from Microsoft
// Speaker Coach's 100–165 wpm; fillers under 5 a minute, below which listeners showed no measurable penalty
// (Laske et al. 2024); duration against the attempt's own window. Time to first word and the STAR sections
// have no sourced target, so they get none rather than an invented one.

import type { ProgressMetric, ProgressPoint } from '../../common/progress';
import type { StarSectionName } from '../../common/report';
import type { TargetBand } from '../../common/stats/series';

export interface MetricSpec {
  metric: ProgressMetric;
  label: string;
  unit: string;
  /** Report the CV: only for metrics far from zero (duration, pace). */
  cv: boolean;
  read(point: ProgressPoint): number | null;
  target(point: ProgressPoint): TargetBand | null;
}

export const PACE_TARGET: TargetBand = { min: 100, max: 165 };
export const FILLER_TARGET: TargetBand = { min: 0, max: 5 };

function sectionSec(point: ProgressPoint, name: StarSectionName): number | null {
  if (point.sections.length === 0) return null;
  return point.sections.filter((section) => section.name === name).reduce((sum, section) => sum + section.end - section.start, 0);
}

const section = (name: StarSectionName, label: string): MetricSpec => ({
  metric: `${name}Sec`,
  label,
  unit: 's',
  cv: false,
  read: (point) => sectionSec(point, name),
  target: () => null,
});

export const METRIC_SPECS: readonly MetricSpec[] = [
  {
    metric: 'durationSec',
    label: 'Duration',
    unit: 's',
    cv: true,
    read: (point) => point.durationSec,
    target: (point) => ({ min: point.targetMinSec, max: point.targetMaxSec }),
  },
  {
    metric: 'wordsPerMinute',
    label: 'Words per minute',
    unit: 'wpm',
    cv: true,
    read: (point) => point.wordsPerMinute,
    target: () => PACE_TARGET,
  },
  {
    metric: 'fillersPerMinute',
    label: 'Fillers per minute (words)',
    unit: '/min',
    cv: false,
    read: (point) => point.fillersPerMinute,
    target: () => FILLER_TARGET,
  },
  {
    metric: 'vocalizedPerMinute',
    label: 'Fillers per minute (vocalized)',
    unit: '/min',
    cv: false,
    read: (point) => point.vocalizedPerMinute,
    target: () => FILLER_TARGET,
  },
  {
    metric: 'timeToFirstWordSec',
    label: 'Time to first word',
    unit: 's',
    cv: false,
    read: (point) => point.timeToFirstWordSec,
    target: () => null,
  },
  section('situation', 'Situation'),
  section('task', 'Task'),
  section('action', 'Action'),
  section('result', 'Result'),
  section('reflection', 'Reflection'),
];

export function metricSpec(metric: ProgressMetric): MetricSpec {
  return METRIC_SPECS.find((spec) => spec.metric === metric)!;
}
