// Derived, not typed by hand: a hand-kept copy drifts from package.json at the first release that forgets
// it, and every evaluation record then names the wrong version. A JSON import works in both places that
// run this code: tsx/vitest read package.json from the checkout, and ncc inlines it into each bundle
// (the only cost is the few hundred bytes of package.json in every dist/index.js). TypeScript
// (`resolveJsonModule`, NodeNext) types the import and checks that `version` is a string.
import packageJson from '../../package.json' with { type: 'json' };

/** The suite's version as recorded in evaluation records: package.json's `version`. */
export const MLCI_VERSION: string = packageJson.version;
