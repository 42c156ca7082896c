import { useRef, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql } from '../gql';
import type { EntityInput, EntityKind, OrganisationKind, RecordFieldsFragment } from '../gql/graphql';
import { SelectField, TextField } from '../ui/Fields';
import { Problems } from '../ui/Problems';
import { useRefusalShown } from '../ui/refusal';
import { words } from '../ui/Badges';
import { fieldError, problemOf } from '../graphql/errors';
import { ZoneField } from '../zone/ZoneField';
import { ConflictView, type ConflictRow } from '../conflict/ConflictView';
import { changed, useEditBase } from '../conflict/reapply';
import { useUnsavedChanges } from '../unsaved/UnsavedChanges';
import type { PickedEntity } from './EntityPicker';

export const RecordFieldsFragmentDoc = graphql(`
  fragment RecordFields on Entity {
    __typename id name kind description wikidataId version archived mergedInto
    aliases { name language }
    ... on Person { nationality birthDate }
    ... on Organisation { organisationKind }
    ... on Place { country timeZone latitude longitude }
    ... on Delegation { head { id } members { personId role } organisation { id } }
  }
`);

const CurrentRecordQuery = graphql(`
  query CurrentRecord($id: ID!) {
    entity(id: $id) { id ...RecordFields }
  }
`);

const CreateEntity = graphql(`
  mutation CreateEntity($input: EntityInput!) {
    createEntity(input: $input) { id ...RecordFields }
  }
`);

const UpdateEntity = graphql(`
  mutation UpdateEntity($id: ID!, $input: EntityInput!, $version: Int!) {
    updateEntity(id: $id, input: $input, version: $version) { id ...RecordFields }
  }
`);

/** The kinds a reporter adds here; a delegation needs its organisation and members, which this form does not ask. */
export const NEW_RECORD_KINDS: readonly EntityKind[] = ['PERSON', 'ORGANISATION', 'PLACE'];
const ORGANISATION_KINDS: readonly OrganisationKind[] = ['GOVERNMENT', 'MINISTRY', 'PARTY', 'MILITARY', 'INTERNATIONAL_BODY', 'MEDIA', 'OTHER'];

interface AliasDraft {
  name: string;
  language: string;
}

interface Draft {
  kind: EntityKind;
  name: string;
  aliases: AliasDraft[];
  description: string;
  wikidataId: string;
  nationality: string;
  birthDate: string;
  organisationKind: OrganisationKind | '';
  country: string;
  timeZone: string;
}

function draftOf(record: RecordFieldsFragment | undefined | null, kind: EntityKind, name: string): Draft {
  return {
    kind: record?.kind ?? kind,
    name: record?.name ?? name,
    aliases: (record?.aliases ?? []).map((a) => ({ name: a.name, language: a.language ?? '' })),
    description: record?.description ?? '',
    wikidataId: record?.wikidataId ?? '',
    nationality: record?.__typename === 'Person' ? record.nationality ?? '' : '',
    birthDate: record?.__typename === 'Person' ? record.birthDate ?? '' : '',
    organisationKind: record?.__typename === 'Organisation' ? record.organisationKind ?? '' : '',
    country: record?.__typename === 'Place' ? record.country ?? '' : '',
    timeZone: record?.__typename === 'Place' ? record.timeZone ?? '' : '',
  };
}

/** Whether anything was typed in an alias's row (a row left empty is no alias, and is not sent). */
function typed(alias: AliasDraft): boolean {
  return !!(alias.name.trim() || alias.language.trim());
}

/**
 * The record as the API takes it: every field, since an edit replaces the record. What this form
 * does not show (a place's coordinates, a delegation's organisation, head and members) is sent
 * back as it was read.
 */
export function inputOf(draft: Draft, record?: RecordFieldsFragment | null): EntityInput {
  return {
    kind: draft.kind,
    name: draft.name.trim(),
    aliases: draft.aliases.filter(typed).map((a) => ({ name: a.name.trim(), language: a.language.trim() || null })),
    description: draft.description.trim() || null,
    wikidataId: draft.wikidataId.trim() || null,
    person: draft.kind === 'PERSON' ? { nationality: draft.nationality.trim() || null, birthDate: draft.birthDate || null } : null,
    organisation: draft.kind === 'ORGANISATION' ? { organisationKind: draft.organisationKind || null } : null,
    place: draft.kind === 'PLACE' ? {
      timeZone: draft.timeZone,
      country: draft.country.trim() || null,
      latitude: record?.__typename === 'Place' ? record.latitude ?? null : null,
      longitude: record?.__typename === 'Place' ? record.longitude ?? null : null,
    } : null,
    delegation: draft.kind === 'DELEGATION' && record?.__typename === 'Delegation' ? {
      organisationId: record.organisation?.id ?? '',
      headId: record.head?.id ?? null,
      members: (record.members ?? []).map((m) => ({ personId: m.personId, role: m.role ?? null })),
    } : null,
  };
}

/** The fields a person compares in a conflict, in words, marked where the user changed them since `basedOn`. */
function conflictRows(mine: Draft, theirs: Draft, basedOn: Draft): ConflictRow[] {
  const row = (label: string, shown: (d: Draft) => string) => ({ label, mine: shown(mine), theirs: shown(theirs), changed: shown(mine) !== shown(basedOn) });
  return [
    row('Name', (d) => d.name),
    row('Also known as', (d) => d.aliases.filter(typed).map((a) => (a.language ? `${a.name} (${a.language})` : a.name)).join(', ')),
    row('Description', (d) => d.description),
    row('Wikidata id', (d) => d.wikidataId),
    ...(mine.kind === 'PERSON' ? [row('Nationality', (d) => d.nationality), row('Born on', (d) => d.birthDate)] : []),
    ...(mine.kind === 'ORGANISATION' ? [row('Type', (d) => words(d.organisationKind))] : []),
    ...(mine.kind === 'PLACE' ? [row('Country', (d) => d.country), row('Time zone', (d) => d.timeZone)] : []),
  ];
}

/** The fields this form shows errors at now; any other (a delegation's details, too many aliases) is said below it. */
function fieldsShown(draft: Draft, creating: boolean): string[] {
  return [...(creating ? ['kind'] : []), 'name',
    ...draft.aliases.flatMap((_, i) => [`aliases[${i}].name`, `aliases[${i}].language`]),
    'description', 'wikidataId',
    ...(draft.kind === 'PERSON' ? ['person.nationality', 'person.birthDate'] : []),
    ...(draft.kind === 'ORGANISATION' ? ['organisation.organisationKind'] : []),
    ...(draft.kind === 'PLACE' ? ['place.country', 'place.timeZone'] : [])];
}

interface Props {
  /** The record to edit; without it, a new record. */
  record?: RecordFieldsFragment | null;
  /** A new record's kind: fixed when given with `fixedKind` (a picker of places adds a place), else chosen. */
  kind?: EntityKind;
  fixedKind?: boolean;
  /** A new record's name, as typed where the user looked for it. */
  name?: string;
  onSaved(record: PickedEntity): void;
  onCancel(): void;
}

/**
 * A person, organisation or place: its name and other names (with their language), description,
 * Wikidata id, and what its kind has (a person's nationality, an organisation's type, a place's
 * country and zone). An edit is based on the version it opened; a stale one gets the conflict view.
 */
export function RecordForm({ record, kind = 'PERSON', fixedKind, name = '', onSaved, onCancel }: Props) {
  const client = useClient();
  const { draft, setDraft, basedOn, version, reload, reapply } = useEditBase<Draft>(() => draftOf(record, kind, name), record?.version ?? 0);
  const [theirs, setTheirs] = useState<RecordFieldsFragment | null>(null);
  const settle = useUnsavedChanges({ what: record ? `the record “${record.name}”` : `the new ${words(draft.kind)}`, unsaved: changed(draft, basedOn) });
  const [updated, update] = useMutation(UpdateEntity);
  const [created, create] = useMutation(CreateEntity);
  const error = record ? updated.error : created.error;
  const fetching = updated.fetching || created.fetching;
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const setAlias = (i: number, change: Partial<AliasDraft>) => set({ aliases: draft.aliases.map((a, j) => (j === i ? { ...a, ...change } : a)) });
  const err = (field: string) => fieldError(error, field);

  const form = useRef<HTMLFormElement>(null);
  const refused = useRefusalShown(form);
  const save = async (onVersion: number, given: Draft = draft, on: RecordFieldsFragment | null | undefined = record) => {
    // a zone that is no zone is said at its field, and nothing is saved
    if (!form.current?.reportValidity()) return;
    // rows left empty go, so that an error naming aliases[i] is at the i-th row on screen
    const saved = { ...given, aliases: given.aliases.filter(typed) };
    setDraft(saved);
    if (record?.id) {
      const result = await update({ id: record.id, input: inputOf(saved, on), version: onVersion });
      if (problemOf(result.error, 'CONFLICT')) {
        const current = await client.query(CurrentRecordQuery, { id: record.id }, { requestPolicy: 'network-only' }).toPromise();
        // merged meanwhile: no version to compare with, the refusal says where to edit instead
        const now = current.data?.entity;
        setTheirs(now && !now.mergedInto ? now : null);
        refused();
      } else if (result.data?.updateEntity) {
        settle();
        onSaved({ id: result.data.updateEntity.id, name: result.data.updateEntity.name, kind: result.data.updateEntity.kind });
      } else if (result.error) {
        refused();
      }
    } else {
      const result = await create({ input: inputOf(saved) });
      const made = result.data?.createEntity;
      if (made) {
        settle();
        onSaved({ id: made.id, name: made.name, kind: made.kind });
      } else if (result.error) {
        refused();
      }
    }
  };

  const what = words(draft.kind);
  return (
    <form ref={form} className="record-form" aria-label={record ? `Edit ${record.name}` : `New ${what}`}
      onSubmit={(e) => {
        e.preventDefault();
        // the picker's dialog sits (in React, not in the page) inside the form that uses the picker: that form is not submitted
        e.stopPropagation();
        void save(version);
      }}>
      {theirs && (
        <ConflictView record={what} currentVersion={theirs.version} busy={fetching}
          rows={conflictRows(draft, draftOf(theirs, kind, name), basedOn)}
          onReload={() => { reload(draftOf(theirs, kind, name), theirs.version); setTheirs(null); }}
          onReapply={() => {
            const mine = reapply(draftOf(theirs, kind, name), theirs.version);
            setTheirs(null);
            void save(theirs.version, mine, theirs);
          }} />
      )}
      {!record && !fixedKind && (
        <SelectField label="Kind" value={draft.kind} options={NEW_RECORD_KINDS.map((k) => ({ value: k, label: words(k) }))}
          onChange={(k) => set({ kind: (k || 'PERSON') as EntityKind })} error={err('kind')} />
      )}
      <TextField label="Name" value={draft.name} onChange={(value) => set({ name: value })} required error={err('name')}
        hint={draft.kind === 'PERSON' ? 'As the newsroom writes it: “Sergey Lavrov”.' : undefined} />
      <fieldset>
        <legend>Also known as</legend>
        {draft.aliases.map((alias, i) => (
          <div key={i} className="grid4 alias-row">
            <TextField label={`Other name ${i + 1}`} value={alias.name} onChange={(value) => setAlias(i, { name: value })}
              required={typed(alias)} error={err(`aliases[${i}].name`)} />
            <TextField label={`Language of name ${i + 1}`} value={alias.language} onChange={(language) => setAlias(i, { language })}
              hint="e.g. ru; none for a spelling such as “Zelenskiy”" error={err(`aliases[${i}].language`)} />
            <div className="actions"><button type="button" className="secondary" onClick={() => set({ aliases: draft.aliases.filter((_, j) => j !== i) })}>Remove name {i + 1}</button></div>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => set({ aliases: [...draft.aliases, { name: '', language: '' }] })}>Add another name</button>
      </fieldset>
      <TextField label="Description" value={draft.description} onChange={(description) => set({ description })} multiline error={err('description')}
        hint="What tells them apart from namesakes: “Russian foreign minister”." />
      <TextField label="Wikidata id" value={draft.wikidataId} onChange={(wikidataId) => set({ wikidataId })} error={err('wikidataId')} hint="e.g. Q7747" />
      {draft.kind === 'PERSON' && (
        <div className="grid2">
          <TextField label="Nationality" value={draft.nationality} onChange={(nationality) => set({ nationality })} error={err('person.nationality')} hint="Country code, e.g. RU" />
          <TextField label="Born on" type="date" value={draft.birthDate} onChange={(birthDate) => set({ birthDate })} error={err('person.birthDate')} />
        </div>
      )}
      {draft.kind === 'ORGANISATION' && (
        <SelectField label="Type of organisation" value={draft.organisationKind} empty="Other" options={ORGANISATION_KINDS.map((k) => ({ value: k, label: words(k) }))}
          onChange={(organisationKind) => set({ organisationKind })} error={err('organisation.organisationKind')} />
      )}
      {draft.kind === 'PLACE' && (
        <div className="grid2">
          <TextField label="Country" value={draft.country} onChange={(country) => set({ country })} error={err('place.country')} hint="Country code, e.g. US" />
          <ZoneField label="Time zone (local times there)" value={draft.timeZone} onChange={(timeZone) => set({ timeZone })} error={err('place.timeZone')} />
        </div>
      )}
      {!theirs && <Problems error={error} shownAt={fieldsShown(draft, !record)} />}
      <div className="actions">
        <button type="submit" disabled={fetching}>{record ? `Save the ${what}` : `Add the ${what}`}</button>
        <button type="button" className="secondary" onClick={() => { settle(); onCancel(); }}>Cancel</button>
      </div>
    </form>
  );
}
