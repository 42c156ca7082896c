// The story page's GraphQL without a browser, side by side: the two queries of the page before
// issue 10's one-request change (`Story` with its changeCursor, then `Timeline` by the story's id)
// on one gateway, and the one `Story` query with its timeline on another, alternating, each
// request timed on its own. Not a test: a benchmark whose figures go to docs/measurements.md.
//
//   node scripts/story-page-queries-bench.mjs <keycloak> <gateway of before> <gateway of after> [--runs=30]
//   node scripts/story-page-queries-bench.mjs http://127.0.0.1:47180 http://127.0.0.1:47080 http://127.0.0.1:48080
const [keycloak, before, after] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 30);
if (!after) {
  console.error('usage: node scripts/story-page-queries-bench.mjs <keycloak> <gateway before> <gateway after> [--runs=30]');
  process.exit(2);
}
const token = (await (await fetch(`${keycloak}/realms/newsroom/protocol/openid-connect/token`, {
  method: 'POST',
  body: new URLSearchParams({ grant_type: 'password', client_id: 'newsgraph-ui', username: 'vera', password: 'vera-local' }),
})).json()).access_token;

// the UI's fragment (src/stories/EventCard.tsx) and page, as the two versions of the page ask them
const EVENT = `fragment TimelineEvent on Event { id title kind state occurrence version description retractionReason
  time { date time zone precision approximate duration endDate endTime } source: startsAt { text abbreviation }
  reader: startsAt(zone: $zone) { text abbreviation } participants { role entity { __typename id name kind } }
  relations { type event { id title } } location { label place { id name } } }`;
const PAGE = 'edges { node { id ...TimelineEvent } } pageInfo { hasNextPage endCursor }';
const OLD_STORY = 'query Story($slug: String!) { story(slug: $slug) { changeCursor id slug title summary state version retractionReason } }';
const OLD_TIMELINE = `query Timeline($storyId: ID!, $zone: String!) { timeline(storyId: $storyId, first: 25) { ${PAGE} } } ${EVENT}`;
const NEW_STORY = `query Story($slug: String!, $zone: String!) { story(slug: $slug) { changeCursor id slug title summary state
  version retractionReason timeline(first: 25) { ${PAGE} } } } ${EVENT}`;

async function ask(gateway, query, variables) {
  const started = performance.now();
  const answer = await (await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })).json();
  const ms = performance.now() - started;
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return { data: answer.data, ms };
}

const slug = 'alaska-summit-2025';
const zone = 'Europe/London';
const times = { story: [], timeline: [], both: [], one: [] };
let events = 0;
for (let run = 0; run < runs; run++) {
  const story = await ask(before, OLD_STORY, { slug });
  const timeline = await ask(before, OLD_TIMELINE, { storyId: story.data.story.id, zone });
  const one = await ask(after, NEW_STORY, { slug, zone });
  events = timeline.data.timeline.edges.length;
  if (one.data.story.timeline.edges.length !== events || !one.data.story.changeCursor) throw new Error('the two differ');
  times.story.push(story.ms);
  times.timeline.push(timeline.ms);
  times.both.push(story.ms + timeline.ms);
  times.one.push(one.ms);
}
const median = (values) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
console.log(`the demo story's first page of ${events} events, ${runs} runs each, medians (ms) [range]`);
console.log(`before  Story ${median(times.story)} + Timeline ${median(times.timeline)} = ${median(times.both)} [${range(times.both)}]`);
console.log(`after   Story with its timeline ${median(times.one)} [${range(times.one)}]`);
