import { Modal } from './Modal';

interface NotesDialogProps {
  title: string;
  notes: readonly string[];
  onClose(): void;
}

/** What an import changed or left out (a template has no traffic, some resources are not simulated). */
export function NotesDialog({ title, notes, onClose }: NotesDialogProps) {
  return (
    <Modal title={title} onClose={onClose}>
      <ul className="lp-sm-issues" aria-label="Notes about the import">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <div className="lp-sm-actions">
        <button type="button" className="lp-sm-button lp-sm-primary" onClick={onClose} autoFocus>
          OK
        </button>
      </div>
    </Modal>
  );
}
