import type { CombinedError } from 'urql';
import { problems } from '../graphql/errors';

/**
 * What went wrong, in words, for errors that are not shown at a field. A service that did not
 * answer is said as such: the rest of the page stays.
 */
export function Problems({ error, except = [] }: { error?: CombinedError; except?: string[] }) {
  const shown = problems(error).filter((p) => !except.includes(p.code) && !(p.code === 'BAD_USER_INPUT' && p.field));
  if (shown.length === 0) return null;
  return (
    <div className="problems" role="alert">
      {shown.map((p, i) => (
        <p key={i}>{p.code === 'UNAVAILABLE' ? `Not available right now: ${p.message}` : p.message}</p>
      ))}
    </div>
  );
}

/** A marker where part of a page is missing because a service did not answer. */
export function Missing({ what }: { what: string }) {
  return (
    <p className="missing" role="status">
      {what} cannot be shown right now: the service that keeps them did not answer. The rest of the page is up to date.
    </p>
  );
}
