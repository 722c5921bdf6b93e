import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build in real Chromium. One file at a time: the machine has
// two cores and each file runs its own browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
