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
    if (start > at) out.push(text.slice(at, start));
    out.push(r.render(text.slice(start, end), `${keyBase}-${start}`));
    at = end;
  }
  if (at < to) out.push(text.slice(at, to));
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
