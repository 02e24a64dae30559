import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateModel, parseShard, runEvaluate, shardRange } from '../../shared/evaluate/index.js';
import type { EvaluationRecord, EvaluationShard } from '../../shared/schemas/evaluation-record.js';
import { data, deps, model, scratch, userError } from './helpers.js';

const base = {
  model: model('binary-logreg.onnx'),
  baselineModel: model('binary-logreg-baseline.onnx'),
  data: data('binary.csv'),
  label: 'label',
  slices: ['region', 'segment'],
  sensitive: ['segment'],
  seed: 3,
  resamples: 300,
  batchRows: 50,
  explain: 'permutation' as const,
  explainRows: 120,
};

/** Everything except what legitimately differs: when and how fast it ran, and the shard bookkeeping. */
function figures(record: EvaluationRecord): unknown {
  const { createdAt: _c, timings: _t, shards: _s, explanations, ...rest } = record;
  const { timings: _et, ...explained } = explanations ?? { timings: undefined };
  return { ...rest, explanations: explained };
}

async function runShards(dir: string, count: number, overrides: Record<string, unknown> = {}): Promise<void> {
  for (let index = 1; index <= count; index += 1) {
    await runEvaluate({ ...base, ...overrides, shard: `${index}/${count}`, output: join(dir, `shard-${index}.json`) }, deps());
  }
}

describe('sharded evaluation', () => {
  it('merges shard records into a record identical in every figure to an unsharded run', async () => {
    const dir = scratch();
    const whole = (await evaluateModel(base, deps())) as EvaluationRecord;
    await runShards(dir, 3);
    const merged = await runEvaluate({ merge: join(dir, 'shard-*.json'), output: join(dir, 'merged.json') }, deps());
    const record = merged.record as EvaluationRecord;
    expect(record.shards?.count).toBe(3);
    expect(record.shards?.partials).toHaveLength(3);
    expect(record.fairness).toBeDefined();
    expect(record.comparison).toBeDefined();
    expect(record.explanations?.permutation).toBeDefined();
    expect(figures(record)).toEqual(figures(whole));
  });

  it('splits rows on batch boundaries and covers every row once', () => {
    const ranges = [1, 2, 3].map((i) => shardRange(1000, 64, i, 3));
    expect(ranges[0]!.start).toBe(0);
    expect(ranges[2]!.end).toBe(1000);
    for (let i = 1; i < 3; i += 1) expect(ranges[i]!.start).toBe(ranges[i - 1]!.end);
    for (const r of ranges.slice(0, 2)) expect(r.end % 64).toBe(0);
  });

  it('writes compressed per-row predictions in the shard record', async () => {
    const dir = scratch();
    const result = await runEvaluate({ ...base, shard: '2/3', output: join(dir, 's.json') }, deps());
    const shard = result.record as EvaluationShard;
    expect(shard.kind).toBe('evaluation-shard');
    expect(shard.predictions.encoding).toBe('gzip-base64');
    expect(shard.predictions.rows).toBe(shard.shard.rowEnd - shard.shard.rowStart);
    expect(shard.explanations).toBeUndefined();
  });
});

describe('bad shard input', () => {
  it('rejects a malformed shard spec before reading anything', async () => {
    for (const spec of ['0/3', '4/3', '1-3', 'a/b', '2/0', '1/3/5']) {
      const error = await userError(evaluateModel({ ...base, shard: spec }, deps()));
      expect(error.location.input).toBe('shard');
      expect(error.message).toMatch(/i\/n/);
    }
    expect(parseShard(' 2 / 4 ')).toEqual({ index: 2, count: 4 });
  });

  it('rejects shards of different models, and writes no record', async () => {
    const dir = scratch();
    await runShards(dir, 2);
    mkdirSync(join(dir, 'other'));
    await runEvaluate({ ...base, model: model('binary-logreg-float64.onnx'), shard: '2/2', output: join(dir, 'other', 'shard-2.json') }, deps());
    copyFileSync(join(dir, 'other', 'shard-2.json'), join(dir, 'shard-2.json'));
    const output = join(dir, 'merged.json');
    const error = await userError(runEvaluate({ merge: join(dir, 'shard-*.json'), output }, deps()));
    expect(error.message).toMatch(/shards of different models cannot be merged/);
    expect(existsSync(output)).toBe(false);
  });

  it('rejects a missing shard, a duplicate shard, and a pattern matching nothing', async () => {
    const dir = scratch();
    await runShards(dir, 3);
    renameSync(join(dir, 'shard-3.json'), join(dir, 'kept-aside-3.json'));
    const missing = await userError(evaluateModel({ merge: join(dir, 'shard-*.json') }, deps()));
    expect(missing.message).toMatch(/shard 3\/3 missing from the merge \(found 2 of 3\)/);
    renameSync(join(dir, 'kept-aside-3.json'), join(dir, 'shard-3.json'));
    copyFileSync(join(dir, 'shard-1.json'), join(dir, 'shard-1-copy.json'));
    expect((await userError(evaluateModel({ merge: join(dir, 'shard-*.json') }, deps()))).message).toMatch(/appears twice/);
    expect((await userError(evaluateModel({ merge: join(dir, 'nothing-*.json') }, deps()))).message).toMatch(/matches no files/);
  });

  it('rejects shards run with different settings', async () => {
    const dir = scratch();
    await runShards(dir, 2);
    await runEvaluate({ ...base, threshold: 0.6, shard: '2/2', output: join(dir, 'shard-2.json') }, deps());
    expect((await userError(evaluateModel({ merge: join(dir, 'shard-*.json') }, deps()))).message).toMatch(/different settings/);
  });
});
