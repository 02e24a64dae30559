import { digestBytes } from '../../shared/digest.js';
import type { BinaryDisparity, BinaryFairnessFeature, BinaryGroupMetrics } from '../../shared/fairness/schema.js';
import { BINARY_DISPARITIES } from '../../shared/fairness/schema.js';
import { evaluationRecordType, type EvaluationRecord, type MetricComparison } from '../../shared/schemas/evaluation-record.js';

/**
 * Evaluation records for report and gate tests: a binary churn model against its baseline, shaped like
 * what `evaluate` writes (validated with the real schema on every build). Figures are fixed numbers
 * chosen to exercise each rule; the statistics behind them are tested in test/stats.
 */

export const CANDIDATE_DIGEST = digestBytes('candidate model bytes');
export const BASELINE_DIGEST = digestBytes('baseline model bytes');
export const DATA_DIGEST = digestBytes('evaluation data bytes');

export type Scenario = 'improved' | 'regressed';

function comparison(candidate: number, baseline: number, ci: [number, number], mde: number, higherIsBetter = true): MetricComparison {
  const delta = candidate - baseline;
  const significant = ci[0] > 0 || ci[1] < 0;
  return { candidate, baseline, delta, ci, method: 'paired-bootstrap', significant, mde, higherIsBetter };
}

function groupMetrics(selection: number, tpr: number, fpr: number): BinaryGroupMetrics {
  return { base_rate: 0.27, selection_rate: selection, tpr, fpr, fnr: 1 - tpr, precision: 0.71, accuracy: 0.84 };
}

function fairnessFeature(columns: string[], groups: Array<[string, number, number, number, number]>, ratio: number, eoDelta: [number, number]): BinaryFairnessFeature {
  const ratioDelta = Number((ratio - 0.86).toFixed(3));
  const disparities = Object.fromEntries(
    BINARY_DISPARITIES.map((name) =>
      name.includes('ratio')
        ? [name, { value: ratio, baseline: 0.86, delta: ratioDelta, ci: [ratioDelta - 0.04, ratioDelta + 0.04] }]
        : [name, { value: 0.05, baseline: 0.04, delta: 0.01, ci: [-0.01, 0.03] }],
    ),
  ) as BinaryFairnessFeature['disparities'];
  const eo: BinaryDisparity = 'equalized_odds_difference';
  disparities[eo] = { value: 0.03 + (eoDelta[0] + eoDelta[1]) / 2, baseline: 0.03, delta: (eoDelta[0] + eoDelta[1]) / 2, ci: eoDelta };
  return {
    columns,
    overall: { n: 4000, counts: { tp: 800, fp: 300, tn: 2600, fn: 300 }, metrics: groupMetrics(0.275, 0.727, 0.103) },
    groups: groups.map(([value, n, selection, tpr, fpr]) => ({
      values: [value],
      n,
      positives: Math.round(n * 0.27),
      negatives: n - Math.round(n * 0.27),
      counts: { tp: 10, fp: 5, tn: 50, fn: 5 },
      metrics: groupMetrics(selection, tpr, fpr),
    })),
    excluded: [{ values: ['<script>alert(1)</script>'], n: 12, reason: 'fewer than 30 rows' }],
    excludedFromRates: [],
    disparities,
    fourFifths: { ratio, flagged: ratio < 0.8 },
  };
}

export function buildRecord(scenario: Scenario = 'improved', overrides: Partial<EvaluationRecord> = {}): EvaluationRecord {
  const regressed = scenario === 'regressed';
  const auc = regressed ? 0.842 : 0.874;
  const accuracy = regressed ? 0.829 : 0.851;
  const record: EvaluationRecord = {
    kind: 'evaluation-record',
    schemaVersion: 1,
    createdAt: '2026-11-30T07:00:00.000Z',
    task: 'binary',
    model: { digest: CANDIDATE_DIGEST, name: 'churn-gbdt.onnx', path: 'models/churn-gbdt.onnx', inputs: [{ name: 'input', type: 'float32', shape: ['N', 6] }], outputs: [{ name: 'probabilities', type: 'float32' }] },
    baseline: { digest: BASELINE_DIGEST, name: 'churn@v1.3.0', inputs: [{ name: 'input', type: 'float32' }], outputs: [{ name: 'probabilities', type: 'float32' }] },
    data: { digest: DATA_DIGEST, source: 'churn-eval@4', format: 'parquet', version: 'churn-eval@4' },
    rows: 4000,
    label: 'churned',
    features: ['tenure_months', 'monthly_charges', 'support_calls', 'contract', 'region', 'gender'],
    positiveLabel: '1',
    threshold: 0.5,
    classes: ['0', '1'],
    metrics: { accuracy, roc_auc: auc, f1: regressed ? 0.62 : 0.68, log_loss: regressed ? 0.41 : 0.352, brier: 0.11 },
    baselineMetrics: { accuracy: 0.846, roc_auc: 0.861, f1: 0.66, log_loss: 0.371, brier: 0.118 },
    confusionMatrix: { labels: ['0', '1'], counts: [[2620, 300], [296, 784]] },
    slices: [
      {
        column: 'region',
        minSize: 30,
        groups: [
          { value: 'north', n: 1400, metrics: { accuracy: 0.87, roc_auc: 0.89 } },
          { value: 'south | east', n: 1300, metrics: { accuracy: regressed ? 0.79 : 0.85, roc_auc: regressed ? 0.78 : 0.87 } },
          { value: '[promo](https://evil.example) @octocat', n: 1288, metrics: { accuracy: 0.83, roc_auc: 0.86 } },
        ],
        excluded: [{ value: 'unknown', n: 12 }],
      },
      {
        column: 'contract',
        minSize: 30,
        groups: [
          { value: 'month-to-month', n: 2100, metrics: { accuracy: 0.8, roc_auc: 0.83 } },
          { value: 'one_year', n: 1100, metrics: { accuracy: 0.89, roc_auc: { undefined: 'only one class present in y_true' } } },
          { value: 'two_year', n: 800, metrics: { accuracy: 0.93, roc_auc: 0.9 } },
        ],
        excluded: [],
      },
    ],
    comparison: {
      confidence: 0.95,
      bootstrap: { resamples: 2000, seed: 7 },
      metrics: {
        accuracy: { ...comparison(accuracy, 0.846, regressed ? [-0.031, -0.003] : [-0.004, 0.014], 0.012), method: 'mcnemar-exact', pValue: regressed ? 0.02 : 0.31 },
        roc_auc: { ...comparison(auc, 0.861, regressed ? [-0.034, -0.004] : [0.004, 0.022], 0.011), method: 'delong', pValue: regressed ? 0.01 : 0.004 },
        log_loss: comparison(regressed ? 0.41 : 0.352, 0.371, regressed ? [0.02, 0.058] : [-0.03, -0.008], 0.015, false),
      },
    },
    fairness: {
      task: 'binary',
      minGroup: 30,
      minPositives: 10,
      minNegatives: 10,
      features: [
        fairnessFeature(['gender'], [['female', 1990, 0.29, 0.74, 0.11], ['male', 1998, 0.26, 0.71, 0.09]], regressed ? 0.74 : 0.9, regressed ? [0.025, 0.06] : [-0.01, 0.02]),
      ],
      comparison: { method: 'poisson-bootstrap', resamples: 1000, seed: 7, confidence: 0.95 },
    },
    explanations: {
      method: 'permutation',
      seed: 7,
      features: ['tenure_months', 'monthly_charges', 'support_calls', 'contract', 'region', 'gender'],
      budget: { limitRows: 2000, requestedRows: 4000, plannedRows: 2000, usedRows: 2000, subsampled: true, notes: ['subsampled to 2000 rows'] },
      timings: { permutationMs: 812, totalMs: 812 },
      permutation: {
        scoring: 'roc_auc',
        rows: 2000,
        repeats: 5,
        baselineScore: auc,
        features: [
          { feature: 'tenure_months', importances: [0.11, 0.12], mean: 0.115, std: 0.005 },
          { feature: 'support_calls', importances: [0.06, 0.07], mean: 0.065, std: 0.005 },
          { feature: 'monthly_charges', importances: [0.04, 0.05], mean: 0.045, std: 0.005 },
          { feature: 'contract', importances: [0.02, 0.03], mean: 0.025, std: 0.005 },
          { feature: 'region', importances: [0.004, 0.006], mean: 0.005, std: 0.001 },
          { feature: 'gender', importances: [0.001, 0.001], mean: 0.001, std: 0 },
        ],
        rankChange: [
          { feature: 'tenure_months', candidateRank: 1, baselineRank: 1, change: 0 },
          { feature: 'support_calls', candidateRank: 2, baselineRank: 4, change: 2 },
          { feature: 'monthly_charges', candidateRank: 3, baselineRank: 2, change: -1 },
          { feature: 'contract', candidateRank: 4, baselineRank: 3, change: -1 },
          { feature: 'region', candidateRank: 5, baselineRank: { undefined: 'not an input of the baseline model' }, change: { undefined: 'not an input of the baseline model' } },
        ],
        inferenceRows: 62000,
      },
    },
    timings: { load: 120, predict: 900, metrics: 40 },
    runtime: { node: 'v24.0.0', onnxruntime: '1.30.0', mlci: '0.1.0' },
    seed: 7,
    ...overrides,
  };
  return evaluationRecordType.validate(record, `test record (${scenario})`);
}
