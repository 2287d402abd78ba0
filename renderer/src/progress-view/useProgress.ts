// The progress view's data, through the one query layer. Everything under ['progress'] goes stale when an
// attempt finishes (scored or failed); queries are also fetched again whenever the view opens.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProgressScope } from '../../../common/progress';
import { api, useVoicedrillEvent } from '../api';

export const progressKeys = {
  all: ['progress'],
  history: (scope: ProgressScope, window: number) => ['progress', 'history', scope.questionId, scope.drillLength, window],
  calibration: (scope: ProgressScope) => ['progress', 'calibration', scope.questionId, scope.drillLength],
  compare: (a: number, b: number) => ['progress', 'compare', a, b],
  dashboard: ['progress', 'dashboard'],
  search: (query: string) => ['progress', 'search', query],
} as const;

/** The charts, the timing strip and the "latest against best" pair: one call, so one render draws them all. */
export function useProgressHistory(scope: ProgressScope, window: number) {
  return useQuery({ queryKey: progressKeys.history(scope, window), queryFn: () => api().progressHistory(scope, window) });
}

/** `enabled` holds it back until the charts' data is in, so main answers the charts first. */
export function useCalibration(scope: ProgressScope, enabled: boolean) {
  return useQuery({
    queryKey: progressKeys.calibration(scope),
    queryFn: () => api().progressCalibration(scope),
    enabled,
  });
}

export function useComparison(pair: { a: number; b: number } | null) {
  return useQuery({
    queryKey: progressKeys.compare(pair?.a ?? 0, pair?.b ?? 0),
    queryFn: () => api().compareAttempts(pair!.a, pair!.b),
    enabled: pair !== null && pair.a !== pair.b,
  });
}

/** Held back like the calibration: its queries take main tens of milliseconds on a large library. */
export function useDashboard(enabled: boolean) {
  return useQuery({ queryKey: progressKeys.dashboard, queryFn: () => api().progressDashboard(), enabled });
}

export function useTranscriptSearch(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: progressKeys.search(trimmed),
    queryFn: () => api().searchTranscripts(trimmed),
    enabled: trimmed.length > 0,
    // Keep the last hits on screen while the next keystroke's search runs.
    placeholderData: (previous) => previous,
  });
}

/** Refreshes the open view as attempts finish in the background. */
export function useProgressRefresh(): void {
  const client = useQueryClient();
  useVoicedrillEvent('attemptProgress', (event) => {
    if (event.stage === 'done' || event.stage === 'failed') void client.invalidateQueries({ queryKey: progressKeys.all });
  });
}
