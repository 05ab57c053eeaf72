import { defineConfig, devices } from '@playwright/test';
import { availableParallelism } from 'node:os';
import { CHROMIUM_ARGS, systemChromium } from './scripts/lib/chromium.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One Chromium per core: on our 2-core machines more workers only queue for the same CPUs. Every walk over
  // pages is one test per page, so no test's time grows with the size of the site.
  workers: Math.min(4, Math.max(1, availableParallelism())),
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  // Per test, with room for a machine whose CPUs are saturated by other work: measured there, the slowest test
  // (an axe scan of the overview, with its map) took 44 s and the median one 13 s (load average 16;
  // 6-7 s for both with the machine less busy).
  timeout: 120_000,
  // Waiting assertions resolve as soon as they hold; the longer ceiling only delays the report of a failure.
  expect: { timeout: 15_000 },
  use: {
    baseURL: 'http://127.0.0.1:4321',
    trace: 'off',
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: CHROMIUM_ARGS,
        }
      : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Serves the built site (dist/); the test command builds before it runs Playwright.
  webServer: {
    command: 'npm run preview',
    url: 'http://127.0.0.1:4321/',
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
