import { defineConfig, devices } from '@playwright/test';
import { availableParallelism } from 'node:os';
import { CHROMIUM_ARGS, systemChromium } from './scripts/lib/chromium.ts';

// PENINSULA_PORT serves the built site on another port, for machines where 4321 is taken (two checkouts at once).
const port = Number(process.env.PENINSULA_PORT ?? 4321);
export const ORIGIN = `http://127.0.0.1:${port}`;

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
    baseURL: ORIGIN,
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
    command: port === 4321 ? 'npm run preview' : `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `${ORIGIN}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
