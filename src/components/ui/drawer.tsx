// A panel that is a column beside the page on wide screens and a drawer below 900px: while open on
// a narrow screen it keeps focus inside, Escape closes it, and focus goes back to the button that
// opened it.
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Icon } from './icon';

interface Props {
  id: string;
  open: boolean;
  onClose: () => void;
  returnFocus: RefObject<HTMLElement | null>;
  label: string;
  /** The close button's accessible name. */
  closeLabel: string;
  children: ReactNode;
}

const isNarrow = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 899px)').matches;

export function Drawer({ id, open, onClose, returnFocus, label, closeLabel, children }: Props) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (open && !wasOpen.current) closeRef.current?.focus();
    if (!open && wasOpen.current && isNarrow()) returnFocus.current?.focus();
    wasOpen.current = open;
  }, [open, returnFocus]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!open || !isNarrow()) return;
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !panelRef.current) return;
    const focusable = panelRef.current.querySelectorAll<HTMLElement>(
      'button:not([disabled]), input, a[href], [tabindex="0"]',
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  return (
    <>
      {open && <div className="backdrop" onClick={onClose} />}
      <aside
        ref={panelRef}
        id={id}
        className="sidebar"
        data-open={open}
        aria-label={label}
        onKeyDown={onKeyDown}
      >
        <div className="sidebar-head">
          <h2 className="sidebar-title">{label}</h2>
          <button
            ref={closeRef}
            type="button"
            className="tool drawer-close"
            onClick={onClose}
            aria-label={closeLabel}
          >
            <Icon name="close" />
          </button>
        </div>
        {children}
      </aside>
    </>
  );
}
