import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { IfRole } from '../auth/SessionContext';
import { StateBadge } from '../ui/Badges';
import { Problems } from '../ui/Problems';
import { TextField } from '../ui/Fields';
import { fieldError } from '../graphql/errors';
import { PageTitle } from '../ui/PageTitle';
import { useUnsavedChanges } from '../unsaved/UnsavedChanges';

const StoriesQuery = graphql(`
  query Stories($after: String) {
    stories(first: 20, after: $after) {
      edges {
        node { id slug title summary state updatedAt }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const CreateStoryMutation = graphql(`
  mutation CreateStory($input: StoryInput!) {
    createStory(input: $input) { id slug title summary state version }
  }
`);

export function StoriesPage() {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: StoriesQuery, variables: { after } });
  const stories = data?.stories?.edges?.flatMap((edge) => (edge?.node ? [edge.node] : [])) ?? [];
  const pageInfo = data?.stories?.pageInfo;
  return (
    <>
      <PageTitle>Stories</PageTitle>
      <h1>Stories</h1>
      <IfRole role="reporter"><NewStory /></IfRole>
      <Problems error={error} />
      {stories.length === 0 && !fetching && <p>No stories yet.</p>}
      <ul className="cards" aria-label="Stories">
        {stories.map((story) => (
          <li key={story.id} className="card">
            <h2><Link to={`/stories/${story.slug}`}>{story.title}</Link> <StateBadge state={story.state} /></h2>
            {story.summary && <p>{story.summary}</p>}
          </li>
        ))}
      </ul>
      {pageInfo?.hasNextPage && (
        <button type="button" onClick={() => setAfter(pageInfo.endCursor ?? null)} disabled={fetching}>Load more stories</button>
      )}
    </>
  );
}

/** A slug from a title: "Alaska summit 2025" → "alaska-summit-2025". */
export function slugOf(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function NewStory() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [{ fetching, error }, create] = useMutation(CreateStoryMutation);
  const settle = useUnsavedChanges({ what: 'the new story', unsaved: open && (title.trim() !== '' || slug !== null || summary.trim() !== '') });
  if (!open) {
    return <button type="button" onClick={() => setOpen(true)}>New story</button>;
  }
  const shownSlug = slug ?? slugOf(title);
  return (
    <form
      className="panel"
      aria-label="New story"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await create({ input: { title, slug: shownSlug, summary: summary || null } });
        const created = result.data?.createStory;
        if (created) {
          settle();
          navigate(`/stories/${created.slug}`);
        }
      }}
    >
      <h2>New story</h2>
      <TextField label="Title" value={title} onChange={setTitle} required error={fieldError(error, 'title')} />
      <TextField label="Slug (the story's address)" value={shownSlug} onChange={setSlug} required error={fieldError(error, 'slug')}
        hint={shownSlug === '' && title.trim() !== ''
          ? 'A title without Latin letters or digits gives no address: type one with a-z, 0-9 and hyphens (kyiv-reacts).'
          : undefined} />
      <TextField label="Summary" value={summary} onChange={setSummary} multiline error={fieldError(error, 'summary')} />
      <Problems error={error} shownAt={['title', 'slug', 'summary']} />
      <div className="actions">
        <button type="submit" disabled={fetching}>Create story (draft)</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}
