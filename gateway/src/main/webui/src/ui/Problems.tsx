import type { CombinedError } from 'urql';
import { problemAt, problems } from '../graphql/errors';

/**
 * What went wrong, in words, for errors that are not shown at a field. A service that did not
 * answer is said as such: the rest of the page stays. `shownAt` lists the fields the form shows
 * errors at now (with `fieldError`); an error is left to its field only when one of them shows it.
 * Any other (a rule about a field the form does not have, such as publishing needs a source on the
 * workflow buttons, or a part of the time the form does not ask for) is said here.
 */
export function Problems({ error, except = [], shownAt = [] }: { error?: CombinedError; except?: string[]; shownAt?: readonly string[] }) {
  const all = problems(error);
  const atTheirField = new Set(shownAt.map((field) => problemAt(all, field)));
  const shown = all.filter((p) => !except.includes(p.code) && !atTheirField.has(p));
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
