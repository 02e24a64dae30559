/** The suite's version as recorded in evaluation records (keep in step with package.json). */
export const MLCI_VERSION = '0.1.0';
