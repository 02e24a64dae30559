import { UserError } from '../errors.js';
import { shapRowsPerExplainedRow } from './shap.js';

/**
 * Cost control: explanations cost inference rows, known before running. The plan is computed first,
 * kept within `explain-budget-rows` by explaining fewer rows (and saying so), and refused with the
 * number of rows needed when even the smallest useful run does not fit.
 */

export type ExplainMethod = 'none' | 'permutation' | 'shap' | 'all';

export interface BudgetRequest {
  method: ExplainMethod;
  /** Rows available in the evaluation set. */
  availableRows: number;
  features: number;
  /** Rows for permutation importance (explain-rows). */
  permutationRows: number;
  repeats: number;
  /** Rows SHAP explains, background rows, permutation pairs. */
  shapRows: number;
  backgroundRows: number;
  shapPermutations: number;
  exactMaxFeatures: number;
  /** 2 with a baseline model (everything runs twice). */
  models: number;
  budgetRows: number;
}

export interface BudgetPlan {
  permutationRows: number;
  shapRows: number;
  /** Inference rows the plan will use, all models together. */
  plannedRows: number;
  /** What the user asked for would have needed this many. */
  requestedRows: number;
  subsampled: boolean;
  notes: string[];
}

/** Fewer rows than this and an explanation is noise, so the budget is refused instead. */
export const MIN_PERMUTATION_ROWS = 100;
export const MIN_SHAP_ROWS = 10;

export function permutationCost(rows: number, repeats: number, features: number): number {
  return rows * (1 + repeats * features);
}

export function planExplanations(request: BudgetRequest): BudgetPlan {
  const wantPermutation = request.method === 'permutation' || request.method === 'all';
  const wantShap = request.method === 'shap' || request.method === 'all';
  const piRows = wantPermutation ? Math.min(request.permutationRows, request.availableRows) : 0;
  const shRows = wantShap ? Math.min(request.shapRows, request.availableRows) : 0;
  const perShapRow = shapRowsPerExplainedRow(request.features, request.backgroundRows, request.shapPermutations, request.exactMaxFeatures);
  const piCost = (rows: number): number => request.models * permutationCost(rows, request.repeats, request.features);
  const shCost = (rows: number): number => request.models * rows * perShapRow;
  const requestedRows = piCost(piRows) + shCost(shRows);
  if (requestedRows <= request.budgetRows) {
    return { permutationRows: piRows, shapRows: shRows, plannedRows: requestedRows, requestedRows, subsampled: false, notes: [] };
  }
  const minPi = Math.min(piRows, MIN_PERMUTATION_ROWS);
  const minSh = Math.min(shRows, MIN_SHAP_ROWS);
  const minimum = piCost(minPi) + shCost(minSh);
  if (minimum > request.budgetRows) throw budgetTooSmall(request, minimum, minPi, minSh, perShapRow);
  // Water-filling: a method needing at most half the budget keeps all its rows and the other takes the
  // rest; otherwise each gets half. So a cheap permutation importance is not cut because SHAP is costly.
  const half = request.budgetRows / 2;
  const piShare = piCost(piRows) <= half ? piCost(piRows) : shCost(shRows) <= half ? request.budgetRows - shCost(shRows) : half;
  const perPiRow = Math.max(1, request.models * (1 + request.repeats * request.features));
  // Never so many permutation rows that SHAP's minimum no longer fits.
  const piCap = Math.floor((request.budgetRows - shCost(minSh)) / perPiRow);
  const permutationRows = Math.min(piRows, piCap, Math.max(minPi, Math.floor(piShare / perPiRow)));
  const shapRows = Math.min(shRows, Math.max(minSh, Math.floor((request.budgetRows - piCost(permutationRows)) / Math.max(1, request.models * perShapRow))));
  const plannedRows = piCost(permutationRows) + shCost(shapRows);
  const notes = [`explanations would need ${requestedRows} inference rows, over the budget of ${request.budgetRows} (explain-budget-rows)`];
  if (permutationRows < piRows) notes.push(`permutation importance subsampled to ${permutationRows} of ${piRows} rows`);
  if (shapRows < shRows) notes.push(`SHAP explains ${shapRows} of ${shRows} rows`);
  return { permutationRows, shapRows, plannedRows, requestedRows, subsampled: true, notes };
}

function budgetTooSmall(request: BudgetRequest, minimum: number, minPi: number, minSh: number, perShapRow: number): UserError {
  const parts: string[] = [];
  if (minPi > 0) parts.push(`permutation importance over ${minPi} rows × (1 + ${request.repeats} repeats × ${request.features} features)`);
  if (minSh > 0) parts.push(`SHAP over ${minSh} rows × ${perShapRow} rows each (${request.backgroundRows} background rows)`);
  const models = request.models > 1 ? `, for ${request.models} models` : '';
  return new UserError(
    `explain-budget-rows ${request.budgetRows} is too small: the smallest useful explanation needs ${minimum} inference rows (${parts.join(' + ')}${models}).`,
    {
      input: 'explain-budget-rows',
      fix: `Set explain-budget-rows to at least ${minimum}, or lower explain-background, or choose a cheaper explain method ('permutation' or 'none').`,
    },
  );
}
