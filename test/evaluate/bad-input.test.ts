import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateModel, runEvaluate, type EvaluateOptions } from '../../shared/evaluate/index.js';
import type { EvaluationRecord } from '../../shared/schemas/evaluation-record.js';
import { data, deps, model, scratch, userError } from './helpers.js';

const base: EvaluateOptions = { model: model('binary-logreg.onnx'), data: data('binary.csv'), label: 'label', explain: 'none' };

/** Runs evaluate expecting a UserError, and checks that no record was written. */
async function rejected(overrides: Partial<EvaluateOptions>) {
  const output = join(scratch(), 'record.json');
  const error = await userError(runEvaluate({ ...base, ...overrides, output }, deps()));
  expect(existsSync(output)).toBe(false);
  return error;
}

/** binary.csv with some cells replaced, written to a temporary CSV. */
function editedCsv(edit: (lines: string[]) => string[]): string {
  const lines = readFileSync(data('binary.csv'), 'utf8').trimEnd().split('\n');
  const file = join(scratch(), 'edited.csv');
  writeFileSync(file, edit(lines).join('\n') + '\n');
  return file;
}

describe('bad input: each a clear UserError and no record', () => {
  it('model missing', async () => {
    const error = await rejected({ model: 'models/missing.onnx' });
    expect(error.message).toMatch(/model file models\/missing.onnx does not exist/);
    expect(error.location.input).toBe('model');
  });

  it('model not ONNX', async () => {
    const error = await rejected({ model: data('binary.csv') });
    expect(error.message).toMatch(/not an ONNX model/);
    expect(error.fix).toMatch(/Export the model to ONNX/);
  });

  it('baseline model not ONNX names the baseline input', async () => {
    const error = await rejected({ baselineModel: data('multiclass.csv') });
    expect(error.location.input).toBe('baseline-model');
  });

  it('input name mismatch: a per-column input without its column', async () => {
    const file = editedCsv((lines) => [lines[0]!.replace('f3', 'f3_renamed'), ...lines.slice(1)]);
    const error = await rejected({ model: model('binary-named-inputs.onnx'), data: file });
    expect(error.message).toMatch(/model input f3 float32 \[N, 1\] has no column of that name/);
  });

  it('shape mismatch: says how many features the [N, F] input expects', async () => {
    const error = await rejected({ features: ['f0', 'f1'] });
    expect(error.message).toMatch(/input float32 \[N, 4\] expects 4 features per row, but evaluate has the 2 listed features/);
    expect(error.location.input).toBe('features');
  });

  it('type mismatch: a text column for a float input names the column and type', async () => {
    const error = await rejected({ features: ['f0', 'f1', 'f2', 'segment'] });
    expect(error.message).toMatch(/column 'segment' is text \('B', 'A'…\) but model input input float32 \[N, 4\] takes float32 numbers/);
  });

  it('label column missing', async () => {
    const error = await rejected({ label: 'outcome' });
    expect(error.message).toMatch(/column 'outcome' is not in/);
    expect(error.location.input).toBe('label');
    expect(error.fix).toMatch(/f0, f1, f2, f3, region, segment, label/);
  });

  it('labels outside the model classes name the values and lines', async () => {
    const file = editedCsv((lines) => lines.map((line, i) => (i === 5 ? line.replace(/,\d$/, ',2') : line)));
    const error = await rejected({ data: file });
    expect(error.message).toMatch(/label column 'label' has values outside the model's classes \(0, 1\): '2' \(line 6\)/);
    expect(error.location.line).toBe(6);
  });

  it('positive label that is not a class', async () => {
    const error = await rejected({ positiveLabel: 'yes' });
    expect(error.location.input).toBe('positive-label');
  });

  it('NaN in a feature names the column and line', async () => {
    const file = editedCsv((lines) => lines.map((line, i) => (i === 3 ? line.replace(/^[^,]+/, 'NaN') : line)));
    const error = await rejected({ data: file });
    expect(error.message).toMatch(/column 'f0' has NaN at line 4/);
    expect(error.location.line).toBe(4);
  });

  it('infinity in a feature', async () => {
    const file = editedCsv((lines) => lines.map((line, i) => (i === 7 ? line.replace(/^([^,]+),([^,]+)/, '$1,-inf') : line)));
    const error = await rejected({ data: file });
    expect(error.message).toMatch(/column 'f1' has -Infinity at line 8/);
  });

  it('missing feature values are an error by default, or dropped on request', async () => {
    const file = editedCsv((lines) => lines.map((line, i) => (i === 2 ? line.replace(/^[^,]+/, '') : line)));
    const error = await rejected({ data: file });
    expect(error.message).toMatch(/missing values in f0 \(1 missing: line 3\)/);
    const dropped = (await evaluateModel({ ...base, data: file, missing: 'drop' }, deps())) as EvaluationRecord;
    const all = (await evaluateModel(base, deps())) as EvaluationRecord;
    expect(dropped.rows).toBe(all.rows - 1);
  });

  it('NaN in predictions', async () => {
    const error = await rejected({ model: model('nan-output.onnx'), task: 'regression' });
    expect(error.message).toMatch(/model nan-output.onnx predicted NaN for line \d+; evaluation needs finite predictions/);
  });

  it('empty file and header-only file', async () => {
    const empty = join(scratch(), 'empty.csv');
    writeFileSync(empty, '');
    expect((await rejected({ data: empty })).message).toMatch(/is empty/);
    const header = join(scratch(), 'header.csv');
    writeFileSync(header, 'f0,f1,f2,f3,label\n');
    expect((await rejected({ data: header })).message).toMatch(/has no rows to evaluate/);
  });

  it('slice or sensitive column missing', async () => {
    expect((await rejected({ slices: ['country'] })).location.input).toBe('slices');
    expect((await rejected({ sensitive: ['gender'] })).location.input).toBe('sensitive');
  });

  it('task that does not fit the model', async () => {
    expect((await rejected({ task: 'regression' })).message).toMatch(/task 'regression' does not fit/);
  });

  it('settings out of range fail before any file is read', async () => {
    expect((await rejected({ threshold: 1.5, data: 'nowhere.csv' })).location.input).toBe('threshold');
    expect((await rejected({ minSliceSize: 0, data: 'nowhere.csv' })).location.input).toBe('min-slice-size');
    expect((await rejected({ label: undefined })).location.input).toBe('label');
  });
});

describe('single-class evaluation set', () => {
  it('marks metrics that need two classes undefined and computes the rest', async () => {
    const file = editedCsv((lines) => [lines[0]!, ...lines.slice(1).filter((line) => line.endsWith(',0'))]);
    const record = (await evaluateModel({ ...base, data: file }, deps())) as EvaluationRecord;
    expect(record.metrics.roc_auc).toEqual({ undefined: expect.stringMatching(/positive/) });
    expect(typeof record.metrics.accuracy).toBe('number');
    expect(typeof record.metrics.log_loss).toBe('number');
  });
});
