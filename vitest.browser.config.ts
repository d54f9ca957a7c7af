import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives Debian's Chromium against the built app served by `vite preview`
// (started once in the global setup). They run one file at a time: two cores, one browser.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
