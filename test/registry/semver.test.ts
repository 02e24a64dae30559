import { describe, expect, it } from 'vitest';
import { bumpSemver, compareSemver, formatSemver, parseSemver } from '../../shared/registry/semver.js';

const v = (text: string) => {
  const parsed = parseSemver(text);
  if (!parsed) throw new Error(`bad test version ${text}`);
  return parsed;
};

describe('semver', () => {
  it('parses with or without v and formats with v', () => {
    expect(formatSemver(v('1.4.0'))).toBe('v1.4.0');
    expect(formatSemver(v('v0.10.2-rc.1'))).toBe('v0.10.2-rc.1');
  });

  it('rejects what is not a version', () => {
    for (const bad of ['1.4', '01.2.3', '1.2.3+build', 'v1.2.3-01', 'patch', '']) expect(parseSemver(bad)).toBeUndefined();
  });

  it('orders by precedence, pre-releases before the release', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-rc.2', '1.2.0-rc.10', '1.2.0-alpha', '0.9.9'].map(v).sort(compareSemver).map(formatSemver);
    expect(sorted).toEqual(['v0.9.9', 'v1.2.0-alpha', 'v1.2.0-rc.2', 'v1.2.0-rc.10', 'v1.2.0', 'v1.10.0']);
  });

  it('bumps each part and starts from 0.0.0', () => {
    expect(formatSemver(bumpSemver(v('1.4.2'), 'patch'))).toBe('v1.4.3');
    expect(formatSemver(bumpSemver(v('1.4.2'), 'minor'))).toBe('v1.5.0');
    expect(formatSemver(bumpSemver(v('1.4.2'), 'major'))).toBe('v2.0.0');
    expect(formatSemver(bumpSemver(undefined, 'minor'))).toBe('v0.1.0');
    expect(formatSemver(bumpSemver(v('1.2.0-rc.1'), 'minor'))).toBe('v1.2.0');
  });
});
