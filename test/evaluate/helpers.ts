import { mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { EvaluateDeps } from '../../shared/evaluate/index.js';
import { UserError } from '../../shared/errors.js';
import { loadOnnxRuntime } from '../../shared/model/index.js';

export const MODELS = 'test/fixtures/models';
export const DATA = 'test/fixtures/evaluate';
export const model = (name: string): string => join(MODELS, name);
export const data = (name: string): string => join(DATA, name);

export interface References {
  binary: {
    rows: number;
    metrics: Record<string, number>;
    baselineMetrics: Record<string, number>;
    thresholdMetrics: Record<string, number>;
    labelOnlyMetrics: Record<string, number>;
    regionSlices: Record<string, { n: number; accuracy: number }>;
    confusionMatrix: number[][];
  };
  int64: { metrics: Record<string, number> };
  multiclass: { metrics: Record<string, number> };
  regression: { metrics: Record<string, number> };
}

export const references = JSON.parse(readFileSync(data('references.json'), 'utf8')) as References;

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'mlci-evaluate-'));
}

/** Real runtime, fixed clock and date so records are comparable. */
export function deps(cwd = process.cwd()): EvaluateDeps {
  return { runtime: () => loadOnnxRuntime(), cwd, now: () => new Date('2026-11-30T08:00:00Z'), log: () => undefined };
}

export async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

/** The fixture CSV written as Parquet (pandas here has no Parquet engine), two row groups. */
export async function parquetCopy(csv: string, rowGroupSize = 200): Promise<string> {
  const { readTable } = await import('../../shared/tabular/index.js');
  const { parquetWriteFile } = await import('hyparquet-writer');
  const table = await readTable(csv);
  const file = join(scratch(), csv.replace(/^.*\//, '').replace(/\.csv$/, '.parquet'));
  parquetWriteFile({
    filename: file,
    rowGroupSize,
    columnData: table.columns.map((c) =>
      c.type === 'string'
        ? { name: c.name, data: Array.from(c.codes, (code) => c.categories[code]!), type: 'STRING' as const }
        : c.type === 'int'
          ? { name: c.name, data: Array.from(c.values, (v) => BigInt(v)), type: 'INT64' as const }
          : { name: c.name, data: c.values, type: 'DOUBLE' as const },
    ),
  });
  return file;
}
