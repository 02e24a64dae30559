import { describe, expect, it } from 'vitest';
import type { PredictionSet, SetContext } from '../../shared/evaluate/prediction-set.js';
import { BinaryViewInProgress, planSummary, summarize, summedGroupings, type SummarySettings } from '../../shared/evaluate/summarize.js';

/**
 * The candidate's share of the figures, made while its predictions arrive batch by batch
 * (`BinaryViewInProgress`), with the plan made before inference ended (`planSummary`), must give the
 * record's figures to the last bit, as `summarize` makes them from the finished set.
 */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ROWS = 5000;
const settings: SummarySettings = { slices: ['region'], minSliceSize: 30, seed: 4, resamples: 20, sensitive: [], fairnessMinGroup: 30, source: 'test' };
const noTimer = <T>(_phase: string, work: () => T): T => work();

function binarySet(width: 1 | 2, dtype: 'float32' | 'float64', withBaseline: boolean): PredictionSet {
  const rand = lcg(width * 7 + (dtype === 'float32' ? 1 : 2));
  const yTrue = Float64Array.from({ length: ROWS }, () => (rand() < 0.35 ? 1 : 0));
  const outputs = () => {
    const values = dtype === 'float32' ? new Float32Array(ROWS * width) : new Float64Array(ROWS * width);
    for (let row = 0; row < ROWS; row++) {
      // Coarse scores: ties, as tree ensembles give.
      const p = Math.round((0.2 + 0.5 * yTrue[row]! + (rand() - 0.5) * 0.6) * 40) / 40;
      const clipped = Math.min(1, Math.max(0, p));
      if (width === 1) values[row] = clipped;
      else values.set([1 - clipped, clipped], row * 2);
    }
    return { values, width, dtype };
  };
  const codes = Int32Array.from({ length: ROWS }, (_, row) => (row % 61 === 0 ? -1 : Math.floor(rand() * 5)));
  return { rows: ROWS, yTrue, candidate: outputs(), ...(withBaseline ? { baseline: outputs() } : {}), groups: [{ name: 'region', codes, categories: ['north', 'south', 'east', 'west', 'x'] }] };
}

describe('the candidate binary view made while predictions arrive', () => {
  const cases = [
    [2, 'float32', false],
    [2, 'float32', true],
    [1, 'float64', false],
    [2, 'float64', true],
  ] as const;
  for (const [width, dtype, withBaseline] of cases) {
    it(`gives summarize's figures exactly (${width} output column${width > 1 ? 's' : ''}, ${dtype}${withBaseline ? ', with a baseline' : ''})`, () => {
      const set = binarySet(width, dtype, withBaseline);
      const context: SetContext = { task: 'binary', threshold: 0.45, ...(width === 2 ? { positiveIndex: 1 } : {}) };
      const plan = planSummary(set, withBaseline, context, settings);
      // Batches of uneven sizes, in row order, as a worker's replies come.
      const feed = (view: BinaryViewInProgress, values: Float32Array | Float64Array) => {
        for (const [from, to] of [[0, 1000], [1000, 1001], [1001, 4096], [4096, ROWS]] as const) view.add(values, from, to);
        return view.finish();
      };
      const candidate = feed(new BinaryViewInProgress(ROWS, set.candidate, context, plan.labels!, summedGroupings(plan)), set.candidate.values);
      expect(candidate, 'every row was added').toBeDefined();
      const baseline = set.baseline && feed(new BinaryViewInProgress(ROWS, set.baseline, context, plan.labels!, plan.units ? [plan.units.keys] : []), set.baseline.values);
      expect(summarize(set, context, settings, noTimer, { plan, candidate: candidate!, ...(baseline ? { baseline } : {}) })).toEqual(summarize(set, context, settings, noTimer));
      expect(summarize(set, context, settings, noTimer).comparison === undefined).toBe(!withBaseline);
    });
  }

  it('is not finished while rows are missing, and refuses rows out of order', () => {
    const set = binarySet(2, 'float32', false);
    const context: SetContext = { task: 'binary', threshold: 0.5, positiveIndex: 1 };
    const plan = planSummary(set, false, context, settings);
    const view = new BinaryViewInProgress(ROWS, set.candidate, context, plan.labels!, summedGroupings(plan));
    view.add(set.candidate.values, 0, 100);
    expect(view.finish()).toBeUndefined();
    expect(() => view.add(set.candidate.values, 200, 300)).toThrowError(/rows 200–300 after rows up to 100/);
  });
});
