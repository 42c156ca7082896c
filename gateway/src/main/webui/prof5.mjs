import { chromium } from '@playwright/test';
const builds = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((a) => { const [label, url] = a.split(/=(.*)/s); return { label, url }; });
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 10);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'] });
for (const b of builds) {
  b.context = await browser.newContext({ baseURL: b.url, viewport: { width: 1024, height: 900 } });
  const page = await b.context.newPage();
  await page.goto('/');
  await page.locator('#username').fill('vera');
  await page.locator('#password').fill('vera-local');
  await page.locator('#kc-login').click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
  await page.close();
  await b.context.addInitScript(() => {
    window.__t = {};
    new MutationObserver(() => {
      if (!window.__t.header && document.querySelector('header.app-header')) window.__t.header = Math.round(performance.now());
      if (!window.__t.event && document.querySelector('article.event')) window.__t.event = Math.round(performance.now());
    }).observe(document, { childList: true, subtree: true });
  });
  b.rows = [];
}
const med = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (let r = 0; r < runs; r++) for (const b of builds) {
  const page = await b.context.newPage();
  const t0 = Date.now();
  await page.goto('/stories/alaska-summit-2025');
  await page.locator('article.event').first().waitFor();
  const total = Date.now() - t0;
  const x = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource');
    const find = (p) => res.find((e) => e.name.includes(p));
    const tok = find('/token'), gql = find('/graphql');
    return { tokenEnd: tok && Math.round(tok.responseEnd), gqlStart: gql && Math.round(gql.startTime), gqlEnd: gql && Math.round(gql.responseEnd), event: window.__t.event, header: window.__t.header };
  });
  b.rows.push({ total, before: total - x.event, tokenToQuery: x.gqlStart - x.tokenEnd, query: x.gqlEnd - x.gqlStart, render: x.event - x.gqlEnd, tokenEnd: x.tokenEnd, header: x.header - x.tokenEnd });
  await page.close();
}
for (const b of builds) {
  const keys = Object.keys(b.rows[0]);
  console.log(b.label.padEnd(8), keys.map((k) => `${k} ${med(b.rows.map((row) => row[k]))}`).join(' | '));
  console.log(''.padEnd(8), 'totals', b.rows.map((row) => row.total).join(', '));
}
await browser.close();
