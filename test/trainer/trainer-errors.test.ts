import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { parseTrainingCsv } from '../../shared/trainer/dataset.js';
import { trainerSettings } from '../../shared/trainer/trainer-params.js';
import { parseParamsText } from '../../shared/train/params-file.js';

function caught(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('trainer params', () => {
  it('points at the line of an out-of-range hyperparameter', () => {
    const error = caught(() => trainerSettings(parseParamsText('model: gradient-boosting\nmax_depth: 7\n', 'p.yaml')));
    expect(error.message).toContain('max_depth is 7');
    expect(error.location).toMatchObject({ file: 'p.yaml', line: 2, column: 12, field: '/max_depth' });
    expect(error.fix).toContain('[1, 3]');
  });

  it('rejects an unknown model family and unknown keys', () => {
    expect(caught(() => trainerSettings(parseParamsText('model: svm\n', 'p.yaml'))).location.line).toBe(1);
    const unknown = caught(() => trainerSettings(parseParamsText('model: logistic-regression\nn_estimators: 3\n', 'p.yaml')));
    expect(unknown.message).toContain("unknown parameter 'n_estimators'");
    expect(unknown.location.line).toBe(2);
  });

  it('reports YAML syntax errors with a position', () => {
    const error = caught(() => parseParamsText('model: [unclosed\n', 'p.yaml'));
    expect(error.message).toContain('not valid YAML/JSON');
    expect(error.location.line).toBeGreaterThanOrEqual(1);
    expect(caught(() => parseParamsText('- 1\n- 2\n', 'p.yaml')).message).toContain('must be a mapping');
  });
});

describe('training CSV', () => {
  it('names the row and column of a non-numeric feature', () => {
    const error = caught(() => parseTrainingCsv('a,b,y\n1,2,0\n3,x,1\n', { label: 'y', source: 't.csv' }));
    expect(error.message).toContain("feature 'b' is 'x'");
    expect(error.location).toMatchObject({ file: 't.csv', line: 3, column: 2 });
  });

  it('rejects non-binary labels and unknown columns', () => {
    expect(caught(() => parseTrainingCsv('a,y\n1,2\n', { label: 'y', source: 't.csv' })).location).toMatchObject({ line: 2, column: 2 });
    expect(caught(() => parseTrainingCsv('a,y\n1,0\n', { label: 'z', source: 't.csv' })).message).toContain("no column 'z'");
  });
});
