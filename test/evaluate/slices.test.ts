import { describe, expect, it } from 'vitest';
import { computeMetrics, type Task } from '../../shared/metrics/index.js';
import type { PredictionSet, SetContext } from '../../shared/evaluate/prediction-set.js';
import { MISSING_GROUP, summarize, type SummarySettings } from '../../shared/evaluate/summarize.js';

/**
 * Slice metrics come from one pass dealing rows to slices and (binary) a partition of the whole set's
 * sort; they must equal the metrics computed on each slice's rows alone, in every figure.
 */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ROWS = 6000;
const CATEGORIES = ['10', '9', 'b', 'a', 'tiny'];

function predictionSet(task: Task, width: number): PredictionSet {
  const rand = lcg(task.length * 31 + width);
  const yTrue = Float64Array.from({ length: ROWS }, () => (task === 'regression' ? rand() * 10 : Math.floor(rand() * (task === 'binary' ? 2 : width))));
  // Coarse float32 scores: many ties, as real models give.
  const values = Float64Array.from({ length: ROWS * width }, () => Math.fround(Math.round(rand() * 64) / 64));
  if (task === 'multiclass') {
    for (let row = 0; row < ROWS; row++) {
      const sum = values.subarray(row * width, (row + 1) * width).reduce((a, b) => a + b, 0) || 1;
      for (let c = 0; c < width; c++) values[row * width + c] = values[row * width + c]! / sum;
    }
  }
  const codes = Int32Array.from({ length: ROWS }, (_, row) => (row % 53 === 0 ? -1 : row % 400 === 7 ? 4 : Math.floor(rand() * 4)));
  return { rows: ROWS, yTrue, candidate: { values, width, dtype: 'float32' }, groups: [{ name: 'region', codes, categories: CATEGORIES }] };
}

const settings: SummarySettings = { slices: ['region'], minSliceSize: 30, seed: 1, resamples: 10, sensitive: [], fairnessMinGroup: 30, source: 'test' };
const noTimer = <T>(_phase: string, work: () => T): T => work();

function sliceAlone(set: PredictionSet, context: SetContext, code: number) {
  const rows = [...set.groups[0]!.codes.keys()].filter((row) => set.groups[0]!.codes[row] === code);
  const width = set.candidate.width;
  if (context.task === 'binary') {
    const column = width === 1 ? 0 : 1;
    return computeMetrics('binary', {
      yTrue: Uint8Array.from(rows, (row) => set.yTrue[row]!),
      score: Float64Array.from(rows, (row) => set.candidate.values[row * width + column]!),
      threshold: context.threshold,
      probabilityDtype: 'float32',
    });
  }
  if (context.task === 'regression') return computeMetrics('regression', { yTrue: Float64Array.from(rows, (row) => set.yTrue[row]!), yPred: Float64Array.from(rows, (row) => set.candidate.values[row]!) });
  return computeMetrics('multiclass', {
    yTrue: Int32Array.from(rows, (row) => set.yTrue[row]!),
    proba: Float64Array.from(rows.flatMap((row) => [...set.candidate.values.subarray(row * width, (row + 1) * width)])),
    classes: width,
    probabilityDtype: 'float32',
  });
}

describe('slices', () => {
  const cases: Array<[Task, number, SetContext]> = [
    ['binary', 2, { task: 'binary', threshold: 0.5, positiveIndex: 1 }],
    ['binary', 1, { task: 'binary', threshold: 0.3 }],
    ['regression', 1, { task: 'regression', threshold: 0.5 }],
    ['multiclass', 3, { task: 'multiclass', threshold: 0.5, classCount: 3 }],
  ];
  for (const [task, width, context] of cases) {
    it(`${task} (${width} output column${width > 1 ? 's' : ''}): every slice's figures equal its rows evaluated alone`, () => {
      const set = predictionSet(task, width);
      const [slices] = summarize(set, context, settings, noTimer).slices;
      expect(slices!.groups.map((g) => g.value)).toEqual([MISSING_GROUP, '9', '10', 'a', 'b']);
      expect(slices!.excluded).toEqual([{ value: 'tiny', n: 15 }]);
      const codeOf = (value: string) => (value === MISSING_GROUP ? -1 : CATEGORIES.indexOf(value));
      for (const group of slices!.groups) {
        const alone = sliceAlone(set, context, codeOf(group.value));
        expect(group.n).toBe(alone.n);
        expect(group.metrics).toEqual(alone.metrics);
      }
    });
  }
});
