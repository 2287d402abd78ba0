// Exports from the progress view: the attempts in view as CSV or JSON, and one attempt's transcript or
// recording. Main asks where to save; the result is announced.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExportKind, ExportRequest, ProgressAttempt } from '../../../common/progress';
import { api } from '../api';
import { errorMessage } from '../format/errors';

const ONE_ATTEMPT: { kind: ExportKind; label: string }[] = [
  { kind: 'transcript-srt', label: 'Transcript as SRT subtitles' },
  { kind: 'transcript-vtt', label: 'Transcript as WebVTT' },
  { kind: 'transcript-md', label: 'Transcript as Markdown' },
  { kind: 'transcript-json', label: 'Words with their times (JSON)' },
  { kind: 'audio-wav', label: 'Recording as WAV' },
  { kind: 'audio-opus', label: 'Recording as stored (Opus)' },
];

interface ExportPanelProps {
  questionId: number | null;
  points: readonly ProgressAttempt[];
  attemptLabel: (attemptId: number) => string;
}

export function ExportPanel({ questionId, points, attemptLabel }: ExportPanelProps) {
  const [attemptId, setAttemptId] = useState<number | null>(null);
  const [kind, setKind] = useState<ExportKind>('transcript-md');
  const run = useMutation({ mutationFn: (request: ExportRequest) => api().exportData(request) });
  const chosen = attemptId ?? points.at(-1)?.attemptId ?? null;
  return (
    <section className="export-panel" aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">Export</h2>
      <div className="progress-toolbar">
        <span>{questionId === null ? 'Every attempt:' : 'Attempts of this question:'}</span>
        <button
          type="button"
          className="button"
          disabled={run.isPending}
          onClick={() => run.mutate({ kind: 'attempts-csv', questionId, attemptId: null })}
        >
          CSV
        </button>
        <button
          type="button"
          className="button"
          disabled={run.isPending}
          onClick={() => run.mutate({ kind: 'attempts-json', questionId, attemptId: null })}
        >
          JSON
        </button>
      </div>
      {points.length > 0 ? (
        <div className="progress-toolbar">
          <label>
            Attempt
            <select
              className="select"
              value={chosen ?? ''}
              onChange={(event) => setAttemptId(Number(event.target.value))}
              data-testid="export-attempt"
            >
              {points.map((point) => (
                <option key={point.attemptId} value={point.attemptId}>
                  {attemptLabel(point.attemptId)}
                </option>
              ))}
            </select>
          </label>
          <label>
            As
            <select
              className="select"
              value={kind}
              onChange={(event) => setKind(event.target.value as ExportKind)}
              data-testid="export-kind"
            >
              {ONE_ATTEMPT.map((option) => (
                <option key={option.kind} value={option.kind}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={run.isPending || chosen === null}
            onClick={() => chosen !== null && run.mutate({ kind, questionId: null, attemptId: chosen })}
            data-testid="export-attempt-button"
          >
            Export
          </button>
        </div>
      ) : null}
      <p role="status" className="muted" data-testid="export-status">
        {run.isPending ? 'Exporting…' : run.data ? (run.data.path ? `Saved to ${run.data.path}` : 'Export cancelled.') : ''}
      </p>
      {run.error ? (
        <p className="inline-error" role="alert">
          {errorMessage(run.error)}
        </p>
      ) : null}
    </section>
  );
}
