import { useEffect, useId, useRef } from 'react';

interface Props {
  title: string;
  open: boolean;
  onClose(): void;
  children: React.ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the browser moves focus into it, keeps it there, and
 * closes it on Escape; focus returns to what opened it.
 */
export function Dialog({ title, open, onClose, children }: Props) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal?.();
      if (!dialog.showModal) dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      dialog.close?.();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} onCancel={onClose} className="dialog">
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}
