import { useTranslation } from '@/i18n/use-translation';
import { Icon } from '@/components/ui/icon';
import '../place-stepper.css';

interface Props {
  name: string;
  step: { index: number; total: number };
  onStep: (delta: number) => void;
  onClear: () => void;
}

/** Next and previous through the selected item's places in the text. */
export function PlaceStepper({ name, step, onStep, onClear }: Props) {
  const { t } = useTranslation();
  return (
    // A named region: it stands outside the page's other landmarks, in the reader's toolbar.
    <section className="stepper" aria-label={t('entities.selected', { name })}>
      <p className="stepper-name">{t('entities.selected', { name })}</p>
      <div className="stepper-controls">
        <button
          type="button"
          onClick={() => onStep(-1)}
          disabled={step.total < 2}
          aria-label={t('entities.previous')}
        >
          <Icon name="prev" />
        </button>
        <span aria-live="polite" className="stepper-count">
          {t('entities.place', { current: step.total ? step.index + 1 : 0, total: step.total })}
        </span>
        <button
          type="button"
          onClick={() => onStep(1)}
          disabled={step.total < 2}
          aria-label={t('entities.next')}
        >
          <Icon name="next" />
        </button>
        <button type="button" className="link" onClick={onClear}>
          {t('entities.clear')}
        </button>
      </div>
    </section>
  );
}
