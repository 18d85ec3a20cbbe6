// The interface's strings for a component: `const { t, i18n } = useTranslation()`, react-i18next's hook
// with the language it renders held in the component's own state. Left to itself, react-i18next
// subscribes each component through useSyncExternalStore, whose updates React always renders
// synchronously: the switch to the reader's language right after hydration re-rendered every
// translated component in one task, 35-50 ms on a desktop and four times that on a phone. Here the
// hook is told not to listen (bindI18n: false) and is handed the language to render instead, which each
// component keeps in state, so that a switch the reader did not ask for (changeLanguageInBackground)
// is a transition, which React renders in slices that yield to the browser. A click stays synchronous:
// a transition would wait for the others pending, such as a long article's chunks growing in the
// background. (One context for the whole app would make React walk every fiber below it, a long
// article's thousands of blocks, to find the few that read it.)
//
// A component that adopts pre-rendered HTML starts in the language that HTML is written in, whatever
// i18next says by then, and switches in its effect: a part of the page hydrated late (the sidebar,
// when its code comes) may hydrate after the reader clicked "EN" (src/components/ui/adopting.ts).
import type { TFunction } from 'i18next';
import { startTransition, useEffect, useMemo, useState } from 'react';
import { useTranslation as useI18next, type UseTranslationOptions } from 'react-i18next';
import { useAdoption } from '@/components/ui/adopting';
import i18n, { PRERENDERED_LANGUAGE } from './index';

export interface Strings {
  /** The strings of the language below, whatever the language is by the time it is called. */
  t: TFunction;
  /** The language these strings are in (read it here, not from the i18next instance). */
  i18n: { language: string; resolvedLanguage: string | undefined };
}

/** The language a component renders, and the options that make react-i18next render it. */
interface Rendered {
  language: Strings['i18n'];
  options: UseTranslationOptions<undefined>;
}

// One per language: the same objects for every component, so react-i18next keeps the same `t` across
// renders (it recomputes when its options object changes).
const rendered = new Map<string, Rendered>();
function entryFor(language: string, resolvedLanguage: string | undefined): Rendered {
  const key = `${language}|${resolvedLanguage}`;
  let entry = rendered.get(key);
  if (!entry) {
    entry = {
      language: { language, resolvedLanguage },
      options: { lng: language, bindI18n: false },
    };
    rendered.set(key, entry);
  }
  return entry;
}
const current = () => entryFor(i18n.language ?? PRERENDERED_LANGUAGE, i18n.resolvedLanguage);
const prerendered = () => entryFor(PRERENDERED_LANGUAGE, PRERENDERED_LANGUAGE);

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
  const adoption = useAdoption();
  const [entry, setEntry] = useState(() => (adoption.adopting ? prerendered() : current()));
  useEffect(() => {
    const update = () => {
      const next = current();
      if (inBackground) startTransition(() => setEntry(next));
      else setEntry(next);
    };
    update(); // the language may have changed since the first render, or that render adopted HTML
    i18n.on('languageChanged', update);
    return () => i18n.off('languageChanged', update);
  }, []);
  const { t } = useI18next(undefined, entry.options);
  return useMemo(() => ({ t, i18n: entry.language }), [t, entry]);
}
