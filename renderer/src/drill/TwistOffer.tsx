// The follow-up after an answer: what the interviewer would press on, and why this one. Answering it
// records a linked attempt in the 30–60 s window, threaded under the first.
import type { ChosenTwistView } from '../../../common/practice';
import { formatWindow } from '../format/time';

interface TwistOfferProps {
  twist: ChosenTwistView;
  onAnswer: () => void;
  onSkip: () => void;
}

export function TwistOffer({ twist, onAnswer, onSkip }: TwistOfferProps) {
  return (
    <section className="card twist" data-testid="twist-offer" aria-labelledby="twist-title">
      <p className="muted small">{twist.because}</p>
      <h2 id="twist-title" className="twist-text">
        {twist.text}
      </h2>
      <p className="muted small">Answer in {formatWindow(twist.window.minSec, twist.window.maxSec)}.</p>
      <div className="row-end">
        <button type="button" className="button button-ghost" data-testid="twist-skip" onClick={onSkip}>
          Skip
        </button>
        <button type="button" className="button button-primary" data-testid="twist-answer" onClick={onAnswer}>
          Answer the follow-up
        </button>
      </div>
    </section>
  );
}
