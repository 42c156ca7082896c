import { test, expect, logIn, screenshot, expectAccessible, DEMO_STORY } from './newsroom';

// Run by EditorUiIT while quote-service is stopped.
test('with quote-service down, the story still shows its timeline and marks the quotes as missing', async ({ page }) => {
  await logIn(page, 'viewer', DEMO_STORY);
  await expect(page.locator('article.event').first()).toBeVisible();
  await expect(page.getByText('about 11:30 AKDT').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Story' }).getByRole('link', { name: 'Quotes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'cannot be shown right now' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Alaska summit 2025' })).toBeVisible();
  await screenshot(page, 'partial-quotes-missing');
  await expectAccessible(page, 'a partial page');
});
