// Where the browser's own time goes on the first page: a signed-in viewer opens the demo story
// with the cache off (a first visit), under Chromium's CPU profiler, a few times; the profiles'
// self time is summed per script and per function (median over the runs, from the navigation to
// the first event on screen). Not a test: its figures go to docs/measurements.md.
//
//   node scripts/first-page-profile.mjs http://127.0.0.1:8080 [--runs=5] [--top=25] [--warm]
import { STORY, launchChromium, median, signedInViewer } from './first-page.mjs';

const args = process.argv.slice(2);
const base = args.find((a) => !a.startsWith('--'));
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const cold = !args.includes('--warm');
if (!base) {
  console.error('usage: node scripts/first-page-profile.mjs <gateway address> [--runs=5] [--top=25] [--warm]');
  process.exit(2);
}
const browser = await launchChromium();
try {
  const context = await signedInViewer(browser, base);

  const byScript = new Map();
  const byFunction = new Map();
  const totals = [];
  const busy = [];
  const add = (map, key, run, ms) => {
    const values = map.get(key) ?? [];
    values[run] = (values[run] ?? 0) + ms;
    map.set(key, values);
  };
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: cold });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const started = Date.now();
    await page.goto(STORY);
    await page.locator('article.event').first().waitFor();
    totals.push(Date.now() - started);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    // self time per node: samples × their intervals
    const self = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
    busy.push(Math.round(profile.nodes.filter((node) => node.callFrame.functionName !== '(idle)')
      .reduce((sum, node) => sum + (self.get(node.id) ?? 0), 0)));
    for (const node of profile.nodes) {
      const ms = self.get(node.id) ?? 0;
      if (!ms) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const script = url ? url.replace(/^https?:\/\/[^/]+/, '').replace(/-[\w-]{8}\.js$/, '.js') : functionName || '(anonymous)';
      add(byScript, script, run, ms);
      add(byFunction, `${functionName || '(anonymous)'} ${script}${url ? ':' + (lineNumber + 1) : ''}`, run, ms);
    }
  }
  const table = (map, limit) => [...map.entries()]
    .map(([key, values]) => [key, median(Array.from({ length: runs }, (_, i) => values[i] ?? 0))])
    .sort((a, b) => b[1] - a[1]).slice(0, limit)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(6)}  ${key}`).join('\n');
  console.log(`${base}${STORY}, ${cold ? 'cold' : 'warm'} cache, ${runs} runs: address to first event median ${median(totals)} ms [${totals.join(', ')}]`);
  console.log(`the page's main thread busy (not idle) median ${median(busy)} ms [${busy.join(', ')}]`);
  console.log(`\nself time per script (median ms)\n${table(byScript, 20)}`);
  console.log(`\nself time per function (median ms)\n${table(byFunction, top)}`);
} finally {
  await browser.close();
}
