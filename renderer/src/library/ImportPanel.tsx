// Importing a deck: pick a .json or .md file, see what it would add (and any error, with its line),
// then confirm. Nothing changes until "Import" is pressed.
import { useState } from 'react';
import type { ImportPreview } from '../../../common/practice';

interface ImportPanelProps {
  preview: (fileName: string, text: string) => Promise<ImportPreview>;
  confirm: (fileName: string, text: string) => Promise<ImportPreview>;
  onDone: (result: ImportPreview) => void;
  onCancel: () => void;
}

type Step =
  | { kind: 'pick' }
  | { kind: 'previewed'; fileName: string; text: string; preview: ImportPreview }
  | { kind: 'failed'; message: string };

export function ImportPanel({ preview, confirm, onDone, onCancel }: ImportPanelProps) {
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [busy, setBusy] = useState(false);
  const fail = (error: unknown): void =>
    setStep({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  return (
    <section className="card import-panel" data-testid="import-panel" aria-label="Import a deck">
      <label className="field">
        <span className="field-label">Deck file (JSON or Markdown)</span>
        <input
          type="file"
          data-testid="import-file"
          accept=".json,.md,.markdown,application/json,text/markdown"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            setBusy(true);
            file
              .text()
              .then(async (text) =>
                setStep({ kind: 'previewed', fileName: file.name, text, preview: await preview(file.name, text) }),
              )
              .catch(fail)
              .finally(() => setBusy(false));
          }}
        />
      </label>
      {step.kind === 'failed' ? (
        <p className="inline-error" role="alert" data-testid="import-error">
          {step.message}
        </p>
      ) : null}
      {step.kind === 'previewed' ? (
        <div data-testid="import-preview">
          <p>
            {step.preview.questionsAdded.length} new question(s), {step.preview.followUpsAdded} follow-up(s),{' '}
            {step.preview.storiesAdded.length} story(ies)
            {step.preview.questionsSkipped.length + step.preview.storiesSkipped.length > 0
              ? `; ${step.preview.questionsSkipped.length + step.preview.storiesSkipped.length} already in your library`
              : ''}
            .
          </p>
          <ul className="small">
            {step.preview.storiesAdded.map((title) => (
              <li key={`s-${title}`}>Story: {title}</li>
            ))}
            {step.preview.questionsAdded.map((text) => (
              <li key={`q-${text}`}>Question: {text}</li>
            ))}
          </ul>
          {step.preview.warnings.length > 0 ? (
            <ul className="warn-text small" aria-label="Not imported">
              {step.preview.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="row-end">
        <button type="button" className="button button-ghost" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="import-confirm"
          disabled={busy || step.kind !== 'previewed'}
          onClick={() => {
            if (step.kind !== 'previewed') return;
            setBusy(true);
            confirm(step.fileName, step.text)
              .then(onDone)
              .catch(fail)
              .finally(() => setBusy(false));
          }}
        >
          Import
        </button>
      </div>
    </section>
  );
}
