import type { ScenarioIssue } from '../../model';
import { Modal } from './Modal';

interface ProblemDialogProps {
  title: string;
  message: string;
  issues: readonly ScenarioIssue[];
  /** Whether to reassure that the diagram on screen was kept. */
  keptDiagram: boolean;
  onClose(): void;
}

/** Why a file, link or autosave could not be used, field by field. */
export function ProblemDialog({ title, message, issues, keptDiagram, onClose }: ProblemDialogProps) {
  const [summary] = message.split('\n');
  return (
    <Modal title={title} role="alertdialog" onClose={onClose} className="lp-sm-problem-dialog">
      {issues.length > 0 ? (
        <>
          <p>{summary}</p>
          <ul className="lp-sm-issues" aria-label="Problems found">
            {issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        message.split('\n').map((line, i) => <p key={i}>{line}</p>)
      )}
      {keptDiagram && <p className="lp-sm-kept">Your diagram was not changed.</p>}
      <div className="lp-sm-actions">
        <button type="button" className="lp-sm-button lp-sm-primary" onClick={onClose} autoFocus>
          OK
        </button>
      </div>
    </Modal>
  );
}
