// The interface's strings for a component: `const { t, i18n } = useTranslation()`, as react-i18next's
// hook reads, with one subscription to the language for the whole app (LanguageProvider) instead of
// one per component. react-i18next's hook subscribes each component through useSyncExternalStore,
// whose updates React always renders synchronously: a switch re-rendered every translated component
// in one task, on the reader right after hydration (when the page turns to the reader's language)
// 35-50 ms on a desktop, four times that on a phone. Here a switch is a transition, which React renders
// in slices that yield to the browser, and each component reads one shared snapshot.
import type { TFunction } from 'i18next';
import {
  createContext,
  startTransition,
  use,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import i18n from './index';

export interface Strings {
  /** The strings of the language below, whatever the language is by the time it is called. */
  t: TFunction;
  /** The language these strings are in (read it here, not from the i18next instance). */
  i18n: { language: string; resolvedLanguage: string | undefined };
}

// One snapshot per language, so that a component reading it twice gets the same object.
const snapshots = new Map<string, Strings>();
function current(): Strings {
  const language = i18n.language ?? 'vi';
  const resolvedLanguage = i18n.resolvedLanguage;
  const key = `${language}|${resolvedLanguage}`;
  let strings = snapshots.get(key);
  if (!strings) {
    strings = { t: i18n.getFixedT(language), i18n: { language, resolvedLanguage } };
    snapshots.set(key, strings);
  }
  return strings;
}

function subscribe(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}

const LanguageContext = createContext<Strings | null>(null);

/** Holds the interface language for everything inside it; a switch re-renders them as a transition. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [strings, setStrings] = useState(current);
  useEffect(() => {
    const update = () => startTransition(() => setStrings(current()));
    update(); // the language may have changed between the first render and this effect
    return subscribe(update);
  }, []);
  return <LanguageContext value={strings}>{children}</LanguageContext>;
}

/** The strings of the interface language. Outside a LanguageProvider (a test) it follows i18next at once. */
export function useTranslation(): Strings {
  const provided = use(LanguageContext);
  const own = useSyncExternalStore(provided ? noSubscription : subscribe, current, current);
  return provided ?? own;
}

const noSubscription = () => () => {};
