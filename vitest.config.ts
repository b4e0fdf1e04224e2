import { defineConfig } from 'vitest/config';

// Timing tests (linearity on 1 MB inputs) compare two measurements in one run: they run last and alone, so that the
// CLI tests' child processes do not steal the CPU between the two.
const TIMING = ['tests/robustness/linearity-*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: TIMING, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timing', include: TIMING, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
