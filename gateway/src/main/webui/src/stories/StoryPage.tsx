import { useState } from 'react';
import { Link, matchPath, NavLink, Route, Routes, useMatch, useNavigate, useParams } from 'react-router';
import { useQuery, type Client } from 'urql';
import { graphql } from '../gql';
import { IfRole, NeedsRole, useSession } from '../auth/SessionContext';
import { mayEdit } from '../workflow/rules';
import { StateBadge } from '../ui/Badges';
import { Problems } from '../ui/Problems';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { History } from '../history/History';
import { onDemand, Screens } from '../app/onDemand';
import { LiveStory } from '../live/LiveStory';
import { useReaderZone } from '../zone/ReaderZone';
import { Timeline } from './Timeline';
import { usualZoneOf } from './time';
import { PageTitle } from '../ui/PageTitle';

const StoryQuotes = onDemand(() => import('../quotes/StoryQuotes'), 'StoryQuotes');
const ExtractPage = onDemand(() => import('../extraction/ExtractPage'), 'ExtractPage');
const EventForm = onDemand(() => import('../events/EventForm'), 'EventForm');
const QuoteForm = onDemand(() => import('../quotes/QuoteForm'), 'QuoteForm');
const AsOf = onDemand(() => import('./AsOf'), 'AsOf');
const StoryForm = onDemand(() => import('./StoryForm'), 'StoryForm');

// One request for the page (issue 10's first page): the gateway reads changeCursor (where the
// story's live updates start) before the story and its timeline, so no change falls between them.
// The timeline's first page comes with it when the page opens on the timeline.
const StoryQuery = graphql(`
  query Story($slug: String!, $zone: String!, $withTimeline: Boolean!) {
    story(slug: $slug) {
      changeCursor id slug title summary state version retractionReason
      timeline(first: 25) @include(if: $withTimeline) { ...TimelinePage }
    }
  }
`);

/** A story's address (its tabs below it); the timeline is the page at the address itself. */
export const STORY_PATH = '/stories/:slug/*';
const STORY_TIMELINE = '/stories/:slug';

/**
 * Starts the page's request for an address that is a story's, before React renders anything
 * (issue 10's first page): the request is under way while the app renders its first screen, and
 * the page's own `useQuery` joins it (the client sends one request per operation in flight).
 */
export function requestStoryPage(client: Client, pathname: string, zone: string) {
  const slug = matchPath(STORY_PATH, pathname)?.params.slug;
  if (!slug) return;
  const withTimeline = matchPath(STORY_TIMELINE, pathname) !== null;
  void client.query(StoryQuery, { slug, zone, withTimeline }).toPromise();
}

/** A story: its timeline, its quotes, extraction from an article, and the story as it was. */
export function StoryPage() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const { zone } = useReaderZone();
  // whether the page opened on the timeline, decided once: a tab opened later loads its own list
  const [withTimeline] = useState(useMatch(STORY_TIMELINE) !== null);
  const [{ data, fetching, error }] = useQuery({ query: StoryQuery, variables: { slug, zone, withTimeline } });
  const story = data?.story;
  if (!story?.id) {
    return fetching ? <p role="status">Loading the story…</p> : (
      <>
        <PageTitle>Story not found</PageTitle>
        <h1>Story not found</h1>
        <Problems error={error} />
        <p>There is no story at this address, or it is not published yet.</p>
      </>
    );
  }
  const base = `/stories/${story.slug}`;
  return (
    <>
      <header className="story-header">
        <h1>{story.title} <StateBadge state={story.state} /></h1>
        {story.summary && <p className="summary">{story.summary}</p>}
        {story.retractionReason && <p className="retracted">Retracted: {story.retractionReason}</p>}
        {editing ? (
          <Screens>
            <StoryForm story={{ id: story.id, title: story.title, slug: story.slug!, summary: story.summary, version: story.version }}
              onSaved={(slug) => { setEditing(false); if (slug !== story.slug) navigate(`/stories/${slug}`, { replace: true }); }}
              onCancel={() => setEditing(false)} />
          </Screens>
        ) : mayEdit(session, story.state) && (
          <div className="actions"><button type="button" className="secondary" onClick={() => setEditing(true)}>Edit the story</button></div>
        )}
        <WorkflowActions record="story" id={story.id} state={story.state} version={story.version} />
        <LiveStory key={story.id} storyId={story.id} cursor={story.changeCursor} />
      </header>
      <nav className="tabs" aria-label="Story">
        <NavLink to={base} end>Timeline</NavLink>
        <NavLink to={`${base}/quotes`}>Quotes</NavLink>
        <IfRole role="reporter"><NavLink to={`${base}/extract`}>From an article</NavLink></IfRole>
        <NavLink to={`${base}/as-of`}>As it was</NavLink>
      </nav>
      <Screens>
        <Routes>
          <Route index element={(
            <>
              <PageTitle>{story.title}</PageTitle>
              <IfRole role="reporter">
                <div className="actions">
                  <button type="button" onClick={() => navigate(`${base}/events/new`)}>New event</button>
                </div>
              </IfRole>
              <Timeline storyId={story.id} firstPage={story.timeline} />
              <History record="story" id={story.id} />
            </>
          )} />
          <Route path="quotes" element={(
            <>
              <PageTitle>{`Quotes: ${story.title}`}</PageTitle>
              <IfRole role="reporter">
                <div className="actions"><button type="button" onClick={() => navigate(`${base}/quotes/new`)}>New quote</button></div>
              </IfRole>
              <StoryQuotes slug={story.slug!} />
            </>
          )} />
          <Route path="quotes/new" element={(
            <NeedsRole role="reporter">
              <PageTitle>{`New quote: ${story.title}`}</PageTitle>
              <QuoteForm storyId={story.id} onSaved={(id) => navigate(`/quotes/${id}`)} onCancel={() => navigate(`${base}/quotes`)} />
            </NeedsRole>
          )} />
          <Route path="events/new" element={(
            <NeedsRole role="reporter">
              <PageTitle>{`New event: ${story.title}`}</PageTitle>
              <EventForm storyId={story.id} zone={usualZoneOf((story.timeline?.edges ?? []).map((edge) => edge?.node?.time))} onSaved={(id) => navigate(`/events/${id}`)} onCancel={() => navigate(base)} />
            </NeedsRole>
          )} />
          <Route path="extract" element={<NeedsRole role="reporter"><PageTitle>{`From an article: ${story.title}`}</PageTitle><ExtractPage storyId={story.id} storySlug={story.slug!} /></NeedsRole>} />
          <Route path="as-of" element={<><PageTitle>{`As it was: ${story.title}`}</PageTitle><AsOf storyId={story.id} /></>} />
          <Route path="*" element={<p className="notice" role="status"><PageTitle>{`No such page: ${story.title}`}</PageTitle>This story has no such page. <Link to={base}>Back to the story</Link>.</p>} />
        </Routes>
      </Screens>
    </>
  );
}
