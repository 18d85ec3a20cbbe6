// The golden view of an article: what a reviewer reads in a JSON diff. Ranges are shown as the text
// they cover, so a wrong offset shows up as wrong words.
import type { Article, Place } from '@/article/schema';

export function goldenView(article: Article) {
  const at = (p: Place) => article.blocks[p.block]!.text.slice(p.start, p.end);
  const nameOf = (id: string | null | undefined) =>
    article.entities.people.find((p) => p.id === id)?.name ?? null;
  return {
    title: article.title,
    titleDerived: article.titleDerived,
    date: article.date,
    byline: article.byline,
    blocks: article.blocks.map((b) => `${b.type}: ${b.text.slice(0, 60)}`),
    sections: article.sections.map((s) => s.heading),
    people: article.entities.people.map((p) => ({
      name: p.name,
      roles: p.roles.map((r) => r.text),
      ...(p.credit ? { credit: p.credit } : {}),
      mentions: p.mentions.map(at),
    })),
    directives: article.entities.directives.map((d) => ({
      issuer: nameOf(d.issuer),
      cue: d.cue,
      text: d.text,
    })),
    awards: article.entities.awards.map((a) => ({
      name: a.name,
      kind: a.kind,
      recipient: a.recipient,
      count: a.count ?? null,
      presenter: nameOf(a.presenter),
    })),
  };
}
