import { useEffect, useRef, useState } from 'react';
import { Modal } from './Modal';

interface ShareDialogProps {
  url: string;
  /** Why the scenario's template is not in the link (it would make the link too long). */
  note?: string;
  onClose(): void;
}

/** Lines the link takes in the dialog's width (about 70 characters a line), at most 12; longer ones scroll inside the field. */
function rowsFor(url: string): number {
  return Math.min(12, Math.max(2, Math.ceil(url.length / 70)));
}

/** Shows the link and copies it; the field stays selectable when the clipboard is refused. */
export function ShareDialog({ url, note, onClose }: ShareDialogProps) {
  const [copied, setCopied] = useState<'pending' | 'yes' | 'no'>(() => (typeof navigator !== 'undefined' && navigator.clipboard ? 'pending' : 'no'));
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    field.current?.select();
    let live = true;
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) return;
    clipboard.writeText(url).then(
      () => live && setCopied('yes'),
      () => live && setCopied('no'),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <Modal title="Share link" onClose={onClose}>
      <p className="lp-sm-hint">
        The whole scenario is in this link (after the #); nothing is uploaded. Whoever opens it sees the same diagram, and with the same
        seed and run length the same numbers.
      </p>
      {note && <p className="lp-sm-hint" data-testid="share-template-note">{note}</p>}
      <label htmlFor="lp-sm-share-url">Link to this scenario</label>
      {/* The whole link, wrapped over as many lines as it needs: a one-line field showed only its start. */}
      <textarea id="lp-sm-share-url" className="lp-sm-share-url" ref={field} readOnly value={url} rows={rowsFor(url)} spellCheck={false} onFocus={(e) => e.target.select()} />
      <p role="status" className="lp-sm-hint">
        {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'no' ? 'Select the link and copy it (the clipboard was not available).' : ''}
      </p>
      <div className="lp-sm-actions">
        <button type="button" className="lp-sm-button lp-sm-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
}
