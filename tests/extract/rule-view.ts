// The view of a rule's golden case: only the entities, each as a reader sees it in the sidebar.
// A case is about one behaviour, so the text, blocks and mentions are left out of its expected JSON.
import type { Article, Place } from '@/article/schema';

export function ruleView(article: Article) {
  const at = (p: Place) => article.blocks[p.block]!.text.slice(p.start, p.end);
  const nameOf = (id: string | null | undefined) =>
    article.entities.people.find((p) => p.id === id)?.name ?? null;
  return {
    people: article.entities.people.map((p) => ({
      name: p.name,
      roles: p.roles.map((r) => r.text),
      ...(p.credit ? { credit: p.credit } : {}),
    })),
    directives: article.entities.directives.map((d) => ({
      issuer: nameOf(d.issuer),
      cue: d.cue,
      text: d.text,
      attribution: d.evidence?.attribution ?? null,
      // The sentence that named the issuer, when it is another one.
      ...(d.evidence?.from ? { from: at(d.evidence.from) } : {}),
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
