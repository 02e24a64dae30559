/**
 * Binary metrics of many disjoint row groups (the slices of a column) from the whole set's one sort,
 * without building any per-group array: a pass over the rows in row order adds each row to its group's
 * sums, and a walk down the whole set's sort runs each group's ranking walk side by side.
 *
 * Every figure is bit-identical to `binaryMetrics` on the group's rows alone: a group's sums receive its
 * rows' terms in row order, exactly as summing the group alone does, and a group's ranking walk meets
 * its rows in the same order as a walk over the group's own stable sort (the whole sort restricted to the
 * group is that sort), closing a threshold whenever the group's score changes.
 */
import { BINARY_SUMS, binaryResult, binarySums, rowGroups, type GroupKeys } from './binary.js';
import { finishRanking, sortedLabels } from './ranking.js';
import type { SortedScores } from './sort.js';
import type { BinaryInput, MetricsResult } from './types.js';

/**
 * The metrics of each group, for an input that was already validated (`validateBinary`) and sorted with
 * its labels (`sortScores(score, yTrue)`). `sums`: the grouping's blocks from a `binarySums` pass the
 * caller already made (with other groupings, or for the whole set's metrics).
 */
export function groupedBinaryMetrics(input: BinaryInput, sorted: SortedScores, keys: GroupKeys, sums: Float64Array = binarySums(input, [keys]).groups[0]!): MetricsResult[] {
  const ranking = groupRanking(input.yTrue, sorted, keys);
  return Array.from({ length: keys.groups }, (_, g) => binaryResult(sums, g * BINARY_SUMS, ranking(g)));
}

/** Per-group ranking state, one slot per group. */
const TP = 0;
const ALL = 1;
const TP_BEFORE = 2;
const ALL_BEFORE = 3;
const AREA2 = 4;
const AP_SUM = 5;
const STATE = 6;

/**
 * Each group's ranking walk (ranking.ts) over the whole set's sort, from the highest score down. A row's
 * group is looked up through `order` (a random read per row, into `rowGroups`; carrying the key through
 * the sort would cost a scatter stream in every radix pass instead).
 */
function groupRanking(isPositive: Uint8Array, sorted: SortedScores, keys: GroupKeys): (group: number) => ReturnType<typeof finishRanking> {
  const { order, sorted: values } = sorted;
  const labels = sortedLabels(isPositive, sorted);
  const groupOfRow = keys.rowGroups ?? rowGroups(keys);
  const state = new Float64Array(keys.groups * STATE);
  const last = new Float64Array(keys.groups).fill(NaN);
  for (let i = values.length - 1; i >= 0; i--) {
    const g = (groupOfRow[order[i] as number] as number) - 1;
    if (g < 0) continue;
    const at = g * STATE;
    const value = values[i] as number;
    if (value !== last[g]) {
      closeThreshold(state, at);
      state[at + TP_BEFORE] = state[at + TP] as number;
      state[at + ALL_BEFORE] = state[at + ALL] as number;
      last[g] = value;
    }
    state[at + TP] = (state[at + TP] as number) + (labels[i] as number);
    state[at + ALL] = (state[at + ALL] as number) + 1;
  }
  for (let g = 0; g < keys.groups; g++) closeThreshold(state, g * STATE);
  return (g) => {
    const at = g * STATE;
    const tp = state[at + TP] as number;
    return finishRanking(tp, (state[at + ALL] as number) - tp, state[at + AREA2] as number, state[at + AP_SUM] as number);
  };
}

/** Adds the threshold just walked past (rows since the last score change) to the area and AP sums. */
function closeThreshold(state: Float64Array, at: number): void {
  const tp = state[at + TP] as number;
  const all = state[at + ALL] as number;
  const tpBefore = state[at + TP_BEFORE] as number;
  const allBefore = state[at + ALL_BEFORE] as number;
  if (all === allBefore) return;
  const fp = all - tp;
  const fpBefore = allBefore - tpBefore;
  state[at + AREA2] = (state[at + AREA2] as number) + (fp - fpBefore) * (tp + tpBefore);
  if (tp > tpBefore) state[at + AP_SUM] = (state[at + AP_SUM] as number) + (tp - tpBefore) * (tp / all);
}
