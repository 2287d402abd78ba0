// Settings that are not part of the everyday flow: the filler word list, the model, and the shortcuts.
import { useEffect, useState } from 'react';
import type { Settings } from '../../../common/contract';
import { api } from '../api';
import { errorMessage } from '../format/errors';
import { setSingleKeyShortcuts } from '../keyboard/useShortcut';
import { saveKeyLabel } from '../replay/transcriptEdit';
import { CloseIcon } from '../ui/Icons';
import { Kbd } from '../ui/Kbd';
import { Modal } from '../ui/Modal';
import { formatFillerWords, parseFillerWords } from './fillerWords';
import { SettingToggle } from './SettingToggle';
import { YourDataSection } from './YourData';
import { ModelStatusLine } from './ModelStatusLine';
import type { ModelState } from './useModelStatus';
import type { SettingsPatch } from './useSettings';

interface SettingsDialogProps {
  open: boolean;
  onClose: () => void;
  settings: Settings;
  update: (patch: SettingsPatch) => Promise<void>;
  model: ModelState;
  onOpenModels: () => void;
}

export function SettingsDialog({ open, onClose, settings, update, model, onOpenModels }: SettingsDialogProps) {
  // This dialog is mounted whenever settings are loaded, so it is the one place that applies the toggle.
  const shortcutsEnabled = settings.shortcutsEnabled !== false;
  useEffect(() => setSingleKeyShortcuts(shortcutsEnabled), [shortcutsEnabled]);
  return (
    <Modal open={open} onClose={onClose} labelledBy="settings-title" testId="settings-dialog" className="settings">
      <header className="modal-header">
        <h2 id="settings-title">Settings</h2>
        <button type="button" className="icon-button" data-testid="close-settings" aria-label="Close settings" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      <FillerWordsField words={settings.fillerWords} update={update} />
      <section className="settings-section" aria-labelledby="model-title">
        <h3 id="model-title">Transcription model</h3>
        <p className="muted">A whisper.cpp ggml model file, used on this computer only.</p>
        <ModelStatusLine model={model} />
        <div className="row-end">
          <button type="button" className="button" data-testid="settings-open-models" onClick={onOpenModels}>
            Manage models…
          </button>
        </div>
      </section>
      <section className="settings-section" aria-labelledby="practice-title">
        <h3 id="practice-title">While recording</h3>
        <SettingToggle
          setting="liveView"
          enabled={settings.liveView}
          update={update}
          testId="live-view-enabled"
          label="Live view: show my words, fillers and pace as I speak"
          hint="A chime sounds when the target time is reached. Off by default: some find it distracting."
        />
      </section>
      <section className="settings-section" aria-labelledby="seal-title">
        <h3 id="seal-title">Scorecard</h3>
        <SettingToggle
          setting="sealScorecard"
          enabled={settings.sealScorecard}
          update={update}
          testId="seal-scorecard"
          label="Predict before the score is shown"
          hint="After each recording, guess your duration, fillers and chance of landing in the window, or skip. Progress shows how your sense of your own delivery sharpens."
        />
      </section>
      <section className="settings-section" aria-labelledby="keys-title">
        <h3 id="keys-title">Keyboard</h3>
        <SettingToggle
          setting="shortcutsEnabled"
          enabled={shortcutsEnabled}
          update={update}
          testId="shortcuts-enabled"
          label="Single-key shortcuts (Space to record, P to play)"
          hint="Turn off if you use speech input or keep pressing them by accident. Esc still discards."
        />
        <dl className="shortcut-list">
          <dt>
            <Kbd>Space</Kbd>
          </dt>
          <dd>Start / stop recording</dd>
          <dt>
            <Kbd>Esc</Kbd>
          </dt>
          <dd>Discard the recording in progress</dd>
          <dt>
            <Kbd>P</Kbd>
          </dt>
          <dd>Play / pause the open attempt</dd>
          <dt>
            <Kbd>Enter</Kbd>
          </dt>
          <dd>Open the focused attempt in the history</dd>
          <dt>
            <Kbd>{saveKeyLabel(navigator.userAgent)}</Kbd>
          </dt>
          <dd>Save a transcript correction (Esc cancels it)</dd>
        </dl>
      </section>
      <YourDataSection />
      <LogSection />
    </Modal>
  );
}

function LogSection() {
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="settings-section" aria-labelledby="log-title">
      <h3 id="log-title">Troubleshooting</h3>
      <p className="muted">When something fails, the technical details are written to a log file in your data folder.</p>
      <div className="row-end">
        {error ? (
          <span className="error-text" role="alert">
            {error}
          </span>
        ) : null}
        <button
          type="button"
          className="button"
          data-testid="reveal-log"
          onClick={() => {
            setError(null);
            api()
              .revealLog()
              .catch((reason: unknown) => setError(errorMessage(reason)));
          }}
        >
          Show log file
        </button>
      </div>
    </section>
  );
}

function FillerWordsField({ words, update }: { words: string[]; update: (patch: SettingsPatch) => Promise<void> }) {
  const [text, setText] = useState(() => formatFillerWords(words));
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({
    kind: 'idle',
  });
  const parsed = parseFillerWords(text);
  const changed = parsed.join('\n') !== words.join('\n');
  // The saved list changed under the field (a restored or deleted library): show it, unless the user is editing.
  const [shown, setShown] = useState(words);
  if (shown !== words) {
    setShown(words);
    if (parseFillerWords(text).join('\n') === shown.join('\n')) setText(formatFillerWords(words));
  }

  const save = (): void => {
    setState({ kind: 'saving' });
    update({ fillerWords: parsed })
      .then(() => {
        setText(formatFillerWords(parsed));
        setState({ kind: 'saved' });
      })
      .catch((error: unknown) => setState({ kind: 'error', message: errorMessage(error) }));
  };

  return (
    <section className="settings-section" aria-labelledby="fillers-title">
      <h3 id="fillers-title">Filler words</h3>
      <p className="muted" id="fillers-help">
        Counted in every new attempt. Separate with commas or new lines; phrases like “you know” work too.
      </p>
      {/* Named directly, not by the heading: once the dialog scrolls the heading out of view, axe reads it as hidden. */}
      <textarea
        className="textarea"
        data-testid="filler-words"
        aria-label="Filler words"
        aria-describedby="fillers-help"
        rows={4}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setState({ kind: 'idle' });
        }}
      />
      <div className="row-end">
        <span className="muted" aria-live="polite">
          {state.kind === 'saved' ? 'Saved.' : state.kind === 'error' ? '' : `${parsed.length} words`}
        </span>
        {state.kind === 'error' ? (
          <span className="error-text" role="alert">
            {state.message}
          </span>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          data-testid="save-fillers"
          aria-label="Save filler words"
          disabled={!changed || state.kind === 'saving'}
          onClick={save}
        >
          {state.kind === 'saving' ? 'Saving…' : 'Save'}
        </button>
      </div>
    </section>
  );
}
