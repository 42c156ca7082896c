import { screen } from '@testing-library/react';
import { fromValue } from 'wonka';
import type { Client } from 'urql';
import { renderAs } from '../test/render';
import { includedIn, UsersPage } from './UsersPage';

describe("the newsroom's users", () => {
  it('offers no grant of a role a user has already within a higher one', () => {
    const users = [
      { id: 'u1', username: 'ada', firstName: 'Ada', lastName: null, email: null, roles: ['admin'] },
      { id: 'u2', username: 'rita', firstName: 'Rita', lastName: null, email: null, roles: ['reporter'] },
    ];
    const client = {
      executeQuery: () => fromValue({ data: { users } }),
      executeMutation: () => fromValue({ data: {} }),
      executeSubscription: () => fromValue({}),
    } as unknown as Client;
    renderAs('admin', <UsersPage />, client, client, 'ada');

    expect(screen.queryByRole('button', { name: 'Grant editor to ada' })).toBeNull();
    expect(screen.getByTestId('user-ada').textContent).toContain('with admin');
    expect(screen.getByRole('button', { name: 'Revoke admin from ada' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Grant editor to rita' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Revoke reporter from rita' })).toBeTruthy();
  });

  it.each([
    [['admin'], 'viewer', 'admin'],
    [['reporter', 'editor'], 'reporter', 'editor'],
    [['reporter'], 'editor', null],
    [[], 'viewer', null],
  ] as const)('held %j: %s is included in %s', (held, role, within) => {
    expect(includedIn(held, role)).toBe(within);
  });
});
