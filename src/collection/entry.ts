// An article as the library lists it: a short preview plus the keys its filters need.
import type { Article } from '../article/schema';
import type { Entry } from './schema';

const LEAD_PREVIEW = 240;

/** A lead cut at a word boundary near `LEAD_PREVIEW` characters. */
export function preview(lead: string): string {
  if (lead.length <= LEAD_PREVIEW) return lead;
  const cut = lead.slice(0, LEAD_PREVIEW);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > LEAD_PREVIEW / 2 ? space : LEAD_PREVIEW)}…`;
}

/** Where an article came from: its site, the host of its URL, or null. */
export function sourceOf(article: Article): string | null {
  const { site, url } = article.source ?? {};
  if (site) return site;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The library's entry for `article`. `personKey` maps the article's person ids to the people
 * index's keys; `source` overrides the article's own (the folder an ingested text came from).
 */
export function entryOf(
  article: Article,
  personKey: (personId: string) => string | undefined,
  source: string | null = sourceOf(article),
): Entry {
  const { people, directives, awards } = article.entities;
  const keys = (ids: (string | null | undefined)[]) => [
    ...new Set(ids.flatMap((id) => (id ? (personKey(id) ?? []) : []))),
  ];
  return {
    slug: article.slug,
    title: article.title,
    date: article.date,
    lead: preview(article.lead),
    source,
    counts: { people: people.length, directives: directives.length, awards: awards.length },
    people: keys(people.map((p) => p.id)),
    issuers: keys(directives.map((d) => d.issuer)),
    kinds: [...new Set(awards.map((a) => a.kind))],
  };
}
