// "Use a model file from disk…": main opens the file dialog and checks the file before it is used.
import type { ModelState } from '../settings/useModelStatus';

export function ChooseModelFileButton({ model, testId }: { model: ModelState; testId: string }) {
  return (
    <button
      type="button"
      className="button"
      data-testid={testId}
      onClick={model.choose}
      disabled={model.choosing}
      aria-busy={model.choosing}
    >
      {model.choosing ? 'Checking model…' : 'Use a model file from disk…'}
    </button>
  );
}
