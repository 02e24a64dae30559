import type { FairnessValue } from './schema.js';

/**
 * Fairlearn's aggregations of a per-group metric (fairlearn/metrics/_disaggregated_result.py):
 *   difference, between_groups = max_g m_g − min_g m_g
 *   difference, to_overall     = max_g |m_g − m_overall|
 *   ratio, between_groups      = min_g m_g / max_g m_g
 *   ratio, to_overall          = min_g r_g with r_g = m_g / m_overall, replaced by 1 / r_g when r_g > 1
 * and the derived metrics (fairlearn/metrics/_fairness_metrics.py):
 *   demographic_parity_*  = the aggregation of selection_rate
 *   equal_opportunity_*   = the aggregation of true_positive_rate
 *   equalized_odds_difference = max(TPR difference, FPR difference)   (agg='worst_case')
 *   equalized_odds_ratio      = min(TPR ratio, FPR ratio)             (agg='worst_case')
 * `values` holds the groups that qualify for the metric (enough rows, and enough positives/negatives
 * for TPR/FPR). Where Fairlearn would return NaN or a silent 0 (one group, 0/0), the result is undefined
 * with the reason. `overall` is the metric over all rows, excluded groups included, as Fairlearn's
 * `MetricFrame.overall`.
 */
export type Aggregation = 'difference' | 'ratio';
export type Method = 'between_groups' | 'to_overall';

export function aggregate(values: readonly FairnessValue[], overall: FairnessValue, aggregation: Aggregation, method: Method): FairnessValue {
  const defined = values.filter((v): v is number => typeof v === 'number');
  if (method === 'between_groups' && defined.length < 2) {
    return { undefined: `${defined.length === 0 ? 'no group' : 'only one group'} qualifies for this metric, nothing to compare` };
  }
  if (method === 'to_overall' && defined.length < 1) return { undefined: 'no group qualifies for this metric' };
  if (method === 'to_overall' && typeof overall !== 'number') return { undefined: `the overall value is undefined: ${overall.undefined}` };
  if (aggregation === 'difference') return differenceOf(defined, overall as number, method);
  return ratioOf(defined, overall as number, method);
}

function differenceOf(values: number[], overall: number, method: Method): number {
  if (method === 'between_groups') return Math.max(...values) - Math.min(...values);
  return Math.max(...values.map((v) => Math.abs(v - overall)));
}

function ratioOf(values: number[], overall: number, method: Method): FairnessValue {
  if (method === 'between_groups') {
    const max = Math.max(...values);
    if (max === 0) return { undefined: 'every qualifying group has rate 0 (0/0)' };
    return Math.min(...values) / max;
  }
  if (overall === 0) return { undefined: 'the overall rate is 0, so a ratio to it is undefined' };
  return Math.min(...values.map((v) => {
    const r = v / overall;
    return r > 1 ? 1 / r : r;
  }));
}

/** Worst case of two disparities: the larger difference or the smaller ratio; undefined if either is. */
export function worstCase(a: FairnessValue, b: FairnessValue, aggregation: Aggregation): FairnessValue {
  if (typeof a !== 'number') return { undefined: `TPR part: ${a.undefined}` };
  if (typeof b !== 'number') return { undefined: `FPR part: ${b.undefined}` };
  return aggregation === 'difference' ? Math.max(a, b) : Math.min(a, b);
}
