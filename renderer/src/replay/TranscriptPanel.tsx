// The transcript of an attempt with its legend and correction actions: read it (following playback),
// edit it, or go back to Whisper's words. Says why there is no transcript when there is none.
import { useEffect, useRef, useState } from 'react';
import type { TimedWord } from '../../../common/report';
import type { AttemptDetail } from '../../../common/library';
import { api } from '../api';
import { errorMessage } from '../format/errors';
import type { ValueStore } from '../ui/store';
import type { PlayFrom } from './EvidenceChip';
import { Transcript } from './Transcript';
import type { WordKind } from './transcript';
import { TranscriptEditor } from './TranscriptEditor';
import { editableText } from './transcriptEdit';

interface TranscriptPanelProps {
  detail: AttemptDetail;
  words: readonly TimedWord[];
  kinds: readonly (WordKind | null)[];
  clock: ValueStore<number>;
  onWordClick: PlayFrom;
  /** What the legend explains: only the kinds and marks this attempt shows. */
  legend: { hedges: boolean; marks: boolean };
  emptyText: string;
  onCorrected: (detail: AttemptDetail) => void;
}

export function TranscriptPanel(props: TranscriptPanelProps) {
  const { detail, words, kinds, clock, onWordClick, legend, emptyText, onCorrected } = props;
  const [editing, setEditing] = useState(false);
  const [reverting, setReverting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const scored = detail.report !== null;

  // Back from the editor, focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const revert = (): void => {
    setReverting(true);
    setError(null);
    api()
      .revertTranscript(detail.id)
      .then(onCorrected)
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setReverting(false));
  };

  if (editing) {
    return (
      <TranscriptEditor
        attemptId={detail.id}
        initial={editableText(words)}
        onSaved={(next) => {
          setEditing(false);
          onCorrected(next);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }

  if (words.length === 0) {
    return (
      <p className="transcript-empty muted" data-testid="transcript-empty">
        {emptyText}
      </p>
    );
  }

  return (
    <>
      <Transcript words={words} kinds={kinds} clock={clock} onWordClick={onWordClick} />
      {scored ? (
        <div className="transcript-foot">
          <Legend hedges={legend.hedges} marks={legend.marks} />
          <div className="transcript-actions">
            {detail.transcriptSource === 'corrected' ? (
              <>
                <span className="badge badge-accent" data-testid="corrected-badge" title="You corrected this transcript">
                  Corrected
                </span>
                <button
                  type="button"
                  className="button button-ghost button-small"
                  data-testid="revert-transcript"
                  title="Drop your correction and score Whisper’s transcript again"
                  disabled={reverting}
                  aria-busy={reverting}
                  onClick={revert}
                >
                  {reverting ? 'Reverting…' : 'Revert to Whisper’s'}
                </button>
              </>
            ) : null}
            <button
              ref={editButton}
              type="button"
              className="button button-small"
              data-testid="edit-transcript"
              disabled={reverting}
              onClick={() => {
                setError(null);
                setEditing(true);
              }}
            >
              Edit transcript
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

function Legend({ hedges, marks }: { hedges: boolean; marks: boolean }) {
  return (
    <p className="legend" aria-label="Highlight legend">
      <span className="legend-item" data-kind="filler">
        filler
      </span>
      {hedges ? (
        <span className="legend-item" data-kind="hedge">
          hedge
        </span>
      ) : null}
      <span className="legend-item" data-kind="metric">
        metric
      </span>
      <span className="legend-item" data-kind="reflection">
        reflection
      </span>
      {marks ? (
        <span className="legend-item" data-kind="mark" title="Sounds Whisper left out of the transcript, marked on the waveform">
          ▮ um
        </span>
      ) : null}
      <span className="muted">Click a word to play it.</span>
    </p>
  );
}
