// Looking up the references inside a range in time proportional to what is found, not to the block.

interface Ranged {
  start: number;
  end: number;
}

/** The items of `sorted` (by start) that lie wholly inside [start, end). */
export function within<T extends Ranged>(sorted: T[], start: number, end: number): T[] {
  return startingIn(sorted, start, end).filter((r) => r.end <= end);
}

/** The items of `sorted` (by start) that start inside [start, end). */
export function startingIn<T extends Ranged>(sorted: T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) out.push(sorted[i]!);
  return out;
}
