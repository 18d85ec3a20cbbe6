// Theme (system, light, dark) and text size, remembered in localStorage and applied to <html>.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/ui/icon';

type Theme = 'system' | 'light' | 'dark';
const THEMES: Theme[] = ['system', 'light', 'dark'];
const SIZES = [0.9, 1, 1.1, 1.2, 1.35];

function stored<T>(key: string, fallback: T, valid: (v: unknown) => v is T): T {
  try {
    const raw = localStorage.getItem(key);
    const value: unknown = raw === null ? null : JSON.parse(raw);
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

function remember(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // No storage: the setting lasts for this visit.
  }
}

export function DisplaySettings() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<Theme>(() =>
    stored('docbao.theme', 'system', (v): v is Theme => THEMES.includes(v as Theme)),
  );
  const [size, setSize] = useState<number>(() =>
    stored('docbao.size', 1, (v): v is number => SIZES.includes(v as number)),
  );

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    remember('docbao.theme', theme);
  }, [theme]);
  useEffect(() => {
    document.documentElement.style.setProperty('--text-scale', String(size));
    remember('docbao.size', size);
  }, [size]);

  const at = SIZES.indexOf(size);
  const nextTheme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
  return (
    <div className="settings" role="group" aria-label={t('app.settings')}>
      <button
        type="button"
        className="tool"
        onClick={() => setSize(SIZES[Math.max(0, at - 1)]!)}
        disabled={at <= 0}
        aria-label={t('textSize.smaller')}
      >
        <span aria-hidden="true" className="size-small">
          A
        </span>
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => setSize(SIZES[Math.min(SIZES.length - 1, at + 1)]!)}
        disabled={at >= SIZES.length - 1}
        aria-label={t('textSize.larger')}
      >
        <span aria-hidden="true" className="size-large">
          A
        </span>
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => setTheme(nextTheme)}
        aria-label={`${t('theme.label')}: ${t(`theme.${theme}`)}`}
        title={`${t('theme.label')}: ${t(`theme.${theme}`)}`}
      >
        <Icon name={theme === 'dark' ? 'moon' : 'sun'} />
      </button>
    </div>
  );
}
