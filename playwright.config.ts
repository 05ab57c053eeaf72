import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/lib/chromium.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
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
    timeout: 60_000,
    stdout: 'ignore',
  },
});
