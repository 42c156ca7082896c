import { test, expect, logIn, screenshot, expectAccessible, ARTICLE, DRAFTED_EVENT, DEMO_STORY, TWICE_EVENT } from './newsroom';

test('the reporter turns an article into two draft quotes, drafts an event, submits them; the viewer does not see them', async ({ page, signIn }) => {
  await logIn(page, 'reporter', DEMO_STORY);
  await page.getByRole('link', { name: 'From an article' }).click();
  await page.getByLabel('Publication').fill(ARTICLE.publication);
  await page.getByLabel('Address (URL)').fill(ARTICLE.url);
  await page.getByLabel('Published on').fill(ARTICLE.publishedOn);
  await page.getByLabel('“Local time” in the text means').fill('America/Anchorage');
  await page.getByLabel('Article text').fill(ARTICLE.text);
  await page.getByRole('button', { name: 'Find quotes' }).click();

  const article = page.getByTestId('article');
  await expect(article.getByLabel('candidate 1')).toBeVisible();
  await expect(article.getByLabel('candidate 2')).toBeVisible();
  await page.getByLabel('Keep candidate 1').check();
  await page.getByLabel('Keep candidate 2').check();
  // Both speakers are resolved from the text; the reporter still checks each guess and may replace
  // it with a person found by name (here: the same person, picked again from the search).
  const candidates = page.getByRole('list', { name: 'Candidates' }).getByRole('listitem');
  await expect(candidates.nth(0)).toContainText('Speaker: Vladimir Putin');
  await expect(candidates.nth(1)).toContainText('Speaker guessed: Donald Trump');
  await page.getByRole('button', { name: 'Change the speaker of candidate 2' }).click();
  await expect(candidates.nth(1)).not.toContainText('Speaker: Donald Trump');
  await page.getByRole('searchbox', { name: 'Speaker of candidate 2' }).fill('Trump');
  await page.getByRole('button', { name: 'Speaker: Donald Trump' }).click();
  await expect(candidates.nth(1)).toContainText('Speaker: Donald Trump');
  await screenshot(page, 'extraction');
  await expectAccessible(page, 'extraction');
  await page.getByRole('button', { name: 'Accept 2 as drafts' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'draft quote(s) saved' });
  await expect(saved).toContainText('2 draft quote(s) saved');

  const drafts = [];
  for (const words of [ARTICLE.first, ARTICLE.second]) {
    drafts.push(await saved.getByRole('link', { name: words }).getAttribute('href'));
  }
  for (const [i, draft] of drafts.entries()) {
    await page.goto(draft!);
    await expect(page.getByTestId('quote-text')).toContainText(i === 0 ? ARTICLE.first : ARTICLE.second);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Draft');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('In review');
  }

  await page.goto(DEMO_STORY);
  await page.getByRole('button', { name: 'New event' }).click();
  await page.getByLabel('Title').fill(DRAFTED_EVENT);
  await page.getByLabel('Kind').selectOption('PRESS_CONFERENCE');
  await page.getByLabel('Date', { exact: true }).fill('2025-08-15');
  await page.getByLabel('Local time').fill('15:05');
  // the story's events are in Anchorage: a new one starts there, not in the reader's zone (Chicago)
  await expect(page.getByLabel('Time zone of the place')).toHaveValue('America/Anchorage');
  await page.getByLabel('Approximate (“about”, “around”)').check();
  await page.getByRole('searchbox', { name: 'Add a participant' }).fill('Trump');
  await page.getByRole('button', { name: 'Add Donald Trump' }).click();
  await page.getByRole('searchbox', { name: 'Add a participant' }).fill('Putin');
  await page.getByRole('button', { name: 'Add Vladimir Putin' }).click();
  await page.getByLabel('Newsroom notes (never shown to viewers)').fill('Check the time against the pool report.');
  // the draft is not saved yet: leaving it by a link asks first, and staying keeps every field
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toContainText('Your changes to the new event are not saved');
  await screenshot(page, 'leave-without-saving');
  await expectAccessible(page, 'the question before leaving a form not saved');
  await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(page).toHaveURL(/\/events\/new$/);
  await expect(page.getByLabel('Title')).toHaveValue(DRAFTED_EVENT);
  // and so does the browser's back, and signing out
  await page.goBack();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(page).toHaveURL(/\/events\/new$/);
  await expect(page.getByLabel('Title')).toHaveValue(DRAFTED_EVENT);
  await page.getByRole('button', { name: 'Log out' }).click();
  const signOut = page.getByRole('dialog', { name: 'Sign out without saving?' });
  await signOut.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(page.getByLabel('Newsroom notes (never shown to viewers)')).toHaveValue('Check the time against the pool report.');
  await screenshot(page, 'event-editor');
  await expectAccessible(page, 'the event editor');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFTED_EVENT);
  await expect(page.getByText('about 15:05 AKDT, 15 August 2025')).toBeVisible();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('article.event .meta')).toContainText('In review');
  await screenshot(page, 'event');

  // a tab closed (or reloaded) with a form not saved gets the browser's own question
  const tab = await page.context().newPage();
  await tab.goto(`${DEMO_STORY}/events/new`);
  await tab.getByLabel('Title').fill('Typed, and not saved');
  await tab.getByLabel('Approximate (“about”, “around”)').check(); // Chromium asks only on a page the user has used
  const asked = tab.waitForEvent('dialog', { timeout: 15_000 });
  await tab.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.accept();

  const viewer = await signIn('viewer', DEMO_STORY);
  await expect(viewer.locator('article.event').first()).toBeVisible();
  await expect(viewer.getByText(DRAFTED_EVENT)).toHaveCount(0);
  await viewer.getByRole('navigation', { name: 'Story' }).getByRole('link', { name: 'Quotes' }).click();
  await expect(viewer.getByRole('list', { name: 'Quotes' }).locator('article').first()).toBeVisible();
  await expect(viewer.getByText(ARTICLE.first)).toHaveCount(0);
  await expect(viewer.getByText(ARTICLE.second)).toHaveCount(0);
});

/** A pasted address with a long query and nothing a browser breaks a line at. */
const LONG_ADDRESS = `https://example.org/r?u=${'aHR0cHM6Ly93d3cucmV1dGVycy5jb20v'.repeat(80)}`;

/** How wide the page is, with whatever overflows it. */
function widthOf(page: import('@playwright/test').Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test('a mistyped zone saves nothing; a time the clocks give twice asks which offset, and the event keeps it when edited again', async ({ page }) => {
  await logIn(page, 'reporter', DEMO_STORY);
  await page.getByRole('button', { name: 'New event' }).click();
  await page.getByLabel('Title').fill(TWICE_EVENT);
  await page.getByLabel('Date', { exact: true }).fill('2025-10-26');
  await page.getByLabel('Local time').fill('03:30');
  const zone = page.getByLabel('Time zone of the place');
  await zone.fill('Europe/Kiev2');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  // not saved with the zone taken before (the reader's): the field says why, and the browser holds the form
  await expect(page.getByText('Not a time zone; pick one from the list.')).toBeVisible();
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
  await expect(zone).toHaveJSProperty('validationMessage', 'Not a time zone; pick one from the list.');

  await zone.fill('Europe/Kyiv');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  // 03:30 happens twice that night in Kyiv: the server asks which, and the form offers the two it names
  const offset = page.getByLabel('Offset (the clocks give this time twice)');
  await expect(offset).toBeVisible();
  await expect(page.getByText(/happens twice in Europe\/Kyiv/)).toBeVisible();
  await expectAccessible(page, 'the event editor asking for an offset');
  await offset.selectOption('+03:00');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TWICE_EVENT);
  await expect(page.locator('article.event')).toContainText('26 October 2025');

  // edited again, the event keeps its offset: a save that sent none was refused with the same question
  await page.getByRole('button', { name: 'Edit the event' }).click();
  await expect(page.getByLabel('Offset (the clocks give this time twice)')).toHaveValue('+03:00');
  // with a pasted address: a long text without spaces wraps, it does not widen the page
  await page.getByLabel('What happened').fill(`Sirens across the city an hour before the clocks went back. ${LONG_ADDRESS}`);
  await page.getByRole('button', { name: 'Save the event' }).click();
  await expect(page.getByRole('button', { name: 'Edit the event' })).toBeVisible();
  await expect(page.locator('article.event')).toContainText('Sirens across the city');
  expect(await widthOf(page)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));

  // the mistyped zone saved nothing: one event of that title
  await page.goto(DEMO_STORY);
  await page.getByRole('form', { name: 'Filter the timeline' }).getByLabel('From').fill('2025-10-26');
  await expect(page.getByRole('list', { name: 'Events in time order' }).getByRole('link', { name: TWICE_EVENT })).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Events in time order' })).toContainText('Sirens across the city');
  expect(await widthOf(page)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
});

const KEPT_NOTE = 'Pool report: the press conference started at 15:07.';

test('the session ends while the reporter edits an event: what they typed is kept, and offered back once they are signed in again', async ({ page, consoleErrors }) => {
  await page.clock.install(); // the access token's five minutes pass in a moment
  // signed in through the login form and never reloaded: the page holds Keycloak's refresh token
  await logIn(page, 'reporter', DEMO_STORY);
  await page.getByRole('form', { name: 'Filter the timeline' }).getByLabel('From').fill('2025-08-15');
  await page.getByRole('list', { name: 'Events in time order' }).getByRole('link', { name: DRAFTED_EVENT }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFTED_EVENT);
  const eventPage = page.url();
  await page.getByRole('button', { name: 'Edit the event' }).click();
  await page.getByLabel('Newsroom notes (never shown to viewers)').fill(KEPT_NOTE);

  // Keycloak refuses the next refresh: the session ended (idle too long, or signed out elsewhere)
  await page.route('**/protocol/openid-connect/token', (route) => route.fulfill({
    status: 400, contentType: 'application/json', body: '{"error":"invalid_grant","error_description":"Session not active"}',
  }), { times: 1 });
  await page.clock.fastForward('06:00');
  // the next thing the reporter does asks the gateway, with a token that cannot be refreshed: the page
  // goes to Keycloak, which signs them in again (its own session here still open), and back to the event
  await page.getByRole('button', { name: 'Show the history' }).click();
  const kept = page.getByRole('status', { name: 'Changes kept' });
  // the trip to Keycloak and back, and the sign-in, on a busy machine
  await expect(kept).toContainText('Your session ended while you were editing this event: one field you changed was kept', { timeout: 45_000 });
  expect(page.url().split('#')[0]).toBe(eventPage);
  await screenshot(page, 'changes-kept');
  await expectAccessible(page, 'the changes kept when the session ended');
  await expect(page.getByLabel('Newsroom notes (never shown to viewers)')).toHaveValue('Check the time against the pool report.');
  await kept.getByRole('button', { name: 'Put my changes back' }).click();
  await expect(page.getByLabel('Newsroom notes (never shown to viewers)')).toHaveValue(KEPT_NOTE);
  await page.getByRole('button', { name: 'Save the event' }).click();
  await expect(page.getByRole('region', { name: 'Newsroom notes' })).toContainText(KEPT_NOTE);
  // saved: the tab keeps nothing more
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('newsgraph.unsaved.')))).toEqual([]);

  // the refused refresh is the browser's own console error ("the server responded with a status of 400"), not
  // the app's; so is a request the leaving page may have sent with the token it could not refresh (401)
  const refused = consoleErrors.filter((error) => /status of 40[01]/.test(error));
  expect(refused.length).toBeLessThanOrEqual(2);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !refused.includes(error)));
});
