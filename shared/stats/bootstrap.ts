/**
 * Seeded paired bootstrap for any metric function: each resample draws n row indices with replacement
 * (one PRNG stream, `Xoshiro128(seed)`), evaluates the metric on the candidate's and the baseline's
 * predictions of the *same* drawn rows, and keeps the delta. Interval and MDE: see percentile.ts.
 *
 * Cost is O(B · (n + metric)) — right for slices and custom metrics. `compareModels` uses a faster
 * engine for the built-in metrics (additive statistics, see compare.ts).
 */
import type { MetricValue, Task, TaskInputs } from '../metrics/types.js';
import { Xoshiro128 } from './prng.js';
import { summarizeDeltas, type IntervalSummary } from './percentile.js';
import { DEFAULT_CONFIDENCE, DEFAULT_POWER, DEFAULT_RESAMPLES } from './types.js';

export interface BootstrapOptions {
  seed: number;
  resamples?: number;
  confidence?: number;
  power?: number;
}

export interface BootstrapResult extends IntervalSummary {
  candidate: MetricValue;
  baseline: MetricValue;
  delta: MetricValue;
  resamples: number;
  seed: number;
}

/** Fills preallocated buffers with the drawn rows; one per input, reused by every resample. */
type Gather<I> = (indices: Uint32Array) => I;

function gatherer<T extends Task>(task: T, input: TaskInputs[T]): Gather<TaskInputs[T]> {
  if (task === 'regression') {
    const src = input as TaskInputs['regression'];
    const out = { yTrue: new Float64Array(src.yTrue.length), yPred: new Float64Array(src.yTrue.length) };
    return ((idx: Uint32Array) => {
      for (let i = 0; i < idx.length; i++) {
        out.yTrue[i] = src.yTrue[idx[i] as number] as number;
        out.yPred[i] = src.yPred[idx[i] as number] as number;
      }
      return out;
    }) as Gather<TaskInputs[T]>;
  }
  if (task === 'binary') {
    const src = input as TaskInputs['binary'];
    const n = src.yTrue.length;
    const out = { ...src, yTrue: new Uint8Array(n), score: new Float64Array(n), yPred: src.yPred ? new Uint8Array(n) : undefined };
    return ((idx: Uint32Array) => {
      for (let i = 0; i < idx.length; i++) {
        const row = idx[i] as number;
        out.yTrue[i] = src.yTrue[row] as number;
        out.score[i] = src.score[row] as number;
        if (out.yPred && src.yPred) out.yPred[i] = src.yPred[row] as number;
      }
      return out;
    }) as Gather<TaskInputs[T]>;
  }
  const src = input as TaskInputs['multiclass'];
  const n = src.yTrue.length;
  const c = src.classes;
  const out = { ...src, yTrue: new Int32Array(n), proba: new Float64Array(n * c), yPred: src.yPred ? new Int32Array(n) : undefined };
  return ((idx: Uint32Array) => {
    for (let i = 0; i < idx.length; i++) {
      const row = idx[i] as number;
      out.yTrue[i] = src.yTrue[row] as number;
      out.proba.set(src.proba.subarray(row * c, row * c + c), i * c);
      if (out.yPred && src.yPred) out.yPred[i] = src.yPred[row] as number;
    }
    return out;
  }) as Gather<TaskInputs[T]>;
}

export function pairedBootstrap<T extends Task>(
  task: T,
  metric: (input: TaskInputs[T]) => MetricValue,
  candidate: TaskInputs[T],
  baseline: TaskInputs[T],
  options: BootstrapOptions,
): BootstrapResult {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const alpha = 1 - (options.confidence ?? DEFAULT_CONFIDENCE);
  const power = options.power ?? DEFAULT_POWER;
  const n = candidate.yTrue.length;
  if (baseline.yTrue.length !== n) throw new RangeError(`paired bootstrap needs the same rows: ${n} vs ${baseline.yTrue.length}`);
  const pointCandidate = metric(candidate);
  const pointBaseline = metric(baseline);
  const base = { candidate: pointCandidate, baseline: pointBaseline, resamples, seed: options.seed };
  if (typeof pointCandidate !== 'number' || typeof pointBaseline !== 'number') {
    const reason = typeof pointCandidate !== 'number' ? pointCandidate.undefined : (pointBaseline as { undefined: string }).undefined;
    const u = { undefined: reason };
    return { ...base, delta: u, ci: u, se: u, significant: false, mde: u };
  }
  const drawCandidate = gatherer(task, candidate);
  const drawBaseline = gatherer(task, baseline);
  const rng = new Xoshiro128(options.seed);
  const indices = new Uint32Array(n);
  const deltas: number[] = [];
  let undefinedCount = 0;
  let reason = '';
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) indices[i] = rng.nextBelow(n);
    const a = metric(drawCandidate(indices));
    const b = metric(drawBaseline(indices));
    if (typeof a === 'number' && typeof b === 'number') deltas.push(a - b);
    else {
      undefinedCount++;
      reason ||= typeof a === 'number' ? (b as { undefined: string }).undefined : a.undefined;
    }
  }
  return { ...base, delta: pointCandidate - pointBaseline, ...summarizeDeltas(Float64Array.from(deltas), undefinedCount, reason, alpha, power) };
}
