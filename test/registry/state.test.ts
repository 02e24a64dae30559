import { describe, expect, it } from 'vitest';
import {
  currentVersion,
  deriveModelState,
  environmentHistory,
  nextCounter,
  previousDistinctVersion,
  versionAt,
} from '../../shared/registry/state.js';
import { formatTagMessage } from '../../shared/registry/tag-message.js';
import type { StoredTag } from '../../shared/registry/tag-store.js';

function register(version: string, commit = 'c1'): StoredTag {
  return { name: `churn@${version}`, commit, annotated: true, message: formatTagMessage('r', { model: 'churn', version, dataVersions: [], forced: false }), taggedAt: '2026-01-01T00:00:00.000Z' };
}

function assign(env: string, counter: number, version: string | undefined, at: string, extra: { rollbackOf?: string; bang?: boolean; commit?: string } = {}): StoredTag {
  const facts = { model: 'churn', version, environment: env, dataVersions: [], forced: false, rollbackOf: extra.rollbackOf };
  return { name: `churn#${env}${extra.bang ? '!' : ''}#${counter}`, commit: extra.commit ?? 'c1', annotated: true, message: formatTagMessage('a', facts), taggedAt: at };
}

describe('registry state', () => {
  const tags = [
    register('v1.0.0'),
    register('v1.1.0', 'c2'),
    register('v1.2.0', 'c3'),
    assign('prod', 1, 'v1.0.0', '2026-01-01T10:00:00.000Z'),
    assign('staging', 2, 'v1.1.0', '2026-01-02T10:00:00.000Z'),
    assign('prod', 3, 'v1.1.0', '2026-01-03T10:00:00.000Z'),
    assign('prod', 5, 'v1.2.0', '2026-01-05T10:00:00.000Z'),
    assign('prod', 4, 'v1.0.0', '2026-01-04T10:00:00.000Z'),
  ];

  it('takes the highest counter as current, whatever the listing order', () => {
    const state = deriveModelState('churn', tags);
    expect(currentVersion(state, 'prod')?.version).toBe('v1.2.0');
    expect(currentVersion(state, 'staging')?.version).toBe('v1.1.0');
    expect(currentVersion(state, 'dev')).toBeUndefined();
    expect(nextCounter(state)).toBe(6);
  });

  it('answers what was current at a time', () => {
    const state = deriveModelState('churn', tags);
    expect(versionAt(state, 'prod', new Date('2025-12-31T00:00:00Z'))).toBeUndefined();
    expect(versionAt(state, 'prod', new Date('2026-01-03T12:00:00Z'))).toBe('v1.1.0');
    expect(versionAt(state, 'prod', new Date('2026-01-04T12:00:00Z'))).toBe('v1.0.0');
    expect(environmentHistory(state, 'prod').map((h) => [h.event.counter, h.version, h.current])).toEqual([
      [1, 'v1.0.0', false], [3, 'v1.1.0', false], [4, 'v1.0.0', false], [5, 'v1.2.0', true],
    ]);
  });

  it('clears the environment on unassign and ignores lightweight tags', () => {
    const state = deriveModelState('churn', [...tags, assign('prod', 6, undefined, '2026-01-06T00:00:00.000Z', { bang: true }), { ...register('v9.0.0'), annotated: false }]);
    expect(currentVersion(state, 'prod')).toBeUndefined();
    expect(state.versions.map((v) => v.version)).toEqual(['v1.0.0', 'v1.1.0', 'v1.2.0']);
    expect(state.ignored).toEqual([{ tag: 'churn@v9.0.0', why: expect.stringContaining('lightweight') }]);
    // A lightweight or unreadable assign tag still occupies its counter.
    const taken = deriveModelState('churn', [...tags, { ...assign('prod', 9, 'v1.0.0', '2026-01-09T00:00:00.000Z'), annotated: false }]);
    expect(nextCounter(taken)).toBe(10);
  });

  it('resolves GTO-written assign tags (no Version trailer) through the commit', () => {
    const gto: StoredTag = { name: 'churn#prod#9', commit: 'c2', annotated: true, message: 'Assigning stage prod\n', taggedAt: '2026-02-01T00:00:00.000Z' };
    expect(currentVersion(deriveModelState('churn', [...tags, gto]), 'prod')?.version).toBe('v1.1.0');
  });

  it('rolls back to the previous distinct version, never to one already rolled back from', () => {
    const state = deriveModelState('churn', tags);
    expect(previousDistinctVersion(state, 'prod')).toBe('v1.0.0');
    const after = deriveModelState('churn', [...tags, assign('prod', 6, 'v1.0.0', '2026-01-06T00:00:00.000Z', { rollbackOf: 'churn#prod#5' })]);
    expect(previousDistinctVersion(after, 'prod')).toBe('v1.1.0');
    expect(previousDistinctVersion(deriveModelState('churn', [register('v1.0.0'), assign('prod', 1, 'v1.0.0', '2026-01-01T00:00:00.000Z')]), 'prod')).toBeUndefined();
  });
});
