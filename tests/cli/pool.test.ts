import { describe, expect, it } from 'vitest';
import { runPool } from '@/cli/collection/pool';

const worker = new URL('../fixtures/workers/slow-double.mjs', import.meta.url);
const jobs = Array.from({ length: 40 }, (_, i) => i);

describe('the ingest pool', () => {
  it('spreads jobs over worker threads and returns results in input order', async () => {
    let inline = 0;
    const results = await runPool(jobs, worker, async (n) => (inline++, n * 2), 3);
    expect(results).toEqual(jobs.map((n) => n * 2));
    expect(inline).toBe(0);
  });

  it('runs in this thread on one core or for a few jobs', async () => {
    let inline = 0;
    const double = async (n: number) => (inline++, n * 2);
    expect(await runPool(jobs.slice(0, 5), worker, double, 4)).toEqual([0, 2, 4, 6, 8]);
    expect(await runPool(jobs, worker, double, 1)).toHaveLength(40);
    expect(inline).toBe(45);
  });
});
