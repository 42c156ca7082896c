import { defineConfig } from '@playwright/test';

/**
 * The browser tests: Debian's Chromium, headless, against a running stack whose gateway is at
 * NEWSGRAPH_UI_URL (deploy/local's EditorUiIT starts the real stack and runs them; see
 * docs/editor-ui.md). Playwright's own browser download is never used.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: `${process.env.NEWSGRAPH_BROWSER_OUTPUT ?? 'test-results'}/playwright`,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.NEWSGRAPH_UI_URL,
    headless: true,
    viewport: { width: 1024, height: 900 },
    locale: 'en-GB',
    timezoneId: 'America/Chicago',
    screenshot: 'only-on-failure',
    trace: 'off',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    },
  },
});
