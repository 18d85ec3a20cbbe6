// i18next with the Vietnamese resources bundled and the English ones in a chunk of their own, loaded
// before the first render when English is the reader's language and otherwise right after the first
// paint, so a switch never waits. The first language comes from `?lang=`, then the remembered choice,
// then the browser (`vi*` gives Vietnamese, anything else English); `<html lang>` follows the language.
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterNextPaint } from '@/components/ui/after-next-paint';
import vi from './locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const STORAGE_KEY = 'docbao.lang';
/** The language pages are pre-rendered in at build, and so hydrated in. */
export const PRERENDERED_LANGUAGE: Language = 'vi';

/** Maps any language tag to one the interface speaks: `vi*` to Vietnamese, the rest to English. */
export function toLanguage(tag: string | undefined | null): Language {
  return tag?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

function remember(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode): the choice still holds for this visit.
  }
}

/** `?lang=` (remembered, as a choice), then the remembered choice, then the browser's languages. */
export function detectLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked) {
    remember(toLanguage(asked));
    return toLanguage(asked);
  }
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // no storage: fall through to the browser
  }
  if (stored) return toLanguage(stored);
  return toLanguage(navigator.languages?.[0] ?? navigator.language);
}

/** Serves the English strings from their own chunk; Vietnamese is bundled in `resources`. */
const englishChunk: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, {});
    import('./locales/en.json').then(
      (module) => callback(null, module.default),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), false),
    );
  },
};

/**
 * Switches the interface language and remembers the choice. Storage is written after the new strings
 * are painted: a synchronous write to localStorage can take a millisecond or more of the switch.
 */
export async function setLanguage(lang: Language): Promise<void> {
  await i18n.changeLanguage(lang);
  await new Promise((resolve) => setTimeout(resolve, 0));
  remember(lang);
}

/** Fetches the other language's strings ahead of a switch (after the first paint). */
export function preloadLanguages(): Promise<unknown> {
  return i18n.loadLanguages([...LANGUAGES]);
}

// The document's language follows once the switch is painted: a change of <html lang> makes the
// browser style the whole page again, 3 ms of the switch's frame, for nothing on screen (no rule
// depends on the language); screen readers read the page after that frame anyway.
let cancelReflect = () => {};
function reflectInDocument(lng: string) {
  if (typeof document === 'undefined') return;
  cancelReflect();
  cancelReflect = afterNextPaint(() => (document.documentElement.lang = toLanguage(lng)));
}

i18n.on('languageChanged', reflectInDocument);

/** Resolves once the first language's strings are there: render after it, so no key ever shows. */
export const i18nReady = i18n
  .use(englishChunk)
  .use(initReactI18next)
  .init({
    resources: { vi: { translation: vi } },
    partialBundledLanguages: true,
    lng: detectLanguage(),
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    // Strings are in memory before a language is switched to, so nothing ever needs to suspend: a
    // suspended root would blank the page for a frame and lose the reader's scroll position.
    react: { useSuspense: false },
  });

export default i18n;
