import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const KEYS = [
  ['j', 'shortcuts.next'],
  ['k', 'shortcuts.previous'],
  ['s', 'shortcuts.sidebar'],
  [']', 'shortcuts.nextPlace'],
  ['[', 'shortcuts.previousPlace'],
  ['?', 'shortcuts.help'],
  ['Esc', 'shortcuts.escape'],
] as const;

/** The list of keyboard shortcuts, in a modal dialog opened with `?`. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="help"
      aria-labelledby="help-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="help-title">{t('shortcuts.title')}</h2>
      <dl>
        {KEYS.map(([key, label]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        {t('shortcuts.close')}
      </button>
    </dialog>
  );
}
