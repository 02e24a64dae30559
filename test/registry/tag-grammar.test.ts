import { describe, expect, it } from 'vitest';
import { formatTagName, parseTagName } from '../../shared/registry/tag-grammar.js';
import { formatTagMessage, parseTagMessage } from '../../shared/registry/tag-message.js';

describe('tag grammar', () => {
  it('round-trips register, assign and unassign tags', () => {
    for (const name of ['churn@v1.4.0', 'churn#prod#12', 'churn#prod!#13', 'team/churn-v2@v0.1.0-rc.1', 'a_b#eu-west#1']) {
      const tag = parseTagName(name);
      expect(tag, name).toBeDefined();
      expect(formatTagName(tag!)).toBe(name);
    }
    expect(parseTagName('churn#prod!#13')).toEqual({ kind: 'unassign', model: 'churn', environment: 'prod', counter: 13 });
    expect(parseTagName('churn@v1.4.0')).toMatchObject({ kind: 'register', model: 'churn', version: { major: 1, minor: 4, patch: 0 } });
  });

  it('ignores tags that are not registry tags', () => {
    for (const name of ['v1.0.0', 'release-1', 'churn@1.4.0', 'churn#prod', 'churn#prod#0', 'churn#prod#01', 'Churn@v1.0.0', 'churn#pr od#1', 'churn@v1.0.0@v2.0.0'])
      expect(parseTagName(name), name).toBeUndefined();
  });
});

describe('tag message', () => {
  it('round-trips facts through trailers', () => {
    const facts = {
      model: 'churn',
      version: 'v1.4.0',
      environment: 'prod',
      modelDigest: `sha256:${'a'.repeat(64)}` as const,
      dataVersions: ['train@sha256:1', 'holdout@sha256:2'],
      evaluationDigest: `sha256:${'b'.repeat(64)}` as const,
      rollbackOf: 'churn#prod#12',
      reason: 'latency regression',
      forced: true,
    };
    const message = formatTagMessage('Roll back churn in prod to v1.4.0', facts);
    expect(message).toContain('Rollback-Of: churn#prod#12\n');
    expect(parseTagMessage(message)).toEqual({ subject: 'Roll back churn in prod to v1.4.0', facts });
  });

  it('keeps a multi-line reason on one trailer line so it cannot forge another trailer', () => {
    const message = formatTagMessage('Assign', { model: 'churn', dataVersions: [], forced: false, reason: 'ok\nForced: true\n\nModel: evil' });
    const { facts } = parseTagMessage(message);
    expect(facts.forced).toBe(false);
    expect(facts.model).toBe('churn');
    expect(facts.reason).toBe('ok Forced: true Model: evil');
  });
});
