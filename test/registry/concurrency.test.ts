import { describe, expect, it } from 'vitest';
import { pointerKey, readModelState } from '../../shared/registry/assignment.js';
import { promote } from '../../shared/registry/promote.js';
import { currentVersion, lastEvent } from '../../shared/registry/state.js';
import type { TagStore } from '../../shared/registry/tag-store.js';
import { environmentPointerType } from '../../shared/schemas/promotion.js';
import { makeRegistry } from './fixtures.js';

/**
 * The real git tag store, with `publish` held back until every promotion has prepared its tag: all of
 * them then race for the same counter, as two workflow runs started by one merge would.
 */
function raceAt(tags: TagStore, racers: number): TagStore & { lost: string[] } {
  let waiting = 0;
  let release: () => void = () => {};
  const barrier = new Promise<void>((resolve) => (release = resolve));
  const lost: string[] = [];
  return {
    description: tags.description,
    lost,
    list: (prefixes) => tags.list(prefixes),
    prepare: (tag) => tags.prepare(tag),
    defaultCommit: () => tags.defaultCommit(),
    async publish(name, id) {
      if (name.includes('#') && ++waiting === racers) release();
      if (name.includes('#')) await barrier;
      const won = await tags.publish(name, id);
      if (!won) lost.push(name);
      return won;
    },
  };
}

describe('concurrent promotions to one environment', () => {
  it('one wins each counter, the others retry, never two current versions', async () => {
    const reg = makeRegistry();
    const racers = 3;
    const models = Array.from({ length: racers }, (_, i) => reg.model(`model-${i}`));
    const tags = raceAt(reg.tags, racers);
    const logs: string[] = [];
    const deps = { ...reg.deps, tags, log: (line: string) => logs.push(line) };
    const results = await Promise.all(
      models.map((m, i) =>
        promote({ model: 'churn', version: `1.${i}.0`, artifact: m.path, environment: 'prod', config: { lines: new Map() }, evidence: [], force: true, reason: `racer ${i}` }, deps),
      ),
    );
    const counters = results.map((r) => Number(r.tag.split('#').at(-1))).sort();
    expect(counters).toEqual([1, 2, 3]);
    expect(tags.lost.length).toBeGreaterThanOrEqual(racers - 1);
    expect(logs.filter((l) => l.includes('taken by a concurrent promotion'))).toHaveLength(tags.lost.length);

    const state = await readModelState(reg.deps, 'churn');
    expect(state.environments.get('prod')?.map((e) => e.counter)).toEqual([1, 2, 3]);
    const winner = results.find((r) => r.tag === 'churn#prod#3');
    expect(currentVersion(state, 'prod')?.version).toBe(winner?.version);
    // Each event names the version that was current just before it, so the chain has no gaps.
    const events = state.environments.get('prod') ?? [];
    for (let i = 1; i < events.length; i++) expect(events[i]?.facts.previousVersion).toBe(events[i - 1]?.version);
    const pointer = environmentPointerType.parse((await reg.store.readPointer(pointerKey('churn', 'prod')))!.body.toString(), 'p');
    expect(pointer).toMatchObject({ version: winner?.version, counter: lastEvent(state, 'prod')?.counter });
  });
});
