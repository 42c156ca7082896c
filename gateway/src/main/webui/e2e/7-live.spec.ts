import { test, expect, logIn, screenshot, expectAccessible, DEMO_STORY } from './newsroom';

const LIVE_EVENT = 'Both delegations leave the base';
const QUOTE_BEFORE = 'get a little heat on that one';
const QUOTE_AFTER = 'We may get a little heat on that one, as heard on the pool recording';

/** Marks the page, so that the test can tell it was never loaded again (a reload clears the mark). */
async function markNotReloaded(page: import('@playwright/test').Page) {
  await page.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });
}
async function wasNotReloaded(page: import('@playwright/test').Page) {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}

test('two people on one story: each sees the other\'s new event and edited quote appear without reloading', async ({ page, signIn }) => {
  // the editor reads the timeline while the reporter drafts an event in another browser
  await logIn(page, 'editor', DEMO_STORY);
  await expect(page.locator('article.event').first()).toBeVisible();
  await expect(page.getByRole('link', { name: LIVE_EVENT })).toHaveCount(0);
  await markNotReloaded(page);

  const reporter = await signIn('reporter', DEMO_STORY);
  await reporter.getByRole('button', { name: 'New event' }).click();
  await reporter.getByLabel('Title').fill(LIVE_EVENT);
  await reporter.getByLabel('Kind').selectOption('ARRIVAL');
  await reporter.getByLabel('Date', { exact: true }).fill('2025-08-15');
  await reporter.getByLabel('Local time').fill('19:10');
  await reporter.getByLabel('Time zone of the place').fill('America/Anchorage');
  await reporter.getByRole('button', { name: 'Save as draft' }).click();
  await expect(reporter.getByRole('heading', { level: 1 })).toHaveText(LIVE_EVENT);

  const drafted = page.locator('article.event').filter({ has: page.getByRole('link', { name: LIVE_EVENT }) });
  await expect(drafted).toBeVisible({ timeout: 30_000 });
  await expect(drafted).toContainText('19:10 AKDT');
  await expect(drafted.locator('.meta')).toContainText('Draft');
  await expect(page.getByRole('status', { name: 'Live updates' })).toHaveText('rita added an event.');
  expect(await wasNotReloaded(page), 'the editor\'s page was not reloaded').toBe(true);
  await screenshot(page, 'live-new-event');
  await expectAccessible(page, 'the timeline after a live update');

  // now the reporter reads the story's quotes while the editor edits one of them
  await reporter.getByRole('link', { name: 'Alaska summit 2025' }).click();
  await reporter.getByRole('navigation', { name: 'Story' }).getByRole('link', { name: 'Quotes' }).click();
  const quotes = reporter.getByRole('list', { name: 'Quotes' });
  await expect(quotes.getByText(QUOTE_BEFORE)).toBeVisible();
  await markNotReloaded(reporter);

  await page.goto('/quotes');
  await page.getByLabel('Words').fill('little heat');
  await page.getByRole('button', { name: 'Search' }).click();
  // the list shows the newest quotes until the search answers: pick the quote once it is found
  await page.getByRole('list', { name: 'Quotes found' }).getByRole('listitem').filter({ hasText: 'little heat' })
    .first().getByRole('link').first().click();
  await expect(page.getByTestId('quote-text')).toContainText(QUOTE_BEFORE);
  await page.getByRole('button', { name: 'Edit the quote' }).click();
  await page.getByLabel('Text', { exact: true }).fill(QUOTE_AFTER);
  await page.getByRole('button', { name: 'Save the quote' }).click();
  await expect(page.getByTestId('quote-text')).toContainText(QUOTE_AFTER);

  await expect(quotes.getByText(QUOTE_AFTER)).toBeVisible({ timeout: 30_000 });
  await expect(reporter.getByRole('status', { name: 'Live updates' })).toHaveText('ed changed a quote.');
  expect(await wasNotReloaded(reporter), 'the reporter\'s page was not reloaded').toBe(true);
  await screenshot(reporter, 'live-edited-quote');
});
