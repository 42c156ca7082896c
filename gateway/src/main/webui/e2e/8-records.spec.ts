import { test, expect, logIn, screenshot, expectAccessible, DEMO_STORY } from './newsroom';
import type { Page } from '@playwright/test';

/** A surname no record has yet, so that the search finds nobody (letters only: it is searched as a word). */
const RUN = Array.from({ length: 7 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');
const SURNAME = RUN[0].toUpperCase() + RUN.slice(1);
/** Added from the People page, edited, archived, then deleted for good. */
const AIDE = `Yuri ${SURNAME}`;
/** Added from a quote's speaker picker; a draft quote then names him, so he cannot be deleted. */
const ENVOY = `Kirill ${SURNAME}`;
const STORY = `Records ${SURNAME}`;
/** The aide's page, kept for the admin: once archived, search no longer finds him. */
let aideAddress = '';

/** A record found by name on the People page, opened. */
async function openRecord(page: Page, name: string) {
  await page.goto('/people');
  await page.getByLabel('Name or alias').fill(name);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

test('a reporter adds a person on the People page and edits them, and adds a speaker from a quote', async ({ page }) => {
  await logIn(page, 'reporter', '/people');
  await page.getByRole('button', { name: 'Add a person / organisation / place' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person, organisation or place' });
  await dialog.getByLabel('Name', { exact: true }).fill(AIDE);
  await dialog.getByRole('button', { name: 'Add another name' }).click();
  await dialog.getByLabel('Other name 1').fill('Юрий Тестов');
  await dialog.getByLabel('Language of name 1').fill('russian');
  await dialog.getByLabel('Nationality').fill('RU');
  await expectAccessible(page, 'adding a record');
  await dialog.getByRole('button', { name: 'Add the person' }).click();
  // the service's rule, at the field it names
  await expect(dialog.getByLabel('Language of name 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/language tag/)).toBeVisible();
  await dialog.getByLabel('Language of name 1').fill('ru');
  await dialog.getByRole('button', { name: 'Add the person' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(AIDE);
  await expect(page.getByText('Also known as: Юрий Тестов (ru)')).toBeVisible();
  aideAddress = new URL(page.url()).pathname;

  await page.getByRole('button', { name: 'Edit the record' }).click();
  await page.getByLabel('Description').fill('Kremlin foreign-policy aide');
  await page.getByLabel('Wikidata id').fill('Q4139x');
  await page.getByRole('button', { name: 'Save the person' }).click();
  await expect(page.getByLabel('Wikidata id')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Wikidata id').fill('');
  await screenshot(page, 'record-editor');
  await expectAccessible(page, 'the record editor');
  await page.getByRole('button', { name: 'Save the person' }).click();
  await expect(page.locator('p.summary')).toHaveText('Kremlin foreign-policy aide');
  await expect(page.getByRole('button', { name: 'Archive…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete for good…' })).toHaveCount(0);

  // a speaker the newsroom has no record of yet, added where the quote names him
  await page.goto(`${DEMO_STORY}/quotes/new`);
  await page.getByLabel('Text', { exact: true }).fill('We agreed to keep talking.');
  await page.getByRole('searchbox', { name: 'Find the speaker' }).fill(ENVOY);
  await page.getByRole('button', { name: `Add ‘${ENVOY}’ as a new person` }).click();
  const adding = page.getByRole('dialog', { name: `Add ‘${ENVOY}’` });
  await expect(adding.getByLabel('Name', { exact: true })).toHaveValue(ENVOY);
  await adding.getByLabel('Description').fill('Russian special envoy');
  await screenshot(page, 'add-from-picker');
  await expectAccessible(page, 'adding a speaker from the quote editor');
  await adding.getByRole('button', { name: 'Add the person' }).click();
  await expect(page.getByText(`Said by ${ENVOY}`)).toBeVisible();
  // adding him saved the person, not the quote: the quote is saved when the reporter says so
  await expect(page).toHaveURL(/\/quotes\/new$/);
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Quote of ${ENVOY}`);
});

test('an editor archives a record with the reason, and restores it', async ({ page }) => {
  await logIn(page, 'editor');
  await openRecord(page, AIDE);
  await page.getByRole('button', { name: 'Archive…' }).click();
  const dialog = page.getByRole('dialog', { name: `Archive ${AIDE}` });
  await dialog.getByLabel('Reason').fill('Added twice: the older record is the one to use');
  await expectAccessible(page, 'archiving a record');
  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Archived: hidden from lists and search.')).toBeVisible();
  await expect(page.getByText('Why: Added twice: the older record is the one to use')).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Archived: hidden from lists and search.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Archive…' }).click();
  await dialog.getByLabel('Reason').fill('Not part of the story after all');
  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Archived: hidden from lists and search.')).toBeVisible();
  // archived: hidden from the search
  await page.goto('/people');
  await page.getByLabel('Name or alias').fill(AIDE);
  await expect(page.getByText('Nobody found.')).toBeVisible();
});

test('an admin deletes an archived record for good, but not one a quote still names', async ({ page }) => {
  await logIn(page, 'admin');
  await openRecord(page, ENVOY);
  await page.getByRole('button', { name: 'Delete for good…' }).click();
  const refused = page.getByRole('dialog', { name: `Delete ${ENVOY} for good?` });
  await refused.getByRole('button', { name: `Delete ${ENVOY} for good` }).click();
  // the 409 says what still names him
  await expect(refused.getByRole('alert')).toContainText('still referred to by 1 quote(s)');
  await screenshot(page, 'delete-refused');
  await expectAccessible(page, 'a refused delete');
  await refused.getByRole('button', { name: 'Cancel' }).click();

  // archived, so hidden from search, but readable at its address
  await page.goto(aideAddress);
  await expect(page.getByText('Archived: hidden from lists and search.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete for good…' }).click();
  await page.getByRole('dialog', { name: `Delete ${AIDE} for good?` }).getByRole('button', { name: `Delete ${AIDE} for good` }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole('status').filter({ hasText: 'deleted for good' })).toHaveText(`${AIDE} was deleted for good.`);
  await page.goto(aideAddress);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');

  // the quote search's speaker filter only finds: it adds nobody
  await page.goto('/quotes');
  await page.getByRole('searchbox', { name: 'Speaker' }).fill(`Nobody ${SURNAME}`);
  await expect(page.getByText('0 found')).toBeVisible();
  await expect(page.getByRole('button', { name: /as a new/ })).toHaveCount(0);
});

test("a reporter edits a draft story's summary, and may not edit a published one", async ({ page }) => {
  await logIn(page, 'reporter', DEMO_STORY);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit the story' })).toHaveCount(0);

  await page.goto('/');
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Title').fill(STORY);
  await page.getByRole('button', { name: 'Create story (draft)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(STORY);
  await page.getByRole('button', { name: 'Edit the story' }).click();
  const form = page.getByRole('form', { name: 'Edit the story' });
  await form.getByLabel("Slug (the story's address)").fill('Not A Slug');
  await form.getByLabel('Summary').fill('Who is who in the talks, kept as records.');
  await form.getByRole('button', { name: 'Save the story' }).click();
  await expect(form.getByLabel("Slug (the story's address)")).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel("Slug (the story's address)").fill(`records-${RUN}-who-is-who`);
  await screenshot(page, 'story-editor');
  await expectAccessible(page, 'the story editor');
  await form.getByRole('button', { name: 'Save the story' }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/records-${RUN}-who-is-who$`));
  await expect(page.locator('.story-header .summary')).toHaveText('Who is who in the talks, kept as records.');
  await page.reload();
  await expect(page.locator('.story-header .summary')).toHaveText('Who is who in the talks, kept as records.');
});
