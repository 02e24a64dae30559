import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadActions, renderDocs } from '../../scripts/docs.js';

describe('generated docs are fresh (run `npm run docs` after changing an action.yml)', async () => {
  const files = await renderDocs();
  for (const [path, expected] of files) {
    it(path, () => {
      expect(readFileSync(path, 'utf8')).toBe(expected);
    });
  }
  it('every action states its permissions and an example', async () => {
    for (const docs of await loadActions()) {
      expect(docs.catalog.example, `${docs.directory}/catalog.yml example`).toMatch(/uses: /);
      expect(Object.keys(docs.catalog.permissions).length, `${docs.directory}/catalog.yml permissions`).toBeGreaterThan(0);
    }
  });
});
