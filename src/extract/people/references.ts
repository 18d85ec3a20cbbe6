// Looking up the references inside a range in time proportional to what is found, not to the block.

interface Ranged {
  start: number;
  end: number;
}

/** The items of `sorted` (by start) that lie wholly inside [start, end). */
export function within<T extends Ranged>(sorted: T[], start: number, end: number): T[] {
  return startingIn(sorted, start, end).filter((r) => r.end <= end);
}

/** Index of the first item of `sorted` (by start) that starts at or after `at`. */
export function firstFrom(sorted: { start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of `sorted` (by start) that start inside [start, end). */
export function startingIn<T extends Ranged>(sorted: T[], start: number, end: number): T[] {
  const lo = firstFrom(sorted, start);
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) out.push(sorted[i]!);
  return out;
}
