import { chromium } from '@playwright/test';
import fs from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'] });
const context = await browser.newContext({ baseURL: 'http://127.0.0.1:48080', viewport: { width: 1024, height: 900 } });
let page = await context.newPage();
await page.goto('/');
await page.locator('#username').fill('vera');
await page.locator('#password').fill('vera-local');
await page.locator('#kc-login').click();
await page.getByRole('button', { name: 'Log out' }).waitFor();
await page.close();
for (let run = 0; run < 4; run++) {
  page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto('/stories/alaska-summit-2025');
  await page.locator('article.event').first().waitFor();
  const ms = Date.now() - t0;
  const marks = await page.evaluate(() => performance.getEntriesByType('navigation').map(e => ({dcl: Math.round(e.domContentLoadedEventEnd), load: Math.round(e.loadEventEnd)})));
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync(`/work/x/prof/run${run}.cpuprofile`, JSON.stringify(profile));
  // self time by function
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas; 
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = self.get('(idle) :-1') ?? 0;
  console.log(`run ${run}: ${ms} ms; profiled ${Math.round(total)} ms, idle ${Math.round(idle)}`, JSON.stringify(marks));
  if (run === 3) for (const [k, v] of top) console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
  await page.close();
}
await browser.close();
