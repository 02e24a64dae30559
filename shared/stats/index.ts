/** Paired statistics: McNemar, DeLong, bootstrap, and `compareModels` that picks the right one per metric. */
export { compareModels, comparePair, drawBootstrapUnits, MAX_BOOTSTRAP_UNITS, type BootstrapUnits, type PairResult } from './compare.js';
export { pairedBootstrap, type BootstrapOptions, type BootstrapResult } from './bootstrap.js';
export { pairedDeLong, placements, type DeLongResult } from './delong.js';
export { mcnemarTest, mcnemarExactPValue, discordantCounts, type McNemarResult } from './mcnemar.js';
export { summarizeDeltas, quantileSorted, type IntervalSummary } from './percentile.js';
export { Xoshiro128 } from './prng.js';
export { normalCdf, normalSf, normalQuantile, binomialPmf, binomialCdf, binomialSf, clopperPearson } from './distributions.js';
export * from './types.js';
