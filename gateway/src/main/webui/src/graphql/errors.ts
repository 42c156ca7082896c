import type { CombinedError } from 'urql';

/** The gateway's error codes (extensions.code), as DESIGN names them. */
export type ErrorCode =
  | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT' | 'UNAVAILABLE'
  | 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED' | 'INTERNAL';

export interface Problem {
  code: ErrorCode | string;
  message: string;
  /** For BAD_USER_INPUT: the input field it is about, as the client wrote it. */
  field?: string;
  /** For CONFLICT: the version the record has now. */
  currentVersion?: number;
  path: readonly (string | number)[];
}

export function problems(error: CombinedError | undefined): Problem[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ code: 'UNAVAILABLE', message: 'The gateway did not answer. Check the connection and try again.', path: [] }];
  }
  return error.graphQLErrors.map((e) => {
    const extensions = (e.extensions ?? {}) as Record<string, unknown>;
    return {
      code: String(extensions.code ?? 'INTERNAL'),
      message: e.message,
      field: typeof extensions.field === 'string' ? extensions.field : undefined,
      currentVersion: typeof extensions.currentVersion === 'number' ? extensions.currentVersion : undefined,
      path: e.path ?? [],
    };
  });
}

/** The problem of a given code, if the answer has one. */
export function problemOf(error: CombinedError | undefined, code: ErrorCode): Problem | undefined {
  return problems(error).find((p) => p.code === code);
}

/** Whether a part of the answer (by its path prefix) is missing because a service failed. */
export function missing(error: CombinedError | undefined, ...path: (string | number)[]): boolean {
  return problems(error).some((p) => p.code === 'UNAVAILABLE' && path.every((segment, i) => p.path[i] === segment));
}

/**
 * The problem a field shows (the first BAD_USER_INPUT naming it, or a part of it), if any. A field
 * of a list's item is that item's: `aliases[0].name` is an alias's name, not the record's `name`.
 */
export function problemAt(all: readonly Problem[], field: string): Problem | undefined {
  return all.find((p) => p.code === 'BAD_USER_INPUT' && p.field !== undefined
    && (p.field === field || p.field.startsWith(field + '.') || p.field.startsWith(field + '[')
      || (p.field.endsWith('.' + field) && !p.field.slice(0, -field.length - 1).includes('['))));
}

/** The message for one input field (BAD_USER_INPUT naming it), if any. */
export function fieldError(error: CombinedError | undefined, field: string): string | undefined {
  return problemAt(problems(error), field)?.message;
}
