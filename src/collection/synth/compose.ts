// A synthetic article from the parts: a dated opening naming an official, directives they give,
// sometimes an award they hand over, a second official quoted, and a byline. Deterministic per seed.
import * as P from './parts';

/** A small seeded generator (mulberry32): the same seed gives the same collection on any machine. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

export interface Official {
  name: string;
  role: string;
}

/** A fixed cast of officials, so the same people recur across articles as they would in the news. */
export function cast(size: number, seed = 1): Official[] {
  const r = random(seed);
  const out: Official[] = [];
  const taken = new Set<string>();
  while (out.length < size) {
    const name = `${pick(r, P.FAMILY)} ${pick(r, P.MIDDLE)} ${pick(r, P.GIVEN)}`;
    const role =
      r() < 0.7
        ? `${pick(r, P.PROVINCE_OFFICES)} ${pick(r, P.PROVINCES)}`
        : `${pick(r, P.MINISTRY_OFFICES)} ${pick(r, P.MINISTRIES)}`;
    if (taken.has(`${name}|${role}`)) continue;
    taken.add(`${name}|${role}`);
    out.push({ name, role });
  }
  return out;
}

export interface SynthArticle {
  outlet: string;
  name: string;
  text: string;
}

export function compose(n: number, officials: Official[], seed = 7): SynthArticle {
  const r = random(seed * 100_003 + n);
  const a = pick(r, officials);
  let b = pick(r, officials);
  if (b === a) b = officials[(officials.indexOf(a) + 1) % officials.length]!;
  const [topic, object] = pick(r, P.TOPICS);
  const year = 2019 + Math.floor(r() * 7);
  const day = 1 + Math.floor(r() * 28);
  const month = 1 + Math.floor(r() * 12);
  const event = pick(r, P.EVENTS);
  const paragraphs = [
    `${a.role} ${a.name} chỉ đạo công tác ${topic}`,
    `Ngày ${day}/${month}/${year}, tại ${event} về công tác ${topic}, ông ${a.name}, ${a.role}, đã phát biểu chỉ đạo.`,
    `Theo báo cáo, trong năm ${year} việc kiểm tra ${object} đã có nhiều chuyển biến nhưng còn chậm ở một số nơi.`,
  ];
  const directives = 1 + Math.floor(r() * 3);
  for (let i = 0; i < directives; i++) {
    paragraphs.push(
      `${a.role} ${a.name} ${pick(r, P.CUES)} ${pick(r, P.ADDRESSEES)} ${pick(r, P.ACTIONS)}.`,
    );
  }
  if (r() < 0.4) {
    paragraphs.push(
      `Dịp này, ông ${a.name} đã trao ${pick(r, P.HONOURS)} cho ${pick(r, P.UNITS)}.`,
    );
  }
  paragraphs.push(
    `Phát biểu tại ${event}, ông ${b.name}, ${b.role}, cho biết sẽ tiếp tục theo dõi việc thực hiện ${object}.`,
  );
  paragraphs.push(`${pick(r, P.FAMILY)} ${pick(r, P.GIVEN)}`);
  return {
    outlet: pick(r, P.OUTLETS),
    name: `${String(n).padStart(6, '0')}-${topic.replace(/\s+/g, '-')}`,
    text: `${paragraphs.join('\n\n')}\n`,
  };
}
