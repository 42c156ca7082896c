import type { CombinedError } from 'urql';
import { problems } from '../graphql/errors';

/**
 * What went wrong, in words, for errors that are not shown at a field. A service that did not
 * answer is said as such: the rest of the page stays. `shownAt` lists the fields the form shows
 * errors at; without it, every BAD_USER_INPUT naming a field is taken to be shown at that field.
 * A rule about a field the form does not have (publishing needs a source, on the workflow
 * buttons) is then said here.
 */
export function Problems({ error, except = [], shownAt }: { error?: CombinedError; except?: string[]; shownAt?: readonly string[] }) {
  const atItsField = (field?: string) => !!field && (!shownAt || shownAt.some((f) => field === f || field.endsWith('.' + f)
    || field.startsWith(f + '.') || field.startsWith(f + '[')));
  const shown = problems(error).filter((p) => !except.includes(p.code) && !(p.code === 'BAD_USER_INPUT' && atItsField(p.field)));
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
