import { openStore, type ObjectStore } from '../store/index.js';
import { actionContext } from './context.js';
import { choiceInput, optionalInput } from './inputs.js';

/** Inputs read by `storeFromInputs`; the input-declaration test counts them as read by its callers. */
export const STORE_INPUT_NAMES = ['store', 's3-endpoint', 's3-region', 's3-checksums'] as const;

export function storeFromInputs(): ObjectStore {
  return openStore(optionalInput('store'), {
    cwd: actionContext().workspace,
    endpoint: optionalInput('s3-endpoint'),
    region: optionalInput('s3-region'),
    checksums: choiceInput('s3-checksums', ['when-supported', 'when-required'] as const, 'when-supported'),
  });
}
