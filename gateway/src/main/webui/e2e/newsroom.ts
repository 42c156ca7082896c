import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';

/** The demo users of the local realm (deploy/keycloak/newsroom-realm.json). */
export const USERS = {
  viewer: { username: 'vera', password: 'vera-local' },
  reporter: { username: 'rita', password: 'rita-local' },
  editor: { username: 'ed', password: 'ed-local' },
  admin: { username: 'ada', password: 'ada-local' },
} as const;
export type DemoRole = keyof typeof USERS;

export const DEMO_STORY = '/stories/alaska-summit-2025';

const output = process.env.NEWSGRAPH_BROWSER_OUTPUT ?? 'test-results';
export const screenshots = `${output}/screenshots`;

/** The scenario's pieces, shared by the spec files (each runs as its own Playwright process, in order). */
export const ARTICLE = {
  publication: 'Newsgraph Test Wire',
  url: 'https://example.org/wire/alaska-questions',
  publishedOn: '2025-08-16',
  text: 'Leaving the press room, Vladimir Putin said "the road to peace runs through our talks in Anchorage" '
    + 'and added that Europe should not get in the way. Donald Trump told reporters: '
    + '"We made some headway today, but there is no deal until there is a deal."',
  first: 'the road to peace runs through our talks in Anchorage',
  second: 'We made some headway today, but there is no deal until there is a deal.',
};
export const DRAFTED_EVENT = 'Reporters question both presidents at the base';
/** A draft event in the hour the clocks go back in Kyiv (2-reporter), which two people then edit at once (4-conflict). */
export const TWICE_EVENT = 'Kyiv: air raid alert in the night the clocks go back';

/** Opens a story's event found by its title, among the events from a day on (the timeline is paged). */
export async function openEvent(page: Page, title: string, from: string) {
  await page.goto(DEMO_STORY);
  await page.getByRole('form', { name: 'Filter the timeline' }).getByLabel('From').fill(from);
  await page.getByRole('list', { name: 'Events in time order' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

function watch(page: Page, errors: string[], baseURL: string) {
  page.on('console', (message) => {
    if (message.type() === 'error' && page.url().startsWith(baseURL)) errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

/**
 * Every page of a test, in any browser context, fails the test on a console error or an uncaught
 * exception of the app (Keycloak's own pages are not ours to judge). `signIn` opens a browser of
 * its own for another user (two editors at once, or the viewer checking what a reporter did).
 */
export const test = base.extend<{ consoleErrors: string[]; signIn: (role: DemoRole, path?: string) => Promise<Page> }>({
  consoleErrors: [async ({ context, baseURL }, use) => {
    const errors: string[] = [];
    context.pages().forEach((page) => watch(page, errors, baseURL ?? ''));
    context.on('page', (page) => watch(page, errors, baseURL ?? ''));
    await use(errors);
    expect(errors, 'console errors of the editor UI').toEqual([]);
  }, { auto: true }],
  signIn: async ({ browser, consoleErrors, baseURL }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role, path = '/') => {
      const context = await newContext(browser);
      contexts.push(context);
      context.on('page', (page) => watch(page, consoleErrors, baseURL ?? ''));
      const page = await context.newPage();
      await logIn(page, role, path);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

async function newContext(browser: Browser) {
  return browser.newContext();
}

export { expect };

/** Signs in through the real Keycloak login form, as a person would. */
export async function logIn(page: Page, role: DemoRole, path = '/') {
  const user = USERS[role];
  await page.goto(path);
  await expect(page.locator('#kc-login')).toBeVisible();
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expect(page.getByLabel('Signed in as')).toHaveText(user.username);
}

export async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.locator('#kc-login')).toBeVisible();
}

/** A full-page screenshot under target/, named for the screen it shows. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

/** axe-core on the page as it is: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const grave = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(grave, `serious or critical accessibility violations on ${screen}`).toEqual([]);
}

/** Keeps a measurement for docs/measurements.md (never asserted). */
export function record(name: string, value: unknown) {
  mkdirSync(output, { recursive: true });
  writeFileSync(`${output}/${name}.json`, JSON.stringify(value, null, 2) + '\n');
  console.log(`measured ${name}: ${JSON.stringify(value)}`);
}
