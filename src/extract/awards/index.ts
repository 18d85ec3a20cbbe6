// Awards conferred at the reported event, in three steps: find the mentions of every kind (mentions.ts),
// fill each one's fields (name.ts, fields.ts), then merge the mentions of one conferral (merge.ts).
import type { Award, Block } from '../../article/schema';
import type { Reference } from '../people';
import type { Span } from '../sentences';
import { readingText } from '../structure';
import { bodyRun, fillFields, giverBefore } from './fields';
import { listedGivers } from './givers';
import { findMentions } from './mentions';
import { mergeMentions, type Filled } from './merge';

/** Finds the awards of an article. `year` is the article's, to tell past conferrals from this one. */
export function findAwards(
  blocks: Block[],
  references: Reference[][],
  sentencesOf: Span[][],
  year: number | null = null,
): Award[] {
  let previous: { block: number; sentence: number; giver: string } | null = null;
  /** The name of the last mention of each kind in each sentence. */
  const named = new Map<string, string>();
  const filled: Filled[] = findMentions(blocks, sentencesOf, year).flatMap((m) => {
    const text = readingText(blocks[m.block]!);
    const fields = fillFields(m, text, references[m.block] ?? []);
    // `được X tặng cờ cho 9 tập thể, tặng bằng khen cho …`, `X trao 5 Kỷ niệm chương … và 3 Bằng
    // khen …`: a mention with no giver of its own shares the giver named before it in the sentence,
    // or the sentence's subject when that is a body (`LĐLĐ TP đã ra quyết định …, tặng …`).
    const here = { block: m.block, sentence: m.sentence.start };
    const bare = fields.name.length === m.kindEnd - m.start;
    if (!fields.giver && !fields.authority && bare && m.verb) {
      const same = previous?.block === here.block && previous.sentence === here.sentence;
      const opening = text.slice(m.sentence.start, m.sentence.end).split(',')[0]!;
      const subject =
        m.verb.at > m.sentence.start + opening.length && giverBefore(opening.trim(), true)
          ? bodyRun(opening.trim())
          : null;
      const giver = same ? previous!.giver : subject;
      if (giver) {
        fields.name = `${fields.name} của ${giver}`;
        fields.authority = true;
      }
    }
    if (fields.giver) previous = { ...here, giver: fields.giver };
    // `6 cờ thi đua … và 43 cờ cho …`: the elided flag is named as the one before it.
    const key = `${m.block}:${m.sentence.start}:${m.kind}`;
    if (m.elided && named.has(key)) fields.name = named.get(key)!;
    else named.set(key, fields.name);
    const word = text.slice(m.start, m.kindEnd);
    const listed =
      m.verb && fields.giver && fields.name === `${word} của ${fields.giver}`
        ? listedGivers(text.slice(m.sentence.start, m.verb.at))
        : [];
    const each = listed.length
      ? listed.map((g) => ({ ...fields, name: `${word} của ${g}` }))
      : [fields];
    return each.map((f) => ({
      ...f,
      kind: m.kind,
      caption: m.caption,
      place: { block: m.block, start: m.start, end: fields.end },
      evidence: m.verb
        ? {
            cue: m.verb.text,
            place: { block: m.block, start: m.verb.at, end: m.verb.at + m.verb.text.length },
          }
        : null,
    }));
  });
  return mergeMentions(filled).map(({ authority: _a, caption: _c, ...d }, i) => ({
    id: `a${i + 1}`,
    ...d,
    mentions: [...d.mentions].sort((x, y) => x.block - y.block || x.start - y.start),
  }));
}
