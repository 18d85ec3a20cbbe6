// Typed keys: t('library.title') is checked against the Vietnamese resources.
import 'i18next';
import type vi from './locales/vi.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
