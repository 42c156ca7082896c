import { test, expect, logIn, screenshot, expectAccessible, openEvent, ARTICLE, TWICE_EVENT } from './newsroom';

async function openForEditing(page: import('@playwright/test').Page) {
  await page.goto('/quotes');
  await page.getByLabel('Words').fill('headway today');
  await page.getByRole('button', { name: 'Search' }).click();
  // the list shows the newest quotes until the search answers: pick the quote once it is found
  await page.getByRole('list', { name: 'Quotes found' }).getByRole('listitem').filter({ hasText: 'headway today' })
    .first().getByRole('link').first().click();
  await expect(page.getByTestId('quote-text')).toContainText('headway');
  await page.getByRole('button', { name: 'Edit the quote' }).click();
}

test('two editors change the same quote: the second is told before saving, sees both versions and keeps their text by reapplying it', async ({ page, signIn }) => {
  await logIn(page, 'editor');
  const other = await signIn('admin');
  await openForEditing(page);
  await openForEditing(other);

  const first = 'We made some headway today. There is no deal until there is a deal.';
  const second = 'We made some headway today, but there is no deal until there is a deal (as heard).';
  await page.getByLabel('Text', { exact: true }).fill(first);
  await page.getByRole('button', { name: 'Save the quote' }).click();
  await expect(page.getByTestId('quote-text')).toContainText(first);

  await other.getByLabel('Text', { exact: true }).fill(second);
  // live: the form says who changed the quote while the second editor is still typing, and keeps their text
  const changed = other.getByRole('status', { name: 'Changed meanwhile' });
  await expect(changed).toContainText('This quote was changed by ed a moment ago', { timeout: 30_000 });
  await expect(other.getByLabel('Text', { exact: true })).toHaveValue(second);
  await screenshot(other, 'changed-meanwhile');
  await expectAccessible(other, 'the quote editor marked as changed meanwhile');
  await other.getByRole('button', { name: 'Save the quote' }).click();
  const conflict = other.getByRole('alert').filter({ hasText: 'Someone else changed this quote' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('theirs-Text')).toHaveText(first);
  await expect(conflict.getByTestId('mine-Text')).toHaveText(second);
  await screenshot(other, 'conflict');
  await expectAccessible(other, 'the conflict view');
  await conflict.getByRole('button', { name: /Reapply my changes/ }).click();
  await expect(other.getByTestId('quote-text')).toContainText(second);

  await page.reload();
  await expect(page.getByTestId('quote-text')).toContainText(second);
  expect(ARTICLE.second).not.toBe(second);
});

test('two people change the same event: reapplying puts only the second one\'s changes on the first one\'s version', async ({ page, signIn }) => {
  await logIn(page, 'editor');
  const rita = await signIn('reporter');
  await openEvent(page, TWICE_EVENT, '2025-10-26');
  await openEvent(rita, TWICE_EVENT, '2025-10-26');
  await page.getByRole('button', { name: 'Edit the event' }).click();
  await rita.getByRole('button', { name: 'Edit the event' }).click();

  const ritasTitle = 'Kyiv: air raid alert as the clocks go back';
  await rita.getByLabel('Title').fill(ritasTitle);
  await rita.getByRole('button', { name: 'Save the event' }).click();
  await expect(rita.getByRole('heading', { level: 1 })).toHaveText(ritasTitle);

  // ed changed only what happened and the notes
  await page.getByLabel('What happened').fill('Sirens for two hours; the all-clear came at 05:10.');
  await page.getByLabel('Newsroom notes (never shown to viewers)').fill('Times from the city administration.');
  await page.getByRole('button', { name: 'Save the event' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this event' });
  await expect(conflict.getByTestId('theirs-Title')).toHaveText(ritasTitle);
  await expect(conflict.getByRole('rowheader', { name: 'Description (differs, you changed it)' })).toBeVisible();
  await conflict.getByRole('button', { name: /Reapply my changes/ }).click();

  await expect(page.getByRole('button', { name: 'Edit the event' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ritasTitle);
  await expect(page.locator('article.event')).toContainText('Sirens for two hours');
  await expect(page.getByRole('region', { name: 'Newsroom notes' })).toContainText('Times from the city administration.');
});
