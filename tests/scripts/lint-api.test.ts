import { describe, expect, it } from 'vitest';
import { lintApiDocument } from '../../scripts/lint-api.ts';

describe('npm run lint:api', () => {
  it('the generated OpenAPI document has no error under Redocly recommended rules', { timeout: 60_000 }, () => {
    const report = lintApiDocument();
    const errors = report.problems.filter((problem) => problem.severity === 'error').map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });
});
