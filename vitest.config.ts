import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Used by `npm run coverage` only (vitest run --coverage); scripts/coverage-by-folder.ts sums it per folder.
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts', 'functions/**/*.ts', 'infra/**/*.ts', 'cli/**/*.ts'],
      reporter: ['json-summary', 'text-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
