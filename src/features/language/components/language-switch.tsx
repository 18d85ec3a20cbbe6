// VI | EN in the header: two toggle buttons, the current one pressed. Switching re-renders at once.
// Each language is named in its own language ("Tiếng Việt", "English"), as multilingual sites do, so
// a reader who needs the other language recognises it; `lang` on each button makes a screen reader
// speak the name in that language's voice. The visible code is the start of the accessible name
// ("EN English"), so voice control by what is on screen works.
import { useTranslation } from '@/i18n/use-translation';
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
          {lang.toUpperCase()} <span className="visually-hidden">{t(`language.${lang}`)}</span>
        </button>
      ))}
    </div>
  );
}
