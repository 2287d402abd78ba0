// How well the user predicts their own delivery: bias and spread of duration and filler guesses, the
// share within ±25 %, the Brier score of the window chance with its reliability diagram, and sharpness over time.
import type { CalibrationSummary } from '../../../common/progress';
import type { NumericCalibration } from '../../../common/stats/calibration';
import { percent } from './calibration-model';
import { ReliabilityChart } from './ReliabilityChart';
import { SharpnessChart } from './SharpnessChart';

/** Bias as people say it: q = ln(e/a), so e^q − 1 is how far over or under the guesses run. */
function biasText(calibration: NumericCalibration): string {
  if (calibration.bias === null) return 'no guesses yet';
  const ratio = Math.exp(calibration.bias) - 1;
  if (Math.abs(ratio) < 0.005) return 'no bias';
  return `${ratio < 0 ? 'under' : 'over'}estimates by ${percent(Math.abs(ratio))} on average`;
}

function NumericRow({ name, calibration }: { name: string; calibration: NumericCalibration }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{calibration.n}</td>
      <td>{biasText(calibration)}</td>
      <td>{calibration.spread === null ? '—' : calibration.spread.toFixed(2)}</td>
      <td>{calibration.within25 === null ? '—' : percent(calibration.within25)}</td>
    </tr>
  );
}

export function CalibrationPanel({ summary, formatDate }: { summary: CalibrationSummary; formatDate: (iso: string) => string }) {
  if (summary.predicted === 0) {
    return (
      <section className="calibration" aria-labelledby="calibration-title" data-testid="calibration">
        <h3 id="calibration-title">Your predictions</h3>
        <p className="muted">No predictions yet: with the sealed scorecard on, guess before each score is shown.</p>
      </section>
    );
  }
  const { inWindow } = summary;
  return (
    <section className="calibration" aria-labelledby="calibration-title" data-testid="calibration">
      <h3 id="calibration-title">Your predictions</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Guess</th>
            <th scope="col">Scored</th>
            <th scope="col">Bias</th>
            <th scope="col">Spread (SD of ln ratio)</th>
            <th scope="col">Within ±25 %</th>
          </tr>
        </thead>
        <tbody>
          <NumericRow name="Duration" calibration={summary.duration} />
          <NumericRow name="Fillers" calibration={summary.fillers} />
        </tbody>
      </table>
      {inWindow.brier !== null ? (
        <p>
          Chance of landing in the window: Brier score {inWindow.brier.toFixed(3)} over {inWindow.n} guess
          {inWindow.n === 1 ? '' : 'es'} (always saying 50 % scores 0.250; lower is better).
        </p>
      ) : null}
      {inWindow.n > 0 ? <ReliabilityChart calibration={inWindow} /> : null}
      <SharpnessChart overTime={summary.overTime} formatDate={formatDate} />
    </section>
  );
}
