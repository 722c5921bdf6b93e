import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { otioseDataPlugin } from './scripts/vite-plugin-otiose-data';

// Unit, component and site tests (fast, no browser). End-to-end tests: vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest(), otioseDataPlugin()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/components/**/*.test.{ts,tsx}', 'test/sites/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    testTimeout: 30_000,
  },
});
