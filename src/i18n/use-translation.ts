// The interface's strings for a component: `const { t, i18n } = useTranslation()`, as react-i18next's
// hook reads. react-i18next's hook subscribes each component through useSyncExternalStore, whose
// updates React always renders synchronously: the switch to the reader's language right after
// hydration re-rendered every translated component in one task, 35-50 ms on a desktop and four times
// that on a phone. Here each component holds its strings in state, so that a switch the reader did not
// ask for (changeLanguageInBackground) is a transition, which React renders in slices that yield to
// the browser. A click stays synchronous: a transition would wait for the others pending, such as a
// long article's chunks growing in the background. (One context for the whole app would make React
// walk every fiber below it, a long article's thousands of blocks, to find the few that read it.)
import type { TFunction } from 'i18next';
import { startTransition, useEffect, useState } from 'react';
import i18n from './index';

export interface Strings {
  /** The strings of the language below, whatever the language is by the time it is called. */
  t: TFunction;
  /** The language these strings are in (read it here, not from the i18next instance). */
  i18n: { language: string; resolvedLanguage: string | undefined };
}

// One snapshot per language: the same object for every component, and the same `t` across renders.
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

let inBackground = false;

/** Changes the language as a transition: for a switch nobody is waiting to see (after hydration). */
export async function changeLanguageInBackground(language: string): Promise<void> {
  inBackground = true;
  try {
    await i18n.changeLanguage(language);
  } finally {
    inBackground = false;
  }
}

/** The strings of the interface language; the component renders again when it changes. */
export function useTranslation(): Strings {
  const [strings, setStrings] = useState(current);
  useEffect(() => {
    const update = () => {
      const next = current();
      if (inBackground) startTransition(() => setStrings(next));
      else setStrings(next);
    };
    update(); // the language may have changed between the first render and this effect
    i18n.on('languageChanged', update);
    return () => i18n.off('languageChanged', update);
  }, []);
  return strings;
}
