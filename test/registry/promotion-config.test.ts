import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { durationMs, environmentRule, loadPromotionConfig, parsePromotionConfig } from '../../shared/registry/promotion-config.js';

function errorOf(text: string): UserError {
  try {
    parsePromotionConfig(text, 'promotion.yml');
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('promotion config', () => {
  it('reads environments with defaults, and empty entries', () => {
    const loaded = parsePromotionConfig('environments:\n  dev:\n  staging:\n    from: dev\n  prod:\n    from: staging\n    min-time-in-from: 24h\n', 'promotion.yml');
    expect(Object.keys(loaded.config!.environments)).toEqual(['dev', 'staging', 'prod']);
    expect(environmentRule(loaded, 'prod')).toEqual({ from: 'staging', 'min-time-in-from': '24h', evidence: 'gate', 'allow-force': true });
    expect(environmentRule(loaded, 'dev')).toEqual({ evidence: 'gate', 'allow-force': true });
    expect(loaded.lines.get('prod')).toBe(5);
  });

  it('accepts JSON too', () => {
    const loaded = parsePromotionConfig('{"environments": {"prod": {"evidence": "none"}}}', 'promotion.json');
    expect(environmentRule(loaded, 'prod').evidence).toBe('none');
  });

  it('names the line, column and field of an unknown key', () => {
    const error = errorOf('environments:\n  prod:\n    evidnce: gate\n');
    expect(error.location).toMatchObject({ file: 'promotion.yml', line: 3, column: 5, field: '/environments/prod/evidnce' });
    expect(error.message).toMatch(/must NOT have additional properties \('evidnce'\)/);
  });

  it('names the line of a bad value', () => {
    const error = errorOf('environments:\n  staging: {}\n  prod:\n    from: staging\n    min-time-in-from: one day\n');
    expect(error.location).toMatchObject({ line: 5, column: 23, field: '/environments/prod/min-time-in-from' });
    const evidence = errorOf('environments:\n  prod:\n    evidence: maybe\n');
    expect(evidence.message).toMatch(/none, evaluation, gate/);
    expect(evidence.location.line).toBe(3);
  });

  it('reports YAML syntax errors with their position', () => {
    const error = errorOf('environments:\n  prod:\n    from: [staging\n');
    expect(error.message).toMatch(/not valid YAML/);
    expect(error.location.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects an unknown from, a loop, and min-time without from', () => {
    expect(errorOf('environments:\n  prod:\n    from: stagin\n').message).toMatch(/comes from 'stagin', which is not declared/);
    expect(errorOf('environments:\n  a:\n    from: b\n  b:\n    from: a\n').message).toMatch(/loop/);
    expect(errorOf('environments:\n  prod:\n    min-time-in-from: 1h\n').location.field).toBe('/environments/prod/min-time-in-from');
    expect(errorOf('environments: {}\n').message).toMatch(/fewer than 1/);
  });

  it('converts durations', () => {
    expect(durationMs('90s')).toBe(90_000);
    expect(durationMs('2d')).toBe(172_800_000);
  });
});

describe('examples/promotion.yml', () => {
  it('is a valid promotion config', async () => {
    const loaded = await loadPromotionConfig(new URL('../../examples/promotion.yml', import.meta.url).pathname);
    expect(environmentRule(loaded, 'prod')).toMatchObject({ from: 'staging', 'min-time-in-from': '24h', evidence: 'gate' });
  });
});
