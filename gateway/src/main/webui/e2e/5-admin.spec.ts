import { test, expect, logIn, screenshot, expectAccessible, DEMO_STORY } from './newsroom';

test('the admin grants a role and takes it back', async ({ page }) => {
  await logIn(page, 'admin', '/users');
  const vera = page.getByTestId('user-vera');
  await expect(vera.getByRole('button', { name: 'Revoke viewer from vera' })).toBeVisible();
  // the newsroom always keeps an admin: ada cannot take the role from herself
  await expect(page.getByTestId('user-ada').getByRole('button', { name: 'Revoke admin from ada' })).toBeDisabled();
  // an admin is an editor already: no grant of it is offered
  await expect(page.getByTestId('user-ada').getByRole('button', { name: 'Grant editor to ada' })).toHaveCount(0);
  await expect(page.getByTestId('user-ada')).toContainText('with admin');
  await vera.getByRole('button', { name: 'Grant reporter to vera' }).click();
  await expect(vera.getByRole('button', { name: 'Revoke reporter from vera' })).toBeVisible();
  await screenshot(page, 'users');
  await expectAccessible(page, 'the users');
  await page.reload();
  await expect(page.getByTestId('user-vera').getByRole('button', { name: 'Revoke reporter from vera' })).toBeVisible();
  // vera is the demo viewer again for whatever runs next
  await page.getByTestId('user-vera').getByRole('button', { name: 'Revoke reporter from vera' }).click();
  await expect(page.getByTestId('user-vera').getByRole('button', { name: 'Grant reporter to vera' })).toBeVisible();
});

test('people: search forgives accents, a person shows what they said and where they were, a merge says what will move', async ({ page }) => {
  await logIn(page, 'editor', '/people');
  await page.getByLabel('Name or alias').fill('lavrov');
  await page.getByRole('link', { name: 'Sergey Lavrov' }).click();
  await expect(page.getByRole('heading', { name: 'Titles' })).toBeVisible();
  await screenshot(page, 'person');
  await expectAccessible(page, 'a person');
  // the record itself is no duplicate of itself: said, and nothing opens
  await page.getByRole('searchbox', { name: 'Find the duplicate' }).fill('Lavrov');
  await page.getByRole('button', { name: 'Merge Sergey Lavrov' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'That is Sergey Lavrov, the record on this page' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Merge the duplicate?' })).toBeHidden();
  await page.getByRole('searchbox', { name: 'Find the duplicate' }).fill('Rubio');
  await page.getByRole('button', { name: 'Merge Marco Rubio' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge the duplicate?' });
  await expect(dialog).toContainText('will be merged into');
  await expect(dialog).toContainText('event(s) they took part in');
  await expect(dialog).toContainText('quote(s) they said');
  await screenshot(page, 'merge-confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // a delegation's page lists the events it took part in, as a person's does
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Kind').selectOption({ label: 'delegation' });
  await page.getByLabel('Name or alias').fill('US delegation');
  await page.getByRole('link', { name: 'US delegation to the Alaska summit' }).click();
  await expect(page.getByRole('region', { name: 'Events' })).toContainText('Working breakfast with both delegations');
  await screenshot(page, 'delegation');

  // a place's page lists the events held there
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Kind').selectOption({ label: 'place' });
  await page.getByLabel('Name or alias').fill('Elmendorf');
  await page.getByRole('link', { name: 'Joint Base Elmendorf-Richardson' }).click();
  await expect(page.getByRole('region', { name: 'Events held here' })).toContainText('Handshake on the red carpet');

  await page.goto(`${DEMO_STORY}/as-of`);
  await page.getByLabel(/^At \(.+ time\)$/).fill('2030-01-01T00:00');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('list', { name: 'Events as they were' }).locator('article').first()).toBeVisible();
  await screenshot(page, 'story-as-of');
  await expectAccessible(page, 'the story as it was');
});
