import { useState, type FormEvent } from 'react';
import { Modal } from './Modal';

const MAX_NAME_LENGTH = 120;

interface RenameDialogProps {
  name: string;
  onRename(name: string): void;
  onClose(): void;
}

export function RenameDialog({ name, onRename, onClose }: RenameDialogProps) {
  const [value, setValue] = useState(name);
  const trimmed = value.trim();
  const problem = trimmed === '' ? 'A scenario needs a name.' : trimmed.length > MAX_NAME_LENGTH ? `At most ${MAX_NAME_LENGTH} characters.` : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    onRename(trimmed);
  };
  return (
    <Modal title="Rename scenario" onClose={onClose}>
      <form onSubmit={submit} className="lp-sm-form">
        <label htmlFor="lp-sm-rename">Scenario name</label>
        <input
          id="lp-sm-rename"
          autoFocus
          value={value}
          maxLength={MAX_NAME_LENGTH + 20}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'lp-sm-rename-problem' : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        {problem && (
          <p id="lp-sm-rename-problem" className="lp-sm-problem">
            {problem}
          </p>
        )}
        <div className="lp-sm-actions">
          <button type="button" className="lp-sm-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="lp-sm-button lp-sm-primary" disabled={problem !== null}>
            Rename
          </button>
        </div>
      </form>
    </Modal>
  );
}
