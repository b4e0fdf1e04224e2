import { defineConfig } from 'vitest/config';

// Timing tests (linearity on 1 MB inputs) compare two measurements in one run: they run last and alone, so that the
// CLI tests' child processes do not steal the CPU between the two. They get a larger young generation: a 100 KB
// article's tokens die young, a 1 MB article's are copied into the old generation first, and with Node's default
// 16 MB semi-space that copying alone made a flat pattern measure up to 2x per KB. A super-linear one still shows.
const TIMING = ['tests/robustness/linearity-*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: TIMING, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timing', include: TIMING, fileParallelism: false, execArgv: ['--max-semi-space-size=64'], sequence: { groupOrder: 1 } } },
    ],
  },
});
