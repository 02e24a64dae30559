import { describe, expect, it } from 'vitest';
import { binaryInput, metricInputs, type PredictionSet, type SetContext } from '../../shared/evaluate/prediction-set.js';

/** binaryInput narrows float32 outputs to a Float32Array only when that holds every value exactly. */
function set(values: number[], width: number, dtype: 'float32' | 'float64'): PredictionSet {
  const rows = values.length / width;
  return { rows, yTrue: Float64Array.from({ length: rows }, (_, i) => i % 2), candidate: { values: Float64Array.from(values), width, dtype }, groups: [] };
}
const context: SetContext = { task: 'binary', threshold: 0.5, positiveIndex: 1 };

describe('binaryInput', () => {
  it('float32 probabilities: a Float32Array with the same numbers as the straightforward Float64 copy', () => {
    const s = set([0.75, 0.25, 0.1, 0.9, 1, 0].map(Math.fround), 2, 'float32');
    const input = binaryInput(s, s.candidate, context);
    expect(input.score).toBeInstanceOf(Float32Array);
    const [plain] = metricInputs(s, s.candidate, context);
    expect(Array.from(input.score)).toEqual(Array.from((plain as { score: Float64Array }).score));
    expect(Array.from(input.yTrue)).toEqual([0, 1, 0]);
    expect(input.probabilityDtype).toBe('float32');
  });
  it('values a float32 cannot hold exactly stay float64', () => {
    const s = set([0.7, 0.3, 0.2, 0.8], 2, 'float32');
    const input = binaryInput(s, s.candidate, context);
    expect(input.score).toBeInstanceOf(Float64Array);
    expect(Array.from(input.score)).toEqual([0.3, 0.8]);
  });
  it('a single score column is used as it is, without a copy', () => {
    const s = set([0.7, 0.3, 0.2], 1, 'float64');
    expect(binaryInput(s, s.candidate, context).score).toBe(s.candidate.values);
  });
});
