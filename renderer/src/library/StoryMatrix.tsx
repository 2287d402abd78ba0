// A story's page: the story × length matrix (best attempt and the three marks per length, ready when
// every length's latest attempt is green) and the compression check between the 30 s and 3 min versions.
import { DRILL_LENGTH_TABLE, DRILL_LENGTHS, type DrillLength } from '../../../common/drill-lengths';
import type { CellMarks, StoryPage } from '../../../common/practice';

const MARK_LABELS: readonly (readonly [keyof CellMarks, string])[] = [
  ['inWindow', 'In the window'],
  ['carriedNumber', 'Said the number'],
  ['reflection', 'A reflection'],
];

function Mark({ value, label }: { value: boolean | null; label: string }) {
  const text = value === null ? 'does not apply' : value ? 'yes' : 'no';
  return (
    <li className={value === null ? 'muted' : value ? 'ok-text' : 'bad-text'} aria-label={`${label}: ${text}`}>
      {value === null ? '–' : value ? '✓' : '✗'} {label}
    </li>
  );
}

const SECTION_NAMES = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
} as const;

interface StoryMatrixProps {
  page: StoryPage;
  /** Drill the story at a length (through its first linked question); absent when it answers no question yet. */
  onDrill?: (length: DrillLength) => void;
}

export function StoryMatrix({ page, onDrill }: StoryMatrixProps) {
  const { readiness, compression, story } = page;
  return (
    <div className="story-page" data-testid="story-page">
      <p className={readiness.ready ? 'badge badge-ok' : 'badge badge-warn'} data-testid="story-ready">
        {readiness.ready ? 'Ready at every length' : 'Not ready yet'}
      </p>
      <table className="story-matrix" data-testid="story-matrix">
        <thead>
          <tr>
            {DRILL_LENGTHS.map((length) => (
              <th key={length} scope="col">
                {DRILL_LENGTH_TABLE[length].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {DRILL_LENGTHS.map((length) => {
              const cell = readiness.cells[length];
              const latest = cell.latest;
              return (
                <td key={length} data-testid={`cell-${length}`} data-green={latest?.green === true}>
                  {latest === null ? (
                    <span className="muted">Not drilled yet</span>
                  ) : (
                    <>
                      <p className="small muted">
                        {cell.attemptCount} {cell.attemptCount === 1 ? 'attempt' : 'attempts'} · best grade{' '}
                        {cell.best?.grade ?? '–'}/5
                      </p>
                      <ul className="marks" aria-label={`Latest ${DRILL_LENGTH_TABLE[length].label} attempt`}>
                        {MARK_LABELS.map(([key, label]) => (
                          <Mark key={key} value={latest.marks[key]} label={label} />
                        ))}
                      </ul>
                    </>
                  )}
                  {onDrill ? (
                    <button
                      type="button"
                      className="button button-small"
                      data-testid={`drill-${length}`}
                      onClick={() => onDrill(length)}
                    >
                      Drill at {DRILL_LENGTH_TABLE[length].label}
                    </button>
                  ) : null}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
      {story.keyNumbers.length === 0 ? (
        <p className="muted small">Add the story’s key numbers to check that each version says them.</p>
      ) : null}
      <h3>Compression check</h3>
      {compression === null ? (
        <p className="muted" data-testid="compression-empty">
          Record a 30 s version and a 3 min version to see what survives the cut.
        </p>
      ) : (
        <div className="compression" data-testid="compression">
          <p>
            <strong>Survives in 30 s:</strong>{' '}
            {[...compression.survives.sections.map((name) => SECTION_NAMES[name]), ...compression.survives.keyNumbers].join(
              ', ',
            ) || 'nothing yet'}
          </p>
          <p>
            <strong>Only the {compression.longLength === 'deep' ? '3 min' : 'full'} version adds:</strong>{' '}
            {[
              ...compression.onlyLong.sections.map((name) => SECTION_NAMES[name]),
              ...compression.onlyLong.keyNumbers,
              ...compression.onlyLong.otherNumbers,
            ].join(', ') || 'nothing — the short version holds it all'}
          </p>
        </div>
      )}
    </div>
  );
}
