// Text with some of its ranges marked, rendered as React text nodes only (never as HTML).
import type { ReactNode } from 'react';

export interface Mark {
  start: number;
  end: number;
  /** The current place among several: drawn stronger and scrolled to. */
  current?: boolean;
  /** What the marked place belongs to (`person`, `directive`, `award`) and its id. */
  entity?: string;
  id?: string;
}

export interface Ref {
  start: number;
  end: number;
  /** Rendered around the referring words (a person's name, a title with its gloss). */
  render: (children: ReactNode, key: string) => ReactNode;
}

interface Props {
  text: string;
  /** Render only text[from, to) of `text`; ranges stay relative to the whole text. */
  from?: number;
  to?: number;
  marks?: Mark[];
  refs?: Ref[];
  markAttributes?: (mark: Mark) => Record<string, string | boolean | undefined>;
}

/** A run of this many characters without white space gets a line-break opportunity every so often. */
const LONG_RUN = 64;
const LONG_RUN_RE = new RegExp(`\\S{${LONG_RUN + 1},}`, 'gu');

/**
 * Plain text, with a <wbr> every LONG_RUN characters inside very long unbroken runs. Without them a
 * browser lays out a line of one 1 MB "word" in quadratic time (minutes); the text itself is unchanged.
 */
function breakable(text: string, keyBase: string): ReactNode[] {
  if (text.length <= LONG_RUN) return [text];
  const out: ReactNode[] = [];
  let at = 0;
  for (const run of text.matchAll(LONG_RUN_RE)) {
    const end = run.index + run[0].length;
    for (let cut = run.index + LONG_RUN; cut < end; cut += LONG_RUN) {
      out.push(text.slice(at, cut), <wbr key={`${keyBase}-w${cut}`} />);
      at = cut;
    }
  }
  out.push(text.slice(at));
  return out;
}

function withRefs(
  text: string,
  from: number,
  to: number,
  refs: Ref[],
  keyBase: string,
): ReactNode[] {
  const out: ReactNode[] = [];
  let at = from;
  for (const r of refs) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, to);
    if (end <= start) continue;
    if (start > at) out.push(...breakable(text.slice(at, start), `${keyBase}-${at}`));
    out.push(r.render(text.slice(start, end), `${keyBase}-${start}`));
    at = end;
  }
  if (at < to) out.push(...breakable(text.slice(at, to), `${keyBase}-${at}`));
  return out;
}

export function HighlightedText({
  text,
  from = 0,
  to = text.length,
  marks = [],
  refs = [],
  markAttributes,
}: Props) {
  const sortedRefs = [...refs].sort((a, b) => a.start - b.start || b.end - a.end);
  const sortedMarks = marks
    .filter((m) => m.end > from && m.start < to)
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = from;
  for (const m of sortedMarks) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, to);
    if (end <= start) continue;
    if (start > at) out.push(...withRefs(text, at, start, sortedRefs, `t${at}`));
    const key = `m${start}`;
    const inner = withRefs(text, start, end, sortedRefs, key);
    out.push(
      <mark key={key} className={m.current ? 'current' : undefined} {...markAttributes?.(m)}>
        {inner}
      </mark>,
    );
    at = end;
  }
  if (at < to) out.push(...withRefs(text, at, to, sortedRefs, `t${at}`));
  return <>{out}</>;
}
