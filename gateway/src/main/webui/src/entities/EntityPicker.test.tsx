import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Client, GraphQLRequest } from 'urql';
import { fromValue, never } from 'wonka';
import { vi } from 'vitest';
import type { Role } from '../auth/session';
import { renderAs } from '../test/render';
import { EntityPicker } from './EntityPicker';
import { OnlyExisting } from './OnlyExisting';

/** A client whose entity search finds nobody, and whose createEntity makes the record asked for. */
function nobodyFound() {
  const executeQuery = (operation: GraphQLRequest) => fromValue({ operation, data: { searchEntities: { __typename: 'EntityConnection', edges: [] } } });
  const executeMutation = vi.fn((operation: GraphQLRequest) => fromValue({
    operation,
    data: { createEntity: { __typename: 'Person', id: 'p9', name: (operation.variables as { input: { name: string } }).input.name, kind: 'PERSON',
      description: null, wikidataId: null, version: 0, archived: false, mergedInto: null, aliases: [], nationality: null, birthDate: null } },
  }));
  return { client: { executeQuery, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

describe('a picker that finds nobody', () => {
  it('lets a reporter add the name typed as a new person, which is then picked, without saving the form around it', async () => {
    const { client, executeMutation } = nobodyFound();
    const onPick = vi.fn();
    const outerSubmit = vi.fn((e: React.FormEvent) => e.preventDefault());
    renderAs('reporter', <form onSubmit={outerSubmit}><EntityPicker label="Find the speaker" action="Speaker:" onPick={onPick} /></form>, client);

    fireEvent.change(screen.getByLabelText('Find the speaker'), { target: { value: 'Yuri Ushakov' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Add ‘Yuri Ushakov’ as a new person' }));
    const dialog = screen.getByRole('dialog', { name: 'Add ‘Yuri Ushakov’' });
    expect((within(dialog).getByLabelText('Name') as HTMLInputElement).value).toBe('Yuri Ushakov');
    fireEvent.change(within(dialog).getByLabelText('Description'), { target: { value: 'Kremlin aide' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add the person' }));

    await waitFor(() => expect(onPick).toHaveBeenCalledWith({ id: 'p9', name: 'Yuri Ushakov', kind: 'PERSON' }));
    const [{ variables }] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: unknown } }];
    expect(variables.input).toMatchObject({ kind: 'PERSON', name: 'Yuri Ushakov', description: 'Kremlin aide', person: { nationality: null, birthDate: null } });
    expect(outerSubmit).not.toHaveBeenCalled();
  });

  it('adds a place where it picks places, asking for its zone', async () => {
    renderAs('reporter', <EntityPicker label="Find a place" kind="PLACE" action="Set place" onPick={() => {}} />, nobodyFound().client);
    fireEvent.change(screen.getByLabelText('Find a place'), { target: { value: 'Elmendorf' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Add ‘Elmendorf’ as a new place' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByLabelText('Time zone (local times there)')).toBeTruthy();
    expect(within(dialog).queryByLabelText('Kind')).toBeNull();
  });

  it('makes the offer to a reporter where it picks what a record names, and to nobody else or elsewhere', async () => {
    const offered = async (role: Role, ui: React.ReactElement) => {
      const { unmount } = renderAs(role, ui, nobodyFound().client);
      fireEvent.change(screen.getByLabelText('Speaker'), { target: { value: 'Yuri Ushakov' } });
      await screen.findByText('0 found');
      const offer = !!screen.queryByRole('button', { name: /as a new/ });
      unmount();
      return offer;
    };
    const picker = <EntityPicker label="Speaker" onPick={() => {}} />;
    expect(await offered('reporter', picker)).toBe(true);
    expect(await offered('viewer', picker)).toBe(false);
    // a search filter or the duplicate to merge only finds
    expect(await offered('editor', <OnlyExisting>{picker}</OnlyExisting>)).toBe(false);
  });
});
