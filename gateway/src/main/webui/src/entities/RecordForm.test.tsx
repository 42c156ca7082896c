import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { vi } from 'vitest';
import type { RecordFieldsFragment } from '../gql/graphql';
import { clientAnswering, renderAs } from '../test/render';
import { RecordForm } from './RecordForm';

const lavrov = {
  __typename: 'Person', id: 'p1', name: 'Sergey Lavrov', kind: 'PERSON', description: 'Russian foreign minister',
  wikidataId: 'Q4139', version: 3, archived: false, mergedInto: null,
  aliases: [{ name: 'Сергей Лавров', language: 'ru' }], nationality: 'RU', birthDate: '1950-03-21',
} as unknown as RecordFieldsFragment;

const anchorage = {
  __typename: 'Place', id: 'pl1', name: 'Anchorage', kind: 'PLACE', description: null, wikidataId: null, version: 1,
  archived: false, mergedInto: null, aliases: [], country: 'US', timeZone: 'America/Anchorage', latitude: 61.2, longitude: -149.9,
} as unknown as RecordFieldsFragment;

function refused(field: string, message: string) {
  return clientAnswering({ data: { updateEntity: null }, error: new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] }) });
}

describe('editing a record, when a save breaks a rule', () => {
  it('shows the error at the field it names', async () => {
    const { client } = refused('person.nationality', 'person.nationality must be an ISO 3166-1 country code such as RU');
    renderAs('reporter', <RecordForm record={lavrov} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.change(screen.getByLabelText('Nationality'), { target: { value: 'Russia' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the person' }));
    const nationality = screen.getByLabelText('Nationality');
    await waitFor(() => expect(nationality.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(nationality.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toContain('country code');
    // said once, at its field
    expect(screen.getAllByText(/country code such as RU/)).toHaveLength(1);
  });

  it("shows an alias's error at that alias, not at the record's name", async () => {
    const { client } = refused('aliases[0].language', 'aliases[0].language must be a language tag such as ru or en-GB');
    renderAs('reporter', <RecordForm record={lavrov} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Save the person' }));
    await waitFor(() => expect(screen.getByLabelText('Language of name 1').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
  });

  it("shows an alias's name error at that alias, not at the record's name", async () => {
    const { client } = refused('aliases[0].name', 'aliases[0].name must not be blank');
    renderAs('reporter', <RecordForm record={lavrov} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Save the person' }));
    await waitFor(() => expect(screen.getByLabelText('Other name 1').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('editing a record', () => {
  it('sends every field on the version it opened, and what the form does not show as it was read', () => {
    const { client, executeMutation } = clientAnswering();
    renderAs('reporter', <RecordForm record={anchorage} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Add another name' }));
    fireEvent.change(screen.getByLabelText('Other name 1'), { target: { value: 'Анкоридж' } });
    fireEvent.change(screen.getByLabelText('Language of name 1'), { target: { value: 'ru' } });
    // a row left empty is no alias
    fireEvent.click(screen.getByRole('button', { name: 'Add another name' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the place' }));
    const [{ variables }] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(variables).toEqual({
      id: 'pl1', version: 1,
      input: {
        kind: 'PLACE', name: 'Anchorage', aliases: [{ name: 'Анкоридж', language: 'ru' }], description: null, wikidataId: null,
        person: null, organisation: null, delegation: null,
        place: { timeZone: 'America/Anchorage', country: 'US', latitude: 61.2, longitude: -149.9 },
      },
    });
  });

  it('meets a newer version with the conflict view, and reapplies only what this user changed', async () => {
    const theirs = { ...lavrov, version: 4, description: 'Foreign minister of Russia since 2004' } as RecordFieldsFragment;
    const executeMutation = vi.fn()
      .mockReturnValueOnce(fromValue({
        data: { updateEntity: null },
        error: new CombinedError({ graphQLErrors: [{ message: 'Entity p1 is at version 4', extensions: { code: 'CONFLICT', currentVersion: 4 } }] }),
      }))
      .mockReturnValue(fromValue({ data: { updateEntity: { ...theirs, version: 5 } } }));
    const query = () => ({ toPromise: async () => ({ data: { entity: theirs } }) });
    const client = { query, executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client;
    renderAs('reporter', <RecordForm record={lavrov} onSaved={() => {}} onCancel={() => {}} />, client);

    fireEvent.change(screen.getByLabelText('Wikidata id'), { target: { value: 'Q4140' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the person' }));
    expect(await screen.findByText('Someone else changed this person while you were editing')).toBeTruthy();
    expect(screen.getByTestId('theirs-Description').textContent).toBe('Foreign minister of Russia since 2004');
    fireEvent.click(screen.getByRole('button', { name: 'Reapply my changes on version 4' }));

    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(2));
    const [{ variables }] = executeMutation.mock.calls[1] as unknown as [{ variables: { version: number; input: unknown } }];
    expect(variables.version).toBe(4);
    expect(variables.input).toMatchObject({ wikidataId: 'Q4140', description: 'Foreign minister of Russia since 2004' });
  });
});

describe('adding a record', () => {
  it('lets the reporter choose its kind, and asks what that kind has', () => {
    const { client, executeMutation } = clientAnswering();
    renderAs('reporter', <RecordForm onSaved={() => {}} onCancel={() => {}} />, client);
    expect(screen.getByLabelText('Nationality')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'ORGANISATION' } });
    expect(screen.queryByLabelText('Nationality')).toBeNull();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Rosneft' } });
    fireEvent.change(screen.getByLabelText('Type of organisation'), { target: { value: 'OTHER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the organisation' }));
    const [{ variables }] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: unknown } }];
    expect(variables.input).toMatchObject({ kind: 'ORGANISATION', name: 'Rosneft', organisation: { organisationKind: 'OTHER' }, person: null, place: null });
  });
});
