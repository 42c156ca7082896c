// What the first-page scripts share (first-page-bench.mjs, first-page-profile.mjs): Debian's
// Chromium started as the browser tests start it, a browser context signed in as the demo viewer
// through the real Keycloak form, the page they open, and their median.
import { chromium } from '@playwright/test';

export const STORY = '/stories/alaska-summit-2025';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/** A context of `browser` for the UI at `base`, signed in as vera (its later tabs are signed in too). */
export async function signedInViewer(browser, base) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('#username').fill('vera');
  await page.locator('#password').fill('vera-local');
  await page.locator('#kc-login').click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
  await page.close();
  return context;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
