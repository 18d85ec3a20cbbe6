// Theme (system, light, dark) and text size, remembered in localStorage and applied to <html>.
// public/boot.js applies the remembered ones before the first paint; the buttons show them once the
// page runs, having first rendered the defaults as a pre-rendered page holds them (no hydration
// mismatch), and without ever undoing on <html> what boot.js set.
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from '@/i18n/use-translation';
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

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
/** The visit's own copy: read once from storage, and what a browser without storage keeps. */
const session = new Map<string, unknown>();

function remember(key: string, value: unknown) {
  session.set(key, value);
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // No storage: the setting lasts for this visit.
  }
  listeners.forEach((listener) => listener());
}

/** A remembered setting; the default while hydrating, as the server rendered it. */
function useSetting<T>(key: string, fallback: T, valid: (v: unknown) => v is T): T {
  return useSyncExternalStore(
    subscribe,
    () => {
      // Read from storage once: every render of the header (each language switch) asked it again,
      // 2 ms of a switch.
      if (!session.has(key)) session.set(key, stored(key, fallback, valid));
      const value = session.get(key);
      return valid(value) ? value : fallback;
    },
    () => fallback,
  );
}

const isTheme = (v: unknown): v is Theme => THEMES.includes(v as Theme);
const isSize = (v: unknown): v is number => SIZES.includes(v as number);

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
const applySize = (size: number) =>
  document.documentElement.style.setProperty('--text-scale', String(size));

export function DisplaySettings() {
  const { t } = useTranslation();
  const theme = useSetting('docbao.theme', 'system', isTheme);
  const size = useSetting('docbao.size', 1, isSize);
  // A remembered choice holds on <html> (as boot.js set it); the defaults are left to the stylesheet.
  useEffect(() => {
    if (theme !== 'system') applyTheme(theme);
  }, [theme]);
  useEffect(() => {
    if (size !== 1) applySize(size);
  }, [size]);
  const setTheme = (next: Theme) => {
    applyTheme(next);
    remember('docbao.theme', next);
  };
  const setSize = (next: number) => {
    applySize(next);
    remember('docbao.size', next);
  };

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
