// i18next with bundled resources: switching language needs no network and re-renders at once.
// The first language comes from `?lang=`, then the remembered choice, then the browser (`vi*` gives
// Vietnamese, anything else English); `<html lang>` follows the language.
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import vi from './locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const STORAGE_KEY = 'docbao.lang';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

/** Maps any language tag to one the interface speaks: `vi*` to Vietnamese, the rest to English. */
export function toLanguage(tag: string | undefined | null): Language {
  return tag?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** Switches the interface language and remembers the choice. */
export async function setLanguage(lang: Language): Promise<void> {
  await i18n.changeLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode): the switch still works for this visit.
  }
}

function reflectInDocument(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = toLanguage(lng);
}

i18n.on('languageChanged', reflectInDocument);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (lng: string) => toLanguage(lng),
    },
    returnNull: false,
    // Resources are bundled, so nothing ever needs to suspend: a suspended root would blank the page
    // for a frame and lose the reader's scroll position.
    react: { useSuspense: false },
  });

export default i18n;
