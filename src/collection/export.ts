// The collection's people, directives and awards as rows for analysis: one row per item, with the
// article's slug, title, date and source, in one long table (CSV and JSON Lines) that a
// spreadsheet, pandas or R reads as it is.
import type { Article } from '../article/schema';

export const COLUMNS = [
  'item',
  'slug',
  'title',
  'date',
  'source',
  'person',
  'role',
  'text',
  'kind',
  'recipient',
] as const;

export type Row = Record<(typeof COLUMNS)[number], string>;

/** Every person, directive and award of `article` as rows. */
export function rowsOf(article: Article, source: string | null): Row[] {
  const { people, directives, awards } = article.entities;
  const byId = new Map(people.map((p) => [p.id, p]));
  const base = {
    slug: article.slug,
    title: article.title,
    date: article.date ?? '',
    source: source ?? '',
  };
  const who = (id: string | null | undefined) => {
    const p = id ? byId.get(id) : undefined;
    return { person: p?.name ?? '', role: p?.roles[0]?.text ?? '' };
  };
  const blank = { text: '', kind: '', recipient: '' };
  return [
    ...people.map((p) => ({
      item: 'person',
      ...base,
      ...who(p.id),
      ...blank,
      text: p.roles.map((r) => r.text).join('; '),
      kind: p.credit ?? '',
    })),
    ...directives.map((d) => ({
      item: 'directive',
      ...base,
      ...who(d.issuer),
      ...blank,
      text: d.text,
      kind: d.cue,
    })),
    ...awards.map((a) => ({
      item: 'award',
      ...base,
      ...who(a.presenter),
      text: a.name,
      kind: a.kind,
      recipient: a.recipient ?? '',
    })),
  ];
}

/** A CSV field: quoted when it must be, and a leading = + - @ made inert for spreadsheets. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a header row and a byte-order mark, so spreadsheets read the Vietnamese as UTF-8. */
export function toCsv(rows: Row[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => field(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const toJsonLines = (rows: Row[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');
