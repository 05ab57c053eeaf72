import { existsSync } from 'node:fs';

/**
 * The browser for tests, screenshots, the bench and Lighthouse. Playwright cannot download browsers on our
 * machines, so Debian's Chromium is used where it exists; elsewhere undefined lets Playwright use its own.
 */
export const systemChromium: string | undefined = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * Flags for a root, sandboxless, offline machine: without the networking ones Chromium keeps trying to reach
 * Google's services, which this network refuses (see TECH.md).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
