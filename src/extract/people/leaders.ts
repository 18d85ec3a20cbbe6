// People: `lãnh đạo UBND TP X` (the leadership of a body) written where the article has named the one
// person who holds an office in that body refers to that person (`Phó Chủ tịch UBND TP X Y` before).
import type { Place } from '../../article/schema';

interface Holder {
  roles: { text: string; office: string }[];
  mentions: Place[];
}

const LEADERSHIP = /(?<![\p{L}\p{M}])[Ll]ãnh đạo /gu;
/** `các lãnh đạo`, `đại diện lãnh đạo`, `Ban lãnh đạo`: several people, someone unnamed, or a body. */
const NOT_ONE_HOLDER = /(?:các|những|nhiều|cùng|đại diện|[Bb]an|Đảng)\s+$/u;

/** The body of a title without its office word (`UBND TP Hà Nội` of `Phó Chủ tịch UBND TP Hà Nội`). */
function bodyOf(role: { text: string; office: string }): string {
  const at = role.text.indexOf(role.office);
  return at < 0 ? '' : role.text.slice(at + role.office.length).trim();
}

/** Adds a mention to the holder for every `lãnh đạo BODY` in `text` that only one person can be. */
export function leadershipMentions(text: string, block: number, people: Holder[]): void {
  if (!text.includes('ãnh đạo ')) return;
  const bodies: { body: string; holder: Holder }[] = [];
  for (const holder of people)
    for (const role of holder.roles) {
      const body = bodyOf(role);
      // One word (`Bộ`, `tỉnh`) names no single body.
      if (body.includes(' ')) bodies.push({ body, holder });
    }
  if (bodies.length === 0) return;
  for (const m of text.matchAll(LEADERSHIP)) {
    if (NOT_ONE_HOLDER.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const from = m.index + m[0].length;
    let best: { body: string; holders: Set<Holder> } | null = null;
    for (const { body, holder } of bodies) {
      if (!text.startsWith(body, from) || /[\p{L}\p{M}]/u.test(text[from + body.length] ?? ''))
        continue;
      if (!best || body.length > best.body.length) best = { body, holders: new Set([holder]) };
      else if (body.length === best.body.length) best.holders.add(holder);
    }
    if (best?.holders.size !== 1) continue;
    const [holder] = best.holders;
    holder!.mentions.push({ block, start: m.index, end: from + best.body.length });
  }
}
