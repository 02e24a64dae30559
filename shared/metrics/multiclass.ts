/**
 * Multiclass metrics with scikit-learn 1.2.1 semantics over the C classes named by the model
 * (`labels=range(C)`), with explicit undefined values where scikit-learn warns and substitutes 0:
 *
 * - macro averages are undefined when any class's per-class value is ill-defined (scikit-learn would
 *   average in a 0); weighted averages only when such a class has true rows (weight > 0), because a
 *   zero-weight class cannot move the value;
 * - `roc_auc_ovr` / `roc_auc_ovr_weighted` follow `roc_auc_score(multi_class='ovr')`: undefined when a class
 *   has no rows (scikit-learn raises) or when probability rows do not sum to 1 within `np.allclose`'s
 *   tolerance (scikit-learn raises too).
 */
import { addToBins, CalibrationBins, eceFromSums } from './calibration.js';
import { rankingMetrics } from './ranking.js';
import type { MetricMap, MetricValue, MetricsResult, MulticlassInput } from './types.js';
import { validateMulticlass } from './validate.js';
import { DTYPE_EPS, EMPTY_SET } from './values.js';

/** First argmax of row i (numpy's tie rule), or the model's own label when given. */
export function predictedClass(input: MulticlassInput, i: number): number {
  if (input.yPred) return input.yPred[i] as number;
  return argmaxRow(input.proba, i * input.classes, input.classes);
}

export function argmaxRow(proba: Float64Array, start: number, classes: number): number {
  let best = 0;
  let bestValue = proba[start] as number;
  for (let c = 1; c < classes; c++) {
    const v = proba[start + c] as number;
    if (v > bestValue) {
      best = c;
      bestValue = v;
    }
  }
  return best;
}

/** C×C counts, `[true][predicted]`. */
export function multiclassConfusion(input: MulticlassInput): number[][] {
  const c = input.classes;
  const flat = new Float64Array(c * c);
  for (let i = 0; i < input.yTrue.length; i++) {
    const at = (input.yTrue[i] as number) * c + predictedClass(input, i);
    flat[at] = (flat[at] as number) + 1;
  }
  return Array.from({ length: c }, (_, t) => Array.from(flat.subarray(t * c, (t + 1) * c)));
}

/** Per-class true positives, predicted totals and true totals from a confusion matrix. */
export interface ClassCounts {
  tp: Float64Array;
  predicted: Float64Array;
  actual: Float64Array;
  n: number;
}

export function classCounts(confusion: readonly (readonly number[])[]): ClassCounts {
  return classCountsFromFlat(Float64Array.from(confusion.flat()), 0, confusion.length);
}

/** Same, from a row-major C×C block of `flat` starting at `offset` (the bootstrap's layout). */
export function classCountsFromFlat(flat: Float64Array, offset: number, c: number): ClassCounts {
  const counts = { tp: new Float64Array(c), predicted: new Float64Array(c), actual: new Float64Array(c), n: 0 };
  for (let t = 0; t < c; t++) {
    for (let p = 0; p < c; p++) {
      const k = flat[offset + t * c + p] as number;
      counts.actual[t] = (counts.actual[t] as number) + k;
      counts.predicted[p] = (counts.predicted[p] as number) + k;
      if (t === p) counts.tp[t] = k;
      counts.n += k;
    }
  }
  return counts;
}

type PerClass = (k: ClassCounts, c: number) => { num: number; den: number };
const precisionParts: PerClass = (k, c) => ({ num: k.tp[c] as number, den: k.predicted[c] as number });
const recallParts: PerClass = (k, c) => ({ num: k.tp[c] as number, den: k.actual[c] as number });
const f1Parts: PerClass = (k, c) => ({ num: 2 * (k.tp[c] as number), den: (k.predicted[c] as number) + (k.actual[c] as number) });

function classList(classes: number[]): string {
  return classes.length > 5 ? `${classes.slice(0, 5).join(', ')}, …` : classes.join(', ');
}

/** Macro or support-weighted mean of a per-class ratio (loops over classes, not rows). */
function averaged(k: ClassCounts, parts: PerClass, weighted: boolean, what: string): MetricValue {
  if (k.n === 0) return { undefined: EMPTY_SET };
  const c = k.tp.length;
  const bad: number[] = [];
  let total = 0;
  for (let i = 0; i < c; i++) {
    const { num, den } = parts(k, i);
    const weight = weighted ? (k.actual[i] as number) : 1;
    if (den === 0) {
      if (weight > 0) bad.push(i);
      continue;
    }
    total += weight * (num / den);
  }
  if (bad.length > 0) return { undefined: `${what} is undefined for class ${classList(bad)} (scikit-learn warns and counts 0)` };
  return total / (weighted ? k.n : c);
}

/** Precision, recall and F1 (macro, micro, weighted) from class counts. */
export function multiclassAverages(k: ClassCounts): MetricMap {
  const micro: MetricValue = k.n === 0 ? { undefined: EMPTY_SET } : sumArray(k.tp) / k.n;
  return {
    precision_macro: averaged(k, precisionParts, false, 'precision (no predictions of the class)'),
    precision_micro: micro,
    precision_weighted: averaged(k, precisionParts, true, 'precision (no predictions of the class)'),
    recall_macro: averaged(k, recallParts, false, 'recall (no rows of the class)'),
    recall_micro: micro,
    recall_weighted: averaged(k, recallParts, true, 'recall (no rows of the class)'),
    f1_macro: averaged(k, f1Parts, false, 'F1 (no rows and no predictions of the class)'),
    f1_micro: micro,
    f1_weighted: averaged(k, f1Parts, true, 'F1 (no rows and no predictions of the class)'),
  };
}

function sumArray(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s;
}

export function multiclassAccuracy(input: MulticlassInput): MetricValue {
  const n = input.yTrue.length;
  if (n === 0) return { undefined: EMPTY_SET };
  let correct = 0;
  for (let i = 0; i < n; i++) if (predictedClass(input, i) === input.yTrue[i]) correct++;
  return correct / n;
}

export function probabilityProblem(input: MulticlassInput): string | undefined {
  const p = input.proba;
  for (let i = 0; i < p.length; i++) {
    const v = p[i] as number;
    if (!(v >= 0 && v <= 1)) return 'probabilities outside [0, 1]';
  }
  return undefined;
}

/**
 * One row's log loss as scikit-learn 1.2.1 computes it: clip every probability to [eps, 1 − eps],
 * renormalise the row by its clipped sum, take −log of the true class's share.
 */
export function multiclassLogLossTerm(proba: Float64Array, start: number, classes: number, y: number, eps: number): number {
  let sum = 0;
  let own = 0;
  for (let c = 0; c < classes; c++) {
    const v = proba[start + c] as number;
    const clipped = v < eps ? eps : v > 1 - eps ? 1 - eps : v;
    sum += clipped;
    if (c === y) own = clipped;
  }
  return -Math.log(own / sum);
}

export function multiclassLogLoss(input: MulticlassInput): MetricValue {
  const n = input.yTrue.length;
  if (n === 0) return { undefined: EMPTY_SET };
  const problem = probabilityProblem(input);
  if (problem) return { undefined: problem };
  const eps = DTYPE_EPS[input.probabilityDtype ?? 'float64'];
  let total = 0;
  for (let i = 0; i < n; i++) total += multiclassLogLossTerm(input.proba, i * input.classes, input.classes, input.yTrue[i] as number, eps);
  return total / n;
}

/** `np.allclose(1, row_sums)`: |1 − s| ≤ 1e-8 + 1e-5·|s|. */
function rowsSumToOne(proba: Float64Array, classes: number): boolean {
  for (let start = 0; start < proba.length; start += classes) {
    let s = 0;
    for (let c = 0; c < classes; c++) s += proba[start + c] as number;
    if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) return false;
  }
  return true;
}

/** One-vs-rest ROC AUC per class (one sort per class). */
export function ovrAucPerClass(input: MulticlassInput): MetricValue[] {
  const { classes, yTrue, proba } = input;
  const n = yTrue.length;
  const isPositive = new Uint8Array(n);
  const column = new Float64Array(n);
  const out: MetricValue[] = [];
  for (let c = 0; c < classes; c++) {
    for (let i = 0; i < n; i++) {
      isPositive[i] = yTrue[i] === c ? 1 : 0;
      column[i] = proba[i * classes + c] as number;
    }
    out.push(rankingMetrics(isPositive, column).rocAuc);
  }
  return out;
}

/** `roc_auc_score(multi_class='ovr', average='macro' | 'weighted', labels=range(C))`. */
export function ovrAuc(input: MulticlassInput): { macro: MetricValue; weighted: MetricValue } {
  const n = input.yTrue.length;
  if (n === 0) return { macro: { undefined: EMPTY_SET }, weighted: { undefined: EMPTY_SET } };
  if (!rowsSumToOne(input.proba, input.classes)) {
    const reason = 'probability rows do not sum to 1 (scikit-learn requires probabilities for one-vs-rest AUC)';
    return { macro: { undefined: reason }, weighted: { undefined: reason } };
  }
  return averageOvr(ovrAucPerClass(input), classSupport(input), n);
}

export function classSupport(input: MulticlassInput): Float64Array {
  const support = new Float64Array(input.classes);
  for (let i = 0; i < input.yTrue.length; i++) {
    const y = input.yTrue[i] as number;
    support[y] = (support[y] as number) + 1;
  }
  return support;
}

/** Macro and prevalence-weighted means of per-class AUCs; undefined when any class's AUC is. */
export function averageOvr(perClass: MetricValue[], support: Float64Array, n: number): { macro: MetricValue; weighted: MetricValue } {
  const missing = perClass.flatMap((v, c) => (typeof v === 'number' ? [] : [c]));
  if (missing.length > 0) {
    const reason = `one-vs-rest AUC is undefined for class ${classList(missing)}: it has no rows, or only its rows (scikit-learn raises)`;
    return { macro: { undefined: reason }, weighted: { undefined: reason } };
  }
  let macro = 0;
  let weighted = 0;
  perClass.forEach((v, c) => {
    macro += v as number;
    weighted += (v as number) * (support[c] as number);
  });
  return { macro: macro / perClass.length, weighted: weighted / n };
}

/** Adds row i to top-label calibration bins (confidence = max probability, prediction = first argmax). */
export function addMulticlassCalibration(sums: Float64Array, offset: number, proba: Float64Array, start: number, classes: number, y: number): void {
  const best = argmaxRow(proba, start, classes);
  addToBins(sums, offset, proba[start + best] as number, best === y);
}

export function multiclassEce(input: MulticlassInput): MetricValue {
  const n = input.yTrue.length;
  if (n === 0) return { undefined: EMPTY_SET };
  const problem = probabilityProblem(input);
  if (problem) return { undefined: problem };
  const bins = new CalibrationBins();
  for (let i = 0; i < n; i++) addMulticlassCalibration(bins.sums, 0, input.proba, i * input.classes, input.classes, input.yTrue[i] as number);
  return eceFromSums(bins.sums, 0, n);
}

export function multiclassMetrics(input: MulticlassInput): MetricsResult {
  validateMulticlass(input);
  const n = input.yTrue.length;
  const confusion = multiclassConfusion(input);
  const counts = classCounts(confusion);
  const auc = ovrAuc(input);
  return {
    task: 'multiclass',
    n,
    metrics: {
      accuracy: n === 0 ? { undefined: EMPTY_SET } : sumArray(counts.tp) / n,
      ...multiclassAverages(counts),
      log_loss: multiclassLogLoss(input),
      roc_auc_ovr: auc.macro,
      roc_auc_ovr_weighted: auc.weighted,
      ece: multiclassEce(input),
    },
    confusionMatrix: confusion,
  };
}
