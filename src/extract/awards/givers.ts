// Awards: several bodies named before one verb of giving (`Sở Y tế, Hội Khuyến học tỉnh; UBND huyện …
// đã trao tặng giấy khen cho …`) each confer the award: a bare award name takes each of them in turn.
import { OFFICES } from '../lexicon/titles';
import { giverBefore } from './fields';

/** A name is a few words long; a longer item is a clause, not a body. */
const MAX_WORDS = 12;
/** Words that make an item a clause (a verb, a time, a place) rather than the name of a body. */
const CLAUSE_WORDS =
  /(?:^|\s)(?:đã|vừa|sẽ|đang|là|được|có|trao|tặng|tại|ngày|sáng|chiều|tối|thay mặt|cùng)(?=\s|$)/u;

/** A list item that is a body's name and nothing else: no office (a person's titles), no verb. */
function isBody(item: string): boolean {
  if (!item || item.split(/\s+/u).length > MAX_WORDS || CLAUSE_WORDS.test(item)) return false;
  if (OFFICES.some((o) => item.startsWith(o))) return false;
  return giverBefore(item, true) !== null;
}

/** The last item up to the words that end a body's name (`… cùng nhiều đơn vị khác đã`). */
const lastBody = (item: string) =>
  item.split(/…|\.\.\.|\s(?:cùng|và các|và nhiều|đã|vừa)\s/u)[0]!.trim();

/**
 * The bodies listed in the clause that ends at the verb, in reading order, when there are two or
 * more: walking back over `,` and `;` while each item is a body's name. `head` is the sentence up to
 * the verb. A single giver gives an empty list (it is read by the fields step).
 */
export function listedGivers(head: string): string[] {
  const items = head.split(/[,;]/u).map((s) => s.trim());
  const last = lastBody(items[items.length - 1] ?? '');
  if (!isBody(last)) return [];
  const found = [last];
  for (let i = items.length - 2; i >= 0 && isBody(items[i]!); i--) found.unshift(items[i]!);
  return found.length > 1 ? found : [];
}
