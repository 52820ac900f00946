import { defineConfig } from 'vitest/config';

// Two cores on these machines: keep parallelism modest so the theory tests,
// which simulate millions of requests, do not starve each other.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
