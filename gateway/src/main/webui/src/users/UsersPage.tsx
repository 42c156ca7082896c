import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ROLES, type Role } from '../auth/session';
import { useSession } from '../auth/SessionContext';
import { Problems } from '../ui/Problems';
import { PageTitle } from '../ui/PageTitle';

const UsersQuery = graphql(`
  query Users {
    users { id username firstName lastName email roles }
  }
`);
const GrantRole = graphql(`
  mutation GrantRole($username: String!, $role: String!) {
    grantRole(username: $username, role: $role) { id username roles }
  }
`);
const RevokeRole = graphql(`
  mutation RevokeRole($username: String!, $role: String!) {
    revokeRole(username: $username, role: $role) { id username roles }
  }
`);

/** Admins: the newsroom's users and their roles, granted and revoked one by one. */
export function UsersPage() {
  const [{ data, fetching, error }] = useQuery({ query: UsersQuery });
  const [granted, grant] = useMutation(GrantRole);
  const [revoked, revoke] = useMutation(RevokeRole);
  const users = (data?.users ?? []).flatMap((u) => (u ? [u] : []));
  const busy = granted.fetching || revoked.fetching;
  const me = useSession().username;
  return (
    <>
      <PageTitle>Users</PageTitle>
      <h1>Users</h1>
      <p className="hint">Each role includes the ones before it: viewer, reporter, editor, admin.</p>
      <Problems error={error ?? granted.error ?? revoked.error} />
      {fetching && users.length === 0 && <p role="status">Loading…</p>}
      <table>
        <thead>
          <tr><th scope="col">User</th><th scope="col">Name</th>{ROLES.map((role) => <th key={role} scope="col">{role}</th>)}</tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid={`user-${user.username}`}>
              <th scope="row">{user.username}</th>
              <td>{[user.firstName, user.lastName].filter(Boolean).join(' ')}</td>
              {ROLES.map((role) => {
                const has = (user.roles ?? []).includes(role);
                // the gateway refuses it too: the newsroom always keeps an admin
                const ownAdmin = has && role === 'admin' && user.username === me;
                const within = has ? null : includedIn(user.roles ?? [], role);
                if (within) {
                  return <td key={role}><span className="hint">with {within}</span></td>;
                }
                return (
                  <td key={role}>
                    <button type="button" className={has ? 'secondary' : undefined} disabled={busy || ownAdmin}
                      title={ownAdmin ? 'Another admin can take this role from you' : undefined}
                      aria-label={has ? `Revoke ${role} from ${user.username}` : `Grant ${role} to ${user.username}`}
                      onClick={() => void (has ? revoke : grant)({ username: user.username ?? '', role })}>
                      {has ? 'Revoke' : 'Grant'}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The role a user holds that already includes `role` (each role includes the ones before it), if any. */
export function includedIn(held: readonly string[], role: Role): Role | null {
  const above = ROLES.slice(ROLES.indexOf(role) + 1).filter((r) => held.includes(r));
  return above.length > 0 ? above[above.length - 1] : null;
}
