// Worker thread entry: loads one model with the main thread's runtime as it starts, then runs the
// session on each batch of feeds it is sent, in order, and sends the output back (see predict-in-worker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { loadModel } from './model.js';
import { importOnnxRuntime } from './onnxruntime.js';
import { runBatch } from './predict.js';
import { toThreadError } from '../worker-threads.js';
import type { PredictReply, PredictRequest, PredictWorkerSetup } from './predict-in-worker.js';

const setup = workerData as PredictWorkerSetup;
const port = parentPort!;

// No top-level await: the bundler only accepts it in ES module entries.
const loading = importOnnxRuntime(setup.runtime).then((runtime) => loadModel(setup.model, { runtime, input: setup.input, ...(setup.task ? { task: setup.task } : {}) }));
let failed = false;
let queue: Promise<void> = loading.then(() => undefined, fail);

port.on('message', (request: PredictRequest) => {
  queue = queue.then(() => predict(request)).catch(fail);
});

async function predict({ from, to, feeds }: PredictRequest): Promise<void> {
  if (failed) return;
  const output = await runBatch(await loading, feeds, to - from);
  const moved = Object.values(feeds).map((feed) => feed.data.buffer as ArrayBuffer);
  if (ArrayBuffer.isView(output.data)) moved.push(output.data.buffer as ArrayBuffer);
  port.postMessage({ from, to, feeds, output } satisfies PredictReply, moved);
}

function fail(error: unknown): void {
  if (failed) return;
  failed = true;
  port.postMessage({ failure: toThreadError(error) } satisfies PredictReply);
}
