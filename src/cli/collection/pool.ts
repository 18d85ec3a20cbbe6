// Runs one job per input across the machine's cores with worker_threads, results in input order.
// One core, or few inputs, runs them in this thread: a worker costs more to start than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export async function runPool<In, Out>(
  jobs: In[],
  worker: URL,
  inline: (job: In) => Promise<Out>,
  threads = Math.min(availableParallelism(), 8),
): Promise<Out[]> {
  if (threads <= 1 || jobs.length < 16) {
    const out: Out[] = [];
    for (const job of jobs) out.push(await inline(job));
    return out;
  }
  const results = new Array<Out>(jobs.length);
  let next = 0;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(worker);
      const feed = () => {
        if (next >= jobs.length) {
          void w.terminate().then(() => resolve());
          return;
        }
        const i = next++;
        w.once('message', (result: Out) => {
          results[i] = result;
          feed();
        });
        w.postMessage(jobs[i]);
      };
      w.once('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, start));
  return results;
}
