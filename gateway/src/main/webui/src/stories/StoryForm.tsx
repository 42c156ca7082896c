import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql } from '../gql';
import { TextField } from '../ui/Fields';
import { Problems } from '../ui/Problems';
import { fieldError, problemOf } from '../graphql/errors';
import { ConflictView, type ConflictRow } from '../conflict/ConflictView';
import { changed, useEditBase } from '../conflict/reapply';
import { useUnsavedChanges } from '../unsaved/UnsavedChanges';

const CurrentStoryQuery = graphql(`
  query CurrentStory($id: ID!) {
    story(id: $id) { id title slug summary version }
  }
`);

const UpdateStory = graphql(`
  mutation UpdateStory($id: ID!, $input: StoryInput!, $version: Int!) {
    updateStory(id: $id, input: $input, version: $version) { id title slug summary version }
  }
`);

interface StoryFields {
  id: string;
  title: string;
  slug: string;
  summary?: string | null;
  version: number;
}

interface Draft {
  title: string;
  slug: string;
  summary: string;
}

function draftOf(story: StoryFields): Draft {
  return { title: story.title, slug: story.slug, summary: story.summary ?? '' };
}

function conflictRows(mine: Draft, theirs: Draft, basedOn: Draft): ConflictRow[] {
  const row = (label: string, shown: (d: Draft) => string) => ({ label, mine: shown(mine), theirs: shown(theirs), changed: shown(mine) !== shown(basedOn) });
  return [row('Title', (d) => d.title), row('Slug', (d) => d.slug), row('Summary', (d) => d.summary)];
}

interface Props {
  story: StoryFields;
  /** Saved: the story's slug now (its address moves with it). */
  onSaved(slug: string): void;
  onCancel(): void;
}

/**
 * A story's title, slug (its address) and summary. Reporters edit a story until it is published,
 * editors also after; a refusal is said above the buttons. A stale version gets the conflict view.
 */
export function StoryForm({ story, onSaved, onCancel }: Props) {
  const client = useClient();
  const { draft, setDraft, basedOn, version, reload, reapply } = useEditBase<Draft>(() => draftOf(story), story.version);
  const [theirs, setTheirs] = useState<StoryFields | null>(null);
  const settle = useUnsavedChanges({ what: `the story “${story.title}”`, unsaved: changed(draft, basedOn) });
  const [{ fetching, error }, update] = useMutation(UpdateStory);
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  const save = async (onVersion: number, saved: Draft = draft) => {
    const result = await update({
      id: story.id, version: onVersion,
      input: { title: saved.title.trim(), slug: saved.slug.trim(), summary: saved.summary.trim() || null },
    });
    if (problemOf(result.error, 'CONFLICT')) {
      const current = await client.query(CurrentStoryQuery, { id: story.id }, { requestPolicy: 'network-only' }).toPromise();
      const now = current.data?.story;
      setTheirs(now?.id ? { id: now.id, title: now.title, slug: now.slug, summary: now.summary, version: now.version } : null);
    } else if (result.data?.updateStory?.slug) {
      settle();
      onSaved(result.data.updateStory.slug);
    }
  };

  return (
    <form className="panel" aria-label="Edit the story" onSubmit={(e) => { e.preventDefault(); void save(version); }}>
      <h2>Edit the story</h2>
      {theirs && (
        <ConflictView record="story" currentVersion={theirs.version} busy={fetching}
          rows={conflictRows(draft, draftOf(theirs), basedOn)}
          onReload={() => { reload(draftOf(theirs), theirs.version); setTheirs(null); }}
          onReapply={() => {
            const mine = reapply(draftOf(theirs), theirs.version);
            setTheirs(null);
            void save(theirs.version, mine);
          }} />
      )}
      <TextField label="Title" value={draft.title} onChange={(title) => set({ title })} required error={fieldError(error, 'title')} />
      <TextField label="Slug (the story's address)" value={draft.slug} onChange={(slug) => set({ slug })} required error={fieldError(error, 'slug')}
        hint="Lower-case words joined by hyphens (alaska-summit-2025). Links to the old address stop working." />
      <TextField label="Summary" value={draft.summary} onChange={(summary) => set({ summary })} multiline error={fieldError(error, 'summary')} />
      {!theirs && <Problems error={error} shownAt={['title', 'slug', 'summary']} />}
      <div className="actions">
        <button type="submit" disabled={fetching}>Save the story</button>
        <button type="button" className="secondary" onClick={() => { settle(); onCancel(); }}>Cancel</button>
      </div>
    </form>
  );
}
