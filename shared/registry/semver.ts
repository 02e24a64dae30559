/**
 * The small part of Semantic Versioning 2.0.0 the registry needs: parse, format, compare, bump.
 * Versions in tags are written with a leading `v` (`churn@v1.4.0`), as GTO does; users may type either.
 */
export interface Semver {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated pre-release identifiers (`rc.1` → ['rc', '1']); empty for a release. */
  prerelease: string[];
}

export type BumpPart = 'major' | 'minor' | 'patch';

export const BUMP_PARTS: readonly BumpPart[] = ['major', 'minor', 'patch'];

const NUMBER = '0|[1-9]\\d*';
const IDENTIFIER = '[0-9A-Za-z-]+';
const SEMVER_PATTERN = new RegExp(`^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?$`);

/** Build metadata (`+...`) is not accepted: `+` has no place in a tag that must identify one version. */
export function parseSemver(text: string): Semver | undefined {
  const match = SEMVER_PATTERN.exec(text);
  if (!match) return undefined;
  const prerelease = match[4] === undefined ? [] : match[4].split('.');
  if (prerelease.some((part) => /^0\d+$/.test(part))) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease };
}

/** Always with the `v` prefix, the form stored in tags. */
export function formatSemver(version: Semver): string {
  const core = `v${version.major}.${version.minor}.${version.patch}`;
  return version.prerelease.length ? `${core}-${version.prerelease.join('.')}` : core;
}

/** Negative when a < b, positive when a > b, 0 when equal (SemVer precedence rules). */
export function compareSemver(a: Semver, b: Semver): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return core;
  return comparePrerelease(a.prerelease, b.prerelease);
}

function comparePrerelease(a: string[], b: string[]): number {
  // A release sorts after any of its pre-releases.
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareIdentifier(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

function compareIdentifier(a: string, b: string): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) return Number(a) - Number(b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Bumping a pre-release's own part releases it (1.2.0-rc.1 minor → 1.2.0), as npm's semver does. */
export function bumpSemver(version: Semver | undefined, part: BumpPart): Semver {
  const base = version ?? { major: 0, minor: 0, patch: 0, prerelease: [] };
  const pre = base.prerelease.length > 0;
  if (part === 'major') {
    const keep = pre && base.minor === 0 && base.patch === 0;
    return { major: keep ? base.major : base.major + 1, minor: 0, patch: 0, prerelease: [] };
  }
  if (part === 'minor') {
    const keep = pre && base.patch === 0;
    return { major: base.major, minor: keep ? base.minor : base.minor + 1, patch: 0, prerelease: [] };
  }
  return { major: base.major, minor: base.minor, patch: pre ? base.patch : base.patch + 1, prerelease: [] };
}

export function isBumpPart(text: string): text is BumpPart {
  return (BUMP_PARTS as readonly string[]).includes(text);
}
