import { test, expect, logIn, screenshot, expectAccessible, ARTICLE, DRAFTED_EVENT, DEMO_STORY } from './newsroom';

test('the editor verifies and publishes the reporter\'s work; the viewer now sees it', async ({ page, signIn }) => {
  await logIn(page, 'editor', '/quotes');
  await page.getByLabel('State').selectOption('IN_REVIEW');
  await expect(page.getByRole('link', { name: ARTICLE.first })).toBeVisible();
  await screenshot(page, 'quote-search');
  await expectAccessible(page, 'the quote search');

  for (const words of [ARTICLE.first, ARTICLE.second]) {
    await page.goto('/quotes');
    await page.getByLabel('State').selectOption('IN_REVIEW');
    await page.getByRole('link', { name: words }).click();
    await expect(page.getByTestId('quote-text')).toContainText(words);
    await page.getByRole('button', { name: 'Set the verification…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Verification' });
    await expect(dialog.getByLabel('Verdict')).toBeFocused();
    await dialog.getByLabel('Verdict').selectOption('VERIFIED');
    await dialog.getByLabel('Note (why: what was checked, against what)').fill('Matches the pool recording.');
    if (words === ARTICLE.first) {
      await screenshot(page, 'verification-dialog');
      await expectAccessible(page, 'the verification dialog');
    }
    await dialog.getByRole('button', { name: 'Save the verdict' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Verified');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Published');
    // the Publish button is gone: focus is on what the move did, not back at the page's start
    await expect(page.getByRole('status').filter({ hasText: 'Published: viewers can read the quote now.' })).toBeFocused();
  }
  await screenshot(page, 'quote');
  await expectAccessible(page, 'a quote');
  await page.getByRole('button', { name: 'Show the history' }).click();
  await expect(page.getByRole('cell', { name: 'ed', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'rita', exact: true }).first()).toBeVisible();
  await screenshot(page, 'quote-history');

  await page.goto(DEMO_STORY);
  await page.getByRole('link', { name: DRAFTED_EVENT }).click();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('article.event .meta')).toContainText('Published');
  // the event's history reads in words: people by name, no ids or JSON
  await page.getByRole('button', { name: 'Show the history' }).click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Vladimir Putin');
  await expect(history).toContainText('Donald Trump');
  await expect(history).not.toContainText('entityId');
  await screenshot(page, 'event-history');

  const viewer = await signIn('viewer', DEMO_STORY);
  await expect(viewer.getByRole('link', { name: DRAFTED_EVENT })).toBeVisible();
  await viewer.getByRole('navigation', { name: 'Story' }).getByRole('link', { name: 'Quotes' }).click();
  await expect(viewer.getByText(ARTICLE.first)).toBeVisible();
  await expect(viewer.getByText(ARTICLE.second)).toBeVisible();
  await screenshot(viewer, 'story-quotes');
  await expectAccessible(viewer, 'the story quotes');
});
