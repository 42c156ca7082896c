import { test, expect, logIn, screenshot, expectAccessible, record, DEMO_STORY } from './newsroom';

test('the viewer reads the demo story: times as the source gave them and in London, and nothing to edit', async ({ page, context }) => {
  await logIn(page, 'viewer');
  await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Alaska summit 2025' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New story' })).toHaveCount(0);
  await screenshot(page, 'stories');
  await expectAccessible(page, 'the stories');

  await page.getByRole('link', { name: 'Alaska summit 2025' }).click();
  await page.getByLabel('Times in').fill('Europe/London');
  const meeting = page.locator('article.event').filter({ hasText: 'about 11:30 AKDT' }).first();
  await expect(meeting).toBeVisible();
  await expect(meeting.locator('.reader-time')).toContainText('about 20:30 BST');
  await expect(page.getByRole('button', { name: /edit|new event|submit|publish/i })).toHaveCount(0);
  await screenshot(page, 'story-timeline');
  await expectAccessible(page, 'the story timeline');

  // The first page a signed-in reader opens: from the address to the timeline on screen, the
  // Keycloak round trip included. Written to docs/measurements.md, never asserted.
  // Where the time goes: every request of the page, from the navigation on (ms since it started).
  const reader = await context.newPage();
  const requests: { request: string; startMs: number; endMs: number; status?: number; bytes?: number }[] = [];
  let started = Date.now();
  reader.on('requestfinished', async (request) => {
    const timing = request.timing();
    const response = await request.response();
    let operation: string | undefined;
    try {
      operation = request.postDataJSON()?.operationName;
    } catch {
      // not JSON (the code exchange is a form)
    }
    const url = new URL(request.url());
    requests.push({
      request: `${request.method()} ${url.port}${url.pathname}${operation ? ` ${operation}` : ''}`,
      startMs: Math.round(timing.startTime - started),
      endMs: Math.round(timing.startTime + timing.responseEnd - started),
      status: response?.status(),
      bytes: (await request.sizes().catch(() => undefined))?.responseBodySize,
    });
  });
  started = Date.now();
  await reader.goto(DEMO_STORY);
  await expect(reader.locator('article.event').first()).toBeVisible();
  const total = Date.now() - started;
  const app = await reader.evaluate(() => Math.round(performance.now()));
  requests.sort((a, b) => a.startMs - b.startMs);
  record('first-page', { page: DEMO_STORY, fromAddressToTimelineMs: total, appDocumentToTimelineMs: app, requests });
  await reader.close();
});

test('after a new release the browser takes the new page: the page is asked for again, its scripts kept', async ({ page }) => {
  // A page kept from before a deploy would name scripts that are gone (each build names them anew).
  const app = await page.request.get(DEMO_STORY);
  expect(app.headers()['cache-control']).toBe('no-cache');
  const script = (await app.text()).match(/\/assets\/[^"]+\.js/)?.[0];
  expect(script).toBeTruthy();
  const kept = await page.request.get(script!);
  expect(kept.status()).toBe(200);
  expect(kept.headers()['cache-control']).toContain('immutable');
});
