import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  /** `alertdialog` for problems the person must read. */
  role?: 'dialog' | 'alertdialog';
  onClose(): void;
  children: ReactNode;
  className?: string;
}

/**
 * Opens a native <dialog> as a modal when it mounts, and on unmount closes it and gives the
 * focus back to what had it (the button that opened it). The ref goes on the <dialog>.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, []);
  return ref;
}

/** A native modal <dialog>: focus is trapped by the browser, Escape closes, focus returns to the opener. */
export function Modal({ title, role = 'dialog', onClose, children, className }: ModalProps) {
  const ref = useModalDialog();
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      className={`lp-sm-dialog ${className ?? ''}`}
      // The canvas's single-key shortcuts (play, delete, ...) must not act behind a modal dialog.
      onKeyDown={(event) => event.stopPropagation()}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="lp-sm-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="lp-sm-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
