import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { ExtractQuotesMutation, QuoteInput, QuoteKind, TimeInput } from '../gql/graphql';
import { CheckField, SelectField, TextField } from '../ui/Fields';
import { Problems } from '../ui/Problems';
import { words } from '../ui/Badges';
import { fieldError } from '../graphql/errors';
import { ZoneField } from '../zone/ZoneField';
import { EntityPicker, type PickedEntity } from '../entities/EntityPicker';
import { QUOTE_KINDS } from '../quotes/QuoteSearchPage';
import { highlight } from './highlight';
import { useUnsavedChanges } from '../unsaved/UnsavedChanges';

const ExtractQuotes = graphql(`
  mutation ExtractQuotes($input: ExtractInput!) {
    extractQuotes(input: $input) {
      notes
      candidates {
        candidate {
          start end text kind platform timeText
          speaker { entityId label mention confidence basis }
          putTo { entityId label mention }
        }
        draft {
          text kind context language platform speakerId speakerLabel putToId putToLabel
          time { date time zone precision approximate duration endDate endTime offset }
        }
      }
    }
  }
`);

const AcceptQuotes = graphql(`
  mutation AcceptQuotes($input: AcceptInput!) {
    acceptQuotes(input: $input) { id text state storyId speakerLabel speaker { __typename id name } }
  }
`);

type Item = NonNullable<NonNullable<NonNullable<ExtractQuotesMutation['extractQuotes']>['candidates']>[number]>;

interface Pick {
  keep: boolean;
  text: string;
  kind: QuoteKind;
  speaker: PickedEntity | null;
  speakerLabel: string;
  /** Saved as a draft already: accepting again would save it twice. */
  accepted: boolean;
}

function speakerGuess(item: Item): string {
  const guess = item.candidate?.speaker;
  if (!guess) return 'no guess';
  const who = guess.label ?? guess.mention ?? 'unknown';
  return `${who} (${Math.round((guess.confidence ?? 0) * 100)}% sure, from the ${words(guess.basis)})`;
}

function timeInput(time: NonNullable<Item["draft"]>["time"] | undefined): TimeInput | null {
  if (!time?.date || !time.zone || !time.precision) return null;
  return {
    date: time.date, time: time.time ?? null, zone: time.zone, precision: time.precision, approximate: time.approximate,
    duration: time.duration ?? null, endDate: time.endDate ?? null, endTime: time.endTime ?? null, offset: time.offset ?? null,
  };
}

/**
 * Extraction: a reporter pastes an article, sees the candidate quotes highlighted in it with the
 * speakers guessed, edits and picks, and accepts them as drafts citing the article.
 */
export function ExtractPage({ storyId, storySlug }: { storyId: string; storySlug: string }) {
  const [text, setText] = useState('');
  const [publication, setPublication] = useState('');
  const [url, setUrl] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [localZone, setLocalZone] = useState('');
  const [extraction, extract] = useMutation(ExtractQuotes);
  const [accepted, accept] = useMutation(AcceptQuotes);
  const [picks, setPicks] = useState<Pick[]>([]);
  // a failed extraction found nothing: no result is shown for it
  const found = extraction.error ? null : extraction.data?.extractQuotes;
  const items = (found?.candidates ?? []).flatMap((c) => (c ? [c] : []));
  const source = { publication, url: url || null, publishedAt: publishedOn ? `${publishedOn}T00:00:00Z` : null };
  const setPick = (i: number, change: Partial<Pick>) => setPicks(picks.map((p, j) => (j === i ? { ...p, ...change } : p)));

  const find = async () => {
    const result = await extract({ input: { text, publication: publication || null, url: url || null, publishedAt: source.publishedAt, localZone: localZone || null } });
    const found = (result.data?.extractQuotes?.candidates ?? []).flatMap((c) => (c ? [c] : []));
    setPicks(found.map((item) => ({
      keep: false,
      text: item.draft?.text ?? item.candidate?.text ?? '',
      kind: item.draft?.kind ?? 'DIRECT',
      speaker: item.draft?.speakerId ? { id: item.draft.speakerId, name: item.candidate?.speaker?.label ?? item.candidate?.speaker?.mention ?? 'the guessed speaker' } : null,
      speakerLabel: item.draft?.speakerLabel ?? '',
      accepted: false,
    })));
  };

  const acceptKept = async () => {
    const quotes: QuoteInput[] = picks.flatMap((pick, i) => {
      if (!pick.keep) return [];
      const draft = items[i].draft;
      return [{
        text: pick.text, kind: pick.kind, context: draft?.context ?? null, language: draft?.language ?? null,
        platform: draft?.platform ?? null, putToId: draft?.putToId ?? null, putToLabel: draft?.putToLabel ?? null,
        speakerId: pick.speaker?.id ?? null, speakerLabel: pick.speaker ? null : pick.speakerLabel || null,
        time: timeInput(draft?.time), storyId,
      }];
    });
    const sent = picks.map((pick) => pick.keep);
    const result = await accept({ input: { storyId, source, quotes } });
    if (result.data?.acceptQuotes && !result.error) {
      setPicks((now) => now.map((pick, i) => (sent[i] ? { ...pick, keep: false, accepted: true } : pick)));
    }
  };

  const kept = picks.filter((p) => p.keep).length;
  // the article is the reporter's work until the quotes they picked from it are saved
  useUnsavedChanges({
    what: 'the article and its quotes',
    unsaved: text.trim() !== '' && (picks.some((p) => p.keep) || !picks.some((p) => p.accepted)),
  });
  const saved = accepted.data?.acceptQuotes?.flatMap((q) => (q ? [q] : [])) ?? [];
  return (
    <section aria-labelledby="extract-title">
      <h2 id="extract-title">Quotes from an article</h2>
      <form className="panel" aria-label="The article" onSubmit={(e) => { e.preventDefault(); void find(); }}>
        <div className="grid4">
          <TextField label="Publication" value={publication} onChange={setPublication} required error={fieldError(extraction.error, 'publication') ?? fieldError(accepted.error, 'source.publication')} />
          <TextField label="Address (URL)" type="url" value={url} onChange={setUrl} error={fieldError(extraction.error, 'url')} />
          <TextField label="Published on" type="date" value={publishedOn} onChange={setPublishedOn} error={fieldError(extraction.error, 'publishedAt')} />
          <ZoneField label="“Local time” in the text means" value={localZone} onChange={setLocalZone} optional error={fieldError(extraction.error, 'localZone')} />
        </div>
        <TextField label="Article text" value={text} onChange={setText} multiline rows={8} required error={fieldError(extraction.error, 'text')} />
        <Problems error={extraction.error} shownAt={['publication', 'url', 'publishedAt', 'localZone', 'text']} />
        <div className="actions"><button type="submit" disabled={extraction.fetching || !text.trim()}>Find quotes</button></div>
      </form>

      {found && (
        <>
          {(found.notes ?? []).map((note, i) => <p key={i} className="notice">{note}</p>)}
          <h3>The article, with {items.length} candidate(s)</h3>
          <p className="article" data-testid="article">
            {highlight(text, items.map((item, i) => ({ start: item.candidate?.start ?? -1, end: item.candidate?.end ?? -1, label: i + 1 })))
              .map((part, i) => (part.label ? <mark key={i} aria-label={`candidate ${part.label}`}>{part.text}<sup>{part.label}</sup></mark> : <span key={i}>{part.text}</span>))}
          </p>
          <ol className="candidates" aria-label="Candidates">
            {items.map((item, i) => picks[i] && (
              <li key={i} className="panel candidate">
                {picks[i].accepted
                  ? <p className="notice">Candidate {i + 1} is saved as a draft.</p>
                  : <CheckField label={`Keep candidate ${i + 1}`} checked={picks[i].keep} onChange={(keep) => setPick(i, { keep })} />}
                <TextField label={`Text of candidate ${i + 1}`} value={picks[i].text} onChange={(t) => setPick(i, { text: t })} multiline rows={2} />
                <div className="grid2">
                  <SelectField label={`Kind of candidate ${i + 1}`} value={picks[i].kind} options={QUOTE_KINDS.map((k) => ({ value: k, label: words(k) }))}
                    onChange={(kind) => setPick(i, { kind: (kind || 'DIRECT') as QuoteKind })} />
                  <div>
                    <p className="hint">Speaker guessed: {speakerGuess(item)}</p>
                    {picks[i].speaker ? (
                      <p>Speaker: <strong>{picks[i].speaker!.name}</strong> <button type="button" className="link" aria-label={`Change the speaker of candidate ${i + 1}`} onClick={() => setPick(i, { speaker: null })}>change</button></p>
                    ) : (
                      <>
                        <EntityPicker label={`Speaker of candidate ${i + 1}`} action="Speaker:" onPick={(speaker) => setPick(i, { speaker })} />
                        <TextField label={`Or a label for candidate ${i + 1}`} value={picks[i].speakerLabel} onChange={(speakerLabel) => setPick(i, { speakerLabel })} />
                      </>
                    )}
                  </div>
                </div>
                {item.candidate?.timeText && <p className="hint">Time in the text: {item.candidate.timeText}</p>}
              </li>
            ))}
          </ol>
          <Problems error={accepted.error} shownAt={['source.publication']} />
          <div className="actions">
            <button type="button" disabled={kept === 0 || accepted.fetching || !publication.trim()} onClick={() => void acceptKept()}>
              Accept {kept} as draft{kept === 1 ? '' : 's'}
            </button>
          </div>
        </>
      )}
      {saved.length > 0 && (
        <div className="notice" role="status">
          <p>{saved.length} draft quote(s) saved, citing {publication}:</p>
          <ul>{saved.map((q) => <li key={q.id}><Link to={`/quotes/${q.id}`}>“{q.text}”</Link></li>)}</ul>
          <p><Link to={`/stories/${storySlug}/quotes`}>All the story's quotes</Link></p>
        </div>
      )}
    </section>
  );
}
