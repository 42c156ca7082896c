// The first page, side by side: builds of the editor UI served at different addresses (each in
// front of the same stack) are opened in turn by a signed-in viewer, and the time from the
// address to the first event of the demo story's timeline on screen is reported per build.
// Not a test: a benchmark whose figures go to docs/measurements.md.
//
//   node scripts/first-page-bench.mjs before=http://127.0.0.1:38091 after=http://127.0.0.1:38090 [--runs=10]
//
// Each build gets its own browser context, signed in once through the Keycloak form as vera.
// "warm": a new tab of that signed-in browser (scripts cached, as for a reader who has been
// here before); "cold": the same with the browser's cache switched off (a first visit); "unkept":
// cold, and without the access token an open tab keeps for the next (a reader whose tabs were all
// closed for longer than the token lives: the sign-in comes first, from Keycloak's hidden frame).
import { STORY, launchChromium, median, signedInViewer } from './first-page.mjs';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 10);
const builds = args.filter((a) => a.includes('=') && !a.startsWith('--')).map((a) => {
  const [label, url] = a.split(/=(.*)/s);
  return { label, url };
});
if (builds.length === 0) {
  console.error('usage: node scripts/first-page-bench.mjs <label>=<gateway address> ... [--runs=10]');
  process.exit(2);
}
const MODES = ['cold', 'warm', 'unkept'];
const browser = await launchChromium();
try {
  for (const build of builds) {
    build.context = await signedInViewer(browser, build.url);
    build.times = { warm: [], cold: [], unkept: [] };
    // when the page's GraphQL request left: what the browser and the sign-in took, without the query's own time
    build.sent = { warm: [], cold: [], unkept: [] };
    build.trails = {};
  }

  const open = async (build, mode) => {
    const cold = mode !== 'warm';
    const page = await build.context.newPage();
    if (mode === 'unkept') {
      await page.addInitScript((story) => {
        if (location.pathname === story) localStorage.removeItem('newsgraph.token');
      }, STORY);
    }
    const cdp = await build.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: cold });
    // where the time goes: each request of the page, from the navigation on (the last run's is printed)
    const trail = [];
    page.on('requestfinished', (request) => {
      const timing = request.timing();
      let operation = '';
      try {
        operation = request.postDataJSON()?.operationName ?? '';
      } catch {
        // not JSON (the code exchange is a form)
      }
      const url = new URL(request.url());
      trail.push({ start: Math.round(timing.startTime - started), end: Math.round(timing.startTime + timing.responseEnd - started),
        what: `${request.method()} :${url.port}${url.pathname.replace(/^\/realms\/newsroom\/protocol\/openid-connect/, '…')} ${operation}` });
    });
    const started = Date.now();
    await page.goto(STORY);
    await page.locator('article.event').first().waitFor();
    const ms = Date.now() - started;
    await page.close();
    build.trails[mode] = { ms, requests: trail.sort((a, b) => a.start - b.start) };
    build.sent[mode].push(trail.find((r) => r.what.endsWith('/graphql Story'))?.start ?? NaN);
    return ms;
  };

  // one run of each build after the other, so that the machine's load falls on all of them alike
  for (let run = 0; run < runs; run++) {
    for (const build of builds) {
      for (const mode of MODES) build.times[mode].push(await open(build, mode));
    }
  }

  console.log(`first page ${STORY}, ${runs} runs each, address to first event on screen (ms)`);
  for (const build of builds) {
    MODES.forEach((mode, i) => console.log(`${(i ? '' : build.label).padEnd(10)} ${mode.padEnd(6)} median ${median(build.times[mode])} [${build.times[mode].join(', ')}]`));
  }
  console.log('\nthe page\'s GraphQL request sent, ms after the navigation');
  for (const build of builds) {
    MODES.forEach((mode, i) => console.log(`${(i ? '' : build.label).padEnd(10)} ${mode.padEnd(6)} median ${median(build.sent[mode])} [${build.sent[mode].join(', ')}]`));
  }
  for (const build of builds) {
    for (const [mode, { ms, requests }] of Object.entries(build.trails)) {
      console.log(`\n${build.label}, ${mode}, last run (${ms} ms): request, start–end ms after the navigation`);
      for (const r of requests) console.log(`  ${String(r.start).padStart(5)}–${String(r.end).padEnd(5)} ${r.what}`);
    }
  }
} finally {
  await browser.close();
}
