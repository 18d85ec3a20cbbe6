// VI | EN in the header: two toggle buttons, the current one pressed. Switching re-renders at once.
// Each language is named in its own language ("Tiếng Việt", "English"), as multilingual sites do, so
// a reader who needs the other language recognises it; `lang` on each button makes a screen reader
// speak the name in that language's voice. The visible code is the start of the accessible name
// ("EN English"), so voice control by what is on screen works.
//
// The English glossary (the titles' translations) stays out of the Vietnamese reader's download until
// the reader shows an intent to switch: a pointer over "EN", a finger down on it, or focus on it. It is
// then usually loaded by the click, and the first English frame has the titles glossed.
import { useTranslation } from '@/i18n/use-translation';
import { LANGUAGES, setLanguage, toLanguage } from '@/i18n';
import { loadGlossary } from '@/i18n/glossary/use-gloss';

/** Starts loading the glossary; a failure is left to the switch, which tries again. */
const prepareEnglish = () => void loadGlossary().catch(() => undefined);

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
          {...(lang === 'en' && {
            onPointerEnter: prepareEnglish,
            onPointerDown: prepareEnglish,
            onFocus: prepareEnglish,
          })}
        >
          {lang.toUpperCase()} <span className="visually-hidden">{t(`language.${lang}`)}</span>
        </button>
      ))}
    </div>
  );
}
