import { NavLink, Route, Routes } from 'react-router';
import { useSession, IfRole, NeedsRole } from '../auth/SessionContext';
import { ReaderZoneProvider, useReaderZone } from '../zone/ReaderZone';
import { ZoneField } from '../zone/ZoneField';
import { StoriesPage } from '../stories/StoriesPage';
import { STORY_PATH, StoryPage } from '../stories/StoryPage';
import { OnlyExisting } from '../entities/OnlyExisting';
import { UnsavedChangesProvider, useSignOut } from '../unsaved/UnsavedChanges';
import { NotFoundPage } from './NotFoundPage';
import { onDemand, Screens } from './onDemand';
import { PageTitle } from '../ui/PageTitle';

const EventPage = onDemand(() => import('../events/EventPage'), 'EventPage');
const QuotePage = onDemand(() => import('../quotes/QuotePage'), 'QuotePage');
const QuoteSearchPage = onDemand(() => import('../quotes/QuoteSearchPage'), 'QuoteSearchPage');
const PeoplePage = onDemand(() => import('../people/PeoplePage'), 'PeoplePage');
const PersonPage = onDemand(() => import('../people/PersonPage'), 'PersonPage');
const UsersPage = onDemand(() => import('../users/UsersPage'), 'UsersPage');

export function App() {
  const session = useSession();
  return (
    <ReaderZoneProvider>
      <UnsavedChangesProvider>
        <Header />
        <main id="main" className="page">
          {session.role === null ? <NoRole /> : (
            <Screens>
              <Routes>
                <Route path="/" element={<StoriesPage />} />
                <Route path={STORY_PATH} element={<StoryPage />} />
                <Route path="/events/:id" element={<EventPage />} />
                {/* its speaker filter finds who said something: it adds nobody */}
                <Route path="/quotes" element={<OnlyExisting><QuoteSearchPage /></OnlyExisting>} />
                <Route path="/quotes/:id" element={<QuotePage />} />
                <Route path="/people" element={<PeoplePage />} />
                <Route path="/people/:id" element={<PersonPage />} />
                <Route path="/users" element={<NeedsRole role="admin"><UsersPage /></NeedsRole>} />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </Screens>
          )}
        </main>
      </UnsavedChangesProvider>
    </ReaderZoneProvider>
  );
}

/** Signed in, but given no newsroom role yet: every screen would only say what it may not show. */
function NoRole() {
  return (
    <>
      <PageTitle>No newsroom role yet</PageTitle>
      <h1>No newsroom role yet</h1>
      <p>You are signed in, but have no role in the newsroom. Ask an admin to give you one (viewer, reporter or editor).</p>
    </>
  );
}

function Header() {
  const session = useSession();
  const { zone, setZone } = useReaderZone();
  const signOut = useSignOut();
  return (
    <header className="app-header">
      <a className="skip" href="#main">Skip to content</a>
      <span className="brand">Newsgraph</span>
      <nav aria-label="Main">
        <NavLink to="/" end>Stories</NavLink>
        <NavLink to="/people">People</NavLink>
        <NavLink to="/quotes">Quotes</NavLink>
        <IfRole role="admin"><NavLink to="/users">Users</NavLink></IfRole>
      </nav>
      <div className="reader-zone">
        <ZoneField label="Times in" value={zone} onChange={setZone} name="reader-zone" />
      </div>
      <div className="user">
        <span aria-label="Signed in as">{session.username}</span>
        {session.role && <span className="badge role">{session.role}</span>}
        <button type="button" onClick={signOut}>Log out</button>
      </div>
    </header>
  );
}
