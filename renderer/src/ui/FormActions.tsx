// The foot of an editing form: what went wrong (announced), then Cancel and Save.
interface FormActionsProps {
  error: string | null;
  saving: boolean;
  onCancel: () => void;
  saveTestId: string;
}

export function FormActions({ error, saving, onCancel, saveTestId }: FormActionsProps) {
  return (
    <>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row-end">
        <button type="button" className="button button-ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" data-testid={saveTestId} disabled={saving}>
          Save
        </button>
      </div>
    </>
  );
}
