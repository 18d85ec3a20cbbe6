// People: a person first called by the given name (`cháu Bảo Trân`) and named in full later in the
// article (`em Nguyễn Ngọc Bảo Trân`) is one person. Names seen in the other order are joined as they
// are found (index.ts); this joins the ones written before the full name.
import { SURNAMES } from '../lexicon/names';
import type { Draft } from './index';

const firstWord = (name: string) => name.slice(0, name.indexOf(' '));

/** The drafts without the given names folded into the one full name they end. */
export function foldGivenNames(drafts: Draft[]): Draft[] {
  const folded = new Set<Draft>();
  for (const given of drafts) {
    // A name that opens with a family name (`Lê Lợi`) is a full name of its own; a byline is kept.
    if (!given.name.includes(' ') || SURNAMES.has(firstWord(given.name)) || given.credit) continue;
    const ending = ` ${given.name}`;
    const full = drafts.filter(
      (d) =>
        d !== given && !folded.has(d) && d.name.endsWith(ending) && SURNAMES.has(firstWord(d.name)),
    );
    if (full.length !== 1) continue;
    const into = full[0]!;
    into.mentions.push(...given.mentions);
    for (const role of given.roles)
      if (!into.roles.some((r) => r.text === role.text)) into.roles.push(role);
    into.first = Math.min(into.first, given.first);
    folded.add(given);
  }
  return folded.size ? drafts.filter((d) => !folded.has(d)) : drafts;
}
