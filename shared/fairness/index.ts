/** Fairness with Fairlearn's definitions, explicit undefined values and listed small groups. */
export { fairnessReport, FAIRNESS_DEFAULTS, type FairnessInput } from './fairness-report.js';
export { checkSensitiveColumns, encodeColumn, intersect, type SensitiveColumn, type SensitiveValue, type Grouping } from './groups.js';
export { aggregate, worstCase, type Aggregation, type Method } from './disparity.js';
export { binaryRates } from './rates.js';
export { DEFAULT_BOOTSTRAP, PoissonSampler, percentileInterval, type BootstrapOptions } from './bootstrap.js';
export * from './schema.js';
