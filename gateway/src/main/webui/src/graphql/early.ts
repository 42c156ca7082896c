import { createRequest, formatDocument, makeOperation, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { makeFetchBody, makeFetchOptions } from '@urql/core/internal';

/**
 * A query sent before the GraphQL client exists (issue 10's first page: the page's request leaves
 * the moment the user is signed in, while the app's script may still be loading). The client takes
 * it over when it sends the same body (see `newsroomClient`): the answer goes through the client
 * and its cache as if the client had sent the request itself.
 */
export interface EarlyRequest {
  /** Exactly what the client sends for the same query and variables. */
  body: string;
  /** The answer, unread; the request leaves once the token is there. */
  answer: Promise<Response>;
}

/**
 * What the newsroom client's `fetch` is given for a query: urql's own serialisation of the
 * document as the normalised cache forwards it (with `__typename` added to every selection, which
 * the cache needs to know its records), and urql's headers. Built with urql's functions, not
 * copied, so that the two cannot drift.
 */
export function queryFetchOptions<Variables extends AnyVariables>(query: TypedDocumentNode<unknown, Variables>,
  variables: Variables): { body: string; headers: Record<string, string> } {
  const request = createRequest(query, variables);
  // as graphcache forwards a query (its prepareForwardedOperation): the same key, the formatted document
  const operation = makeOperation('query', { ...request, query: formatDocument(request.query) }, {
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
  });
  const options = makeFetchOptions(operation, makeFetchBody(operation));
  return { body: options.body as string, headers: options.headers as Record<string, string> };
}

/** The request a newsroom client would send, sent now; it waits for the token first. */
export function sendEarly<Variables extends AnyVariables>(query: TypedDocumentNode<unknown, Variables>, variables: Variables,
  token: () => Promise<string>): EarlyRequest {
  const { body, headers } = queryFetchOptions(query, variables);
  const answer = token().then((bearer) => fetch('/graphql', {
    method: 'POST',
    body,
    headers: { ...headers, Authorization: `Bearer ${bearer}` },
  }));
  answer.catch(() => {}); // a failure reaches the client, which sends the request again itself
  return { body, answer };
}
