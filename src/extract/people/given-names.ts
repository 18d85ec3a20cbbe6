// People: a person first called by the given name (`cháu Bảo Trân`) and named in full later in the
// article (`em Nguyễn Ngọc Bảo Trân`) is one person. Names seen in the other order are joined as they
// are found (index.ts); this joins the ones written before the full name.
import { SURNAMES } from '../lexicon/names';
import type { Draft } from './index';

const firstWord = (name: string) => name.slice(0, name.indexOf(' '));

/** The drafts without the given names folded into the one full name they end. */
export function foldGivenNames(drafts: Draft[]): Draft[] {
  // A name that opens with a family name (`Lê Lợi`) is a full name of its own; a byline is kept.
  const given = drafts.filter(
    (d) => d.name.includes(' ') && !SURNAMES.has(firstWord(d.name)) && !d.credit,
  );
  if (given.length === 0) return drafts;
  // Every ending of two words or more of each full name, once: a lookup per name, not a scan.
  const byEnding = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (!SURNAMES.has(firstWord(d.name))) continue;
    const words = d.name.split(' ');
    for (let i = 1; i < words.length - 1; i++) {
      const ending = words.slice(i).join(' ');
      const list = byEnding.get(ending);
      if (!list) byEnding.set(ending, [d]);
      else if (!list.includes(d)) list.push(d);
    }
  }
  const folded = new Set<Draft>();
  for (const name of given) {
    const full = byEnding.get(name.name);
    if (full?.length !== 1) continue;
    const into = full[0]!;
    into.mentions.push(...name.mentions);
    for (const role of name.roles)
      if (!into.roles.some((r) => r.text === role.text)) into.roles.push(role);
    into.first = Math.min(into.first, name.first);
    folded.add(name);
  }
  return folded.size ? drafts.filter((d) => !folded.has(d)) : drafts;
}
