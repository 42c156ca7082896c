import { useRef, useState } from 'react';
import { useClient, useMutation, type CombinedError } from 'urql';
import { graphql } from '../gql';
import type { QuoteKind, QuoteInput, QuotePageQuoteFragment } from '../gql/graphql';
import { CheckField, SelectField, TextField } from '../ui/Fields';
import { Problems } from '../ui/Problems';
import { words } from '../ui/Badges';
import { fieldError, problemOf } from '../graphql/errors';
import { pickedOf } from '../entities/picked';
import { EntityPicker, type PickedEntity } from '../entities/EntityPicker';
import { ConflictView, type ConflictRow } from '../conflict/ConflictView';
import { useEditBase } from '../conflict/reapply';
import { ChangedMeanwhile } from '../live/ChangedMeanwhile';
import { KeptChanges, useUnsavedEdit } from '../unsaved/UnsavedChanges';
import { TimeFields, timeDraftOf, timeFieldsShown, timeInputOf, type TimeDraft } from '../events/TimeFields';
import { SourcesField, sourceDraftsOf, sourceInputsOf, type SourceDraft } from '../events/SourcesField';
import { useReaderZone } from '../zone/ReaderZone';
import { QUOTE_KINDS } from './QuoteSearchPage';
import { useRefusalShown } from '../ui/refusal';
import { choiceLabel, useStoryEvents } from '../events/storyEvents';

export const QuotePageQuoteFragmentDoc = graphql(`
  fragment QuotePageQuote on Quote {
    id text kind state version context language originalLanguage originalText translatedBy platform
    speakerId speakerLabel putToId putToLabel storyId eventId timeFromEvent retractionReason tags
    speaker { __typename id name }
    putTo { __typename id name }
    event { id title }
    time { date time zone precision approximate duration endDate endTime offset }
    sources { publication url publishedAt retrievedAt }
    verification { state note by at }
  }
`);

const CurrentQuoteQuery = graphql(`
  query CurrentQuote($id: ID!) {
    quote(id: $id) { id ...QuotePageQuote }
  }
`);

const UpdateQuote = graphql(`
  mutation UpdateQuote($id: ID!, $input: QuoteInput!, $version: Int!) {
    updateQuote(id: $id, input: $input, version: $version) { id ...QuotePageQuote }
  }
`);

const CreateQuote = graphql(`
  mutation CreateQuote($input: QuoteInput!) {
    createQuote(input: $input) { id storyId ...QuotePageQuote }
  }
`);

interface Draft {
  kind: QuoteKind;
  text: string;
  context: string;
  language: string;
  originalLanguage: string;
  originalText: string;
  translatedBy: string;
  speaker: PickedEntity | null;
  speakerLabel: string;
  putTo: PickedEntity | null;
  putToLabel: string;
  platform: string;
  /** The event it was said at ('' for none). */
  eventId: string;
  ownTime: boolean;
  time: TimeDraft;
  sources: SourceDraft[];
}

function draftOf(quote: QuotePageQuoteFragment | undefined, zone: string): Draft {
  return {
    kind: quote?.kind ?? 'DIRECT',
    text: quote?.text ?? '',
    context: quote?.context ?? '',
    language: quote?.language ?? '',
    originalLanguage: quote?.originalLanguage ?? '',
    originalText: quote?.originalText ?? '',
    translatedBy: quote?.translatedBy ?? '',
    speaker: pickedOf(quote?.speakerId, quote?.speaker),
    speakerLabel: quote?.speakerLabel ?? '',
    putTo: pickedOf(quote?.putToId, quote?.putTo),
    putToLabel: quote?.putToLabel ?? '',
    platform: quote?.platform ?? '',
    eventId: quote?.eventId ?? '',
    ownTime: !!quote?.time && !quote.timeFromEvent,
    time: timeDraftOf(quote?.time, zone),
    sources: sourceDraftsOf(quote?.sources),
  };
}

function inputOf(draft: Draft, quote: Pick<QuotePageQuoteFragment, 'storyId' | 'tags'> | undefined, storyId?: string): QuoteInput {
  return {
    kind: draft.kind,
    text: draft.text,
    context: draft.context || null,
    language: draft.language || null,
    originalLanguage: draft.originalLanguage || null,
    originalText: draft.originalText || null,
    translatedBy: draft.translatedBy || null,
    speakerId: draft.speaker?.id ?? null,
    speakerLabel: draft.speaker ? null : draft.speakerLabel || null,
    putToId: draft.kind === 'QUESTION' ? draft.putTo?.id ?? null : null,
    putToLabel: draft.kind === 'QUESTION' && !draft.putTo ? draft.putToLabel || null : null,
    platform: draft.kind === 'POST' ? draft.platform || null : null,
    time: draft.ownTime ? timeInputOf(draft.time) : null,
    sources: sourceInputsOf(draft.sources),
    storyId: quote?.storyId ?? storyId ?? null,
    eventId: draft.eventId || null,
    tags: quote?.tags?.flatMap((t) => (t ? [t] : [])) ?? null,
  };
}

/** The fields a person compares in a conflict, in words, marked where the user changed them since `basedOn`. */
function conflictRows(mine: Draft, theirs: Draft, basedOn: Draft, eventName: (id: string) => string): ConflictRow[] {
  const row = (label: string, shown: (d: Draft) => string) => ({ label, mine: shown(mine), theirs: shown(theirs), changed: shown(mine) !== shown(basedOn) });
  return [
    row('Text', (d) => d.text),
    row('Kind', (d) => words(d.kind)),
    row('Speaker', (d) => d.speaker?.name ?? d.speakerLabel),
    row('Event', (d) => eventName(d.eventId)),
    row('Context', (d) => d.context),
    row('Original text', (d) => d.originalText),
    row('Sources', (d) => d.sources.map((s) => s.publication).join(', ')),
  ];
}

/** The fields this form shows errors at now; a BAD_USER_INPUT naming another (storyId) is said below the form. */
function fieldsShown(draft: Draft, error: CombinedError | undefined): string[] {
  return ['kind', 'text', 'context', 'speakerId',
    ...(draft.speaker ? [] : ['speakerLabel']),
    ...(draft.kind === 'QUESTION' && !draft.putTo ? ['putToLabel'] : []),
    ...(draft.kind === 'POST' ? ['platform'] : []),
    'language', 'originalLanguage', 'originalText', 'eventId',
    ...(draft.ownTime ? timeFieldsShown(draft.time, error) : []),
    'sources'];
}

interface Props {
  quote?: QuotePageQuoteFragment;
  storyId?: string;
  /** The story's changeCursor, read with the quote: others' changes after it are marked in the form. */
  cursor?: string | null;
  onSaved(id: string): void;
  onCancel(): void;
}

/** The quote editor: words, kind, speaker or label, whom a question was put to, where a post was, time, sources. */
export function QuoteForm({ quote, storyId, cursor, onSaved, onCancel }: Props) {
  const { zone } = useReaderZone();
  const client = useClient();
  const edit = useEditBase<Draft>(() => draftOf(quote, zone), quote?.version ?? 0);
  const { draft, setDraft, basedOn, version, reload, reapply } = edit;
  const unsaved = useUnsavedEdit(edit, 'quote', quote?.id ?? `new:${storyId ?? ''}`, quote ? 'the quote' : 'the new quote');
  const [theirs, setTheirs] = useState<QuotePageQuoteFragment | null>(null);
  const [updated, update] = useMutation(UpdateQuote);
  const [created, create] = useMutation(CreateQuote);
  const error = quote ? updated.error : created.error;
  const fetching = updated.fetching || created.fetching;
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const events = useStoryEvents(quote?.storyId ?? storyId);
  // the event the quote names, while the list is read (or one the list does not hold)
  const eventName = (id: string) => (id ? events.find((e) => e.id === id)?.title ?? (quote?.event?.id === id ? quote.event.title : null) ?? '(an event not in this list)' : '');
  const eventOptions = [
    ...(draft.eventId && !events.some((e) => e.id === draft.eventId) ? [{ value: draft.eventId, label: eventName(draft.eventId) }] : []),
    ...events.map((e) => ({ value: e.id, label: choiceLabel(e) })),
  ];

  /** Their version beside the user's: after a CONFLICT, or when the user asks, having been told it changed. */
  const compare = async (id: string) => {
    const current = await client.query(CurrentQuoteQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    // the edit stays based on its version until the user reloads or reapplies: a plain save meets the conflict again
    setTheirs(current.data?.quote ?? null);
  };

  const form = useRef<HTMLFormElement>(null);
  const refused = useRefusalShown(form);
  const save = async (onVersion: number, saved: Draft = draft, record: QuotePageQuoteFragment | undefined = quote) => {
    // a field the browser knows is wrong (a zone that is no zone) is said there, and nothing is saved
    if (!form.current?.reportValidity()) return;
    if (quote?.id) {
      const result = await update({ id: quote.id, input: inputOf(saved, record), version: onVersion });
      const conflict = problemOf(result.error, 'CONFLICT');
      if (conflict) {
        await compare(quote.id);
        refused();
      } else if (result.data?.updateQuote?.id) {
        unsaved.saved();
        onSaved(result.data.updateQuote.id);
      } else if (result.error) {
        refused();
      }
    } else {
      const result = await create({ input: inputOf(draft, undefined, storyId) });
      if (result.data?.createQuote?.id) {
        unsaved.saved();
        onSaved(result.data.createQuote.id);
      } else if (result.error) {
        refused();
      }
    }
  };

  return (
    <form ref={form} className="panel quote-form" aria-label={quote ? 'Edit the quote' : 'New quote'} onSubmit={(e) => { e.preventDefault(); void save(version); }}>
      <h2>{quote ? 'Edit the quote' : 'New quote (draft)'}</h2>
      <KeptChanges kept={unsaved.kept} version={version} record="quote" onRestore={unsaved.restore} onDiscard={unsaved.discardKept} />
      {quote?.storyId && (
        <ChangedMeanwhile storyId={quote.storyId} recordType="QUOTE" record="quote" id={quote.id} version={theirs?.version ?? version}
          cursor={cursor} onSeeTheirs={() => void compare(quote.id)} />
      )}
      {theirs && (
        <ConflictView record="quote" currentVersion={theirs.version} busy={fetching}
          rows={conflictRows(draft, draftOf(theirs, zone), basedOn, eventName)}
          onReload={() => { reload(draftOf(theirs, zone), theirs.version); setTheirs(null); }}
          onReapply={() => {
            // only what this user changed goes on their version: the other person's edits (and tags) stay
            const mine = reapply(draftOf(theirs, zone), theirs.version);
            setTheirs(null);
            void save(theirs.version, mine, theirs);
          }} />
      )}
      <SelectField label="Kind" value={draft.kind} options={QUOTE_KINDS.map((k) => ({ value: k, label: words(k) }))}
        onChange={(kind) => set({ kind: (kind || 'DIRECT') as QuoteKind })} error={fieldError(error, 'kind')} />
      <TextField label="Text" value={draft.text} onChange={(text) => set({ text })} multiline required error={fieldError(error, 'text')} />
      <TextField label="Context (the sentence around it)" value={draft.context} onChange={(context) => set({ context })} multiline error={fieldError(error, 'context')} />
      <fieldset>
        <legend>Speaker</legend>
        {draft.speaker ? (
          <p>Said by <strong>{draft.speaker.name}</strong> <button type="button" className="link" onClick={() => set({ speaker: null })}>change the speaker</button></p>
        ) : (
          <div className="grid2">
            <EntityPicker label="Find the speaker" action="Speaker:" onPick={(speaker) => set({ speaker })} />
            <TextField label="Or a label, when the source names nobody (“reporters”)" value={draft.speakerLabel} onChange={(speakerLabel) => set({ speakerLabel })} error={fieldError(error, 'speakerLabel')} />
          </div>
        )}
        {fieldError(error, 'speakerId') && <p className="field-error" role="alert">{fieldError(error, 'speakerId')}</p>}
      </fieldset>
      {draft.kind === 'QUESTION' && (
        <fieldset>
          <legend>Put to</legend>
          {draft.putTo ? (
            <p>Put to <strong>{draft.putTo.name}</strong> <button type="button" className="link" onClick={() => set({ putTo: null })}>change</button></p>
          ) : (
            <div className="grid2">
              <EntityPicker label="Find whom it was put to" action="Put to" onPick={(putTo) => set({ putTo })} />
              <TextField label="Or a label" value={draft.putToLabel} onChange={(putToLabel) => set({ putToLabel })} error={fieldError(error, 'putToLabel')} />
            </div>
          )}
        </fieldset>
      )}
      {draft.kind === 'POST' && (
        <TextField label="Platform (“Truth Social”)" value={draft.platform} onChange={(platform) => set({ platform })} error={fieldError(error, 'platform')} />
      )}
      <fieldset>
        <legend>Language</legend>
        <div className="grid4">
          <TextField label="Language of the text" value={draft.language} onChange={(language) => set({ language })} hint="e.g. en" error={fieldError(error, 'language')} />
          <TextField label="Original language" value={draft.originalLanguage} onChange={(originalLanguage) => set({ originalLanguage })} hint="e.g. ru" error={fieldError(error, 'originalLanguage')} />
          <TextField label="Translated by" value={draft.translatedBy} onChange={(translatedBy) => set({ translatedBy })} />
        </div>
        <TextField label="Original text" value={draft.originalText} onChange={(originalText) => set({ originalText })} multiline error={fieldError(error, 'originalText')} />
      </fieldset>
      <SelectField label="Event (where it was said)" value={draft.eventId} empty="None" options={eventOptions}
        onChange={(eventId) => set({ eventId })} error={fieldError(error, 'eventId')} />
      <CheckField label="It has its own time (otherwise its event's)" checked={draft.ownTime} onChange={(ownTime) => set({ ownTime })} />
      {draft.ownTime && <TimeFields value={draft.time} onChange={(time) => set({ time })} error={error} legend="When it was said" />}
      <SourcesField value={draft.sources} onChange={(sources) => set({ sources })} error={fieldError(error, 'sources')} />
      {!theirs && <Problems error={error} except={['CONFLICT']} shownAt={fieldsShown(draft, error)} />}
      <div className="actions">
        <button type="submit" disabled={fetching}>{quote ? 'Save the quote' : 'Save as draft'}</button>
        <button type="button" className="secondary" onClick={() => { unsaved.discarded(); onCancel(); }}>Cancel</button>
      </div>
    </form>
  );
}
