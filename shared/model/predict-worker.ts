// Worker thread entry: loads one model with the main thread's runtime and predicts rows of the columns
// it was given into shared memory (see predict-in-worker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { loadModel } from './model.js';
import { importOnnxRuntime } from './onnxruntime.js';
import { predictTable } from './predict.js';
import { toThreadError } from '../worker-threads.js';
import type { PredictJob, PredictReply } from './predict-in-worker.js';

const job = workerData as PredictJob;
const port = parentPort!;

// No top-level await: the bundler only accepts it in ES module entries.
void run().then(
  () => port.postMessage({ done: true } satisfies PredictReply),
  (error: unknown) => port.postMessage({ failure: toThreadError(error) } satisfies PredictReply),
);

async function run(): Promise<void> {
  const runtime = await importOnnxRuntime(job.runtime);
  const model = await loadModel(job.model, { runtime, task: job.task, input: job.input });
  try {
    await predictTable(model, job.binding, job.table, { start: job.start, end: job.end, batchRows: job.batchRows, into: job.into });
  } finally {
    await model.release();
  }
}
