import * as core from '@actions/core';

export type OutputValue = string | number | boolean | object;

/** Objects become compact JSON so a later step can `fromJSON()` them. */
export function setOutputs(outputs: Record<string, OutputValue | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
}
