import { useTranslation } from '@/i18n/use-translation';
import { Dialog } from '@/components/ui/dialog';

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
  return (
    <Dialog open={open} onClose={onClose} labelledBy="help-title" className="help">
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
    </Dialog>
  );
}
