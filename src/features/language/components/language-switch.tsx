// VI | EN in the header: two toggle buttons, the current one pressed. Switching re-renders at once.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, toLanguage } from '@/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={current === lang}
          onClick={() => void setLanguage(lang)}
        >
          <span aria-hidden="true">{lang.toUpperCase()}</span>
          <span className="visually-hidden">{t(`language.${lang}`)}</span>
        </button>
      ))}
    </div>
  );
}
