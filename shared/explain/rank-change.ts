/**
 * How the ordering of features changed between the baseline model and the candidate: a reviewer reads
 * "delay_minutes moved from 5th to 1st" faster than two importance tables.
 */

export interface RankedFeature {
  feature: string;
  /** Importance (permutation mean) or attribution (mean |φ|); higher ranks first. */
  value: number;
}

export interface RankChange {
  feature: string;
  /** 1-based rank under the candidate. */
  candidateRank: number;
  /** 1-based rank under the baseline, or undefined when the baseline does not have the feature. */
  baselineRank: number | { undefined: string };
  /** baselineRank − candidateRank: positive means the feature moved up. */
  change: number | { undefined: string };
}

/** Ranks by descending value; ties keep the input (feature) order so the result is deterministic. */
export function rankFeatures(features: readonly RankedFeature[]): Map<string, number> {
  const order = features.map((f, i) => ({ ...f, i })).sort((a, b) => b.value - a.value || a.i - b.i);
  return new Map(order.map((f, rank) => [f.feature, rank + 1]));
}

/** The candidate's top `top` features with their rank under each model. */
export function rankChanges(candidate: readonly RankedFeature[], baseline: readonly RankedFeature[], top = 10): RankChange[] {
  const candidateRanks = rankFeatures(candidate);
  const baselineRanks = rankFeatures(baseline);
  return [...candidateRanks]
    .filter(([, rank]) => rank <= top)
    .map(([feature, candidateRank]) => {
      const baselineRank = baselineRanks.get(feature);
      if (baselineRank === undefined) {
        const missing = { undefined: 'the baseline model has no such feature' };
        return { feature, candidateRank, baselineRank: missing, change: missing };
      }
      return { feature, candidateRank, baselineRank, change: baselineRank - candidateRank };
    });
}
