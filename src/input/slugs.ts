// Where each input is written: `<slug>.json`, the slug made from the file's name. Inputs whose names
// give the same slug each get a readable suffix taken from the input itself (its folder, else a short
// hash of its name, else of its path), never from the order they came in, so the same inputs always
// land in the same files and an ingest never swaps two articles.
import { slugify } from '../extract/index';

const fnv1a = (text: string) => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0').slice(0, 6);
};

const parts = (path: string) => path.split(/[/\\]+/u).filter(Boolean);
const fileName = (path: string) => parts(path).at(-1) ?? path;
const stem = (name: string) => name.replace(/\.[^.]*$/u, '') || name;

/** The slug of a file name: its Latin letters and digits; a name with none gets a hash of itself. */
export function slugFromName(name: string): string {
  const base = stem(fileName(name));
  const folded = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd');
  return /[a-z0-9]/iu.test(folded) ? slugify(base, 100) : `article-${fnv1a(base)}`;
}

type Suffix = (path: string) => string;
const SUFFIXES: Suffix[] = [
  (path) => slugify(parts(path).at(-2) ?? '', 40),
  (path) => fnv1a(fileName(path)),
  (path) => fnv1a(parts(path).join('/')),
];

/** One distinct slug per path (paths are distinct files). */
export function planSlugs(paths: readonly string[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const base = slugFromName(path);
    groups.set(base, [...(groups.get(base) ?? []), path]);
  }
  const plan = new Map<string, string>();
  for (const [base, group] of groups) {
    if (group.length === 1) {
      plan.set(group[0]!, base);
      continue;
    }
    const suffix = SUFFIXES.find((s) => new Set(group.map(s)).size === group.length);
    for (const path of group) plan.set(path, suffix ? `${base}-${suffix(path)}` : base);
  }
  // A suffixed slug may equal another input's slug (`a/x` -> `x-a` beside `x-a.txt`), and identical
  // suffixes are possible in theory: number what still clashes, in the order of the paths.
  const taken = new Set<string>();
  for (const path of [...paths].sort()) {
    const wanted = plan.get(path)!;
    let slug = wanted;
    for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}`;
    taken.add(slug);
    plan.set(path, slug);
  }
  return plan;
}
