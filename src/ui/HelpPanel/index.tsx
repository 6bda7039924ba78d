/** The keyboard shortcuts, as a dialog. */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../shortcuts';
import { useUiStore } from '../uiStore';

export function HelpPanel() {
  const open = useUiStore((s) => s.helpOpen);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="lp-dialog-backdrop" onClick={() => useUiStore.getState().toggleHelp(false)}>
      <div className="lp-dialog" role="dialog" aria-modal="true" aria-labelledby="lp-help-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="lp-help-title">Keyboard shortcuts</h2>
        <table className="lp-shortcuts">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <th scope="row">
                  <kbd>{s.keys}</kbd>
                </th>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={() => useUiStore.getState().toggleHelp(false)} aria-label="Close keyboard shortcuts">
          Close
        </button>
      </div>
    </div>
  );
}
