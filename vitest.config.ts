import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // The build tests run `astro build` (a few seconds each on our 2-core machines).
    testTimeout: 120_000,
  },
});
