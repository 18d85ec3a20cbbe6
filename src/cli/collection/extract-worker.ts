// A worker thread of the ingest: reads and extracts the inputs it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { readOne, type ReadJob } from './read-one';

parentPort?.on('message', (job: ReadJob) => {
  void readOne(job).then((result) => parentPort?.postMessage(result));
});
