import { Client, fetchExchange, subscriptionExchange, cacheExchange as documentCache } from 'urql';
import { cacheExchange, type Cache, type KeyingConfig, type UpdatesConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { createClient as createWebSocketClient, type Client as WebSocketClient } from 'graphql-ws';
import type { IntrospectionQuery } from 'graphql';
import schemaJson from '../gql/schema.json';
import { forgetChanged, type Change } from '../live/stale';
import { invalidateList } from './lists';
import type { Session } from '../auth/session';

const schema = schemaJson as unknown as IntrospectionQuery;

/**
 * Types without an id (connections, edges, times, sources, ...) are values inside their
 * parent, not records of their own; everything with an id is one record in the cache, so an
 * edit shows everywhere the record is shown.
 */
export function embeddedTypes(introspection: IntrospectionQuery): KeyingConfig {
  const keys: KeyingConfig = {};
  for (const type of introspection.__schema.types) {
    if (type.kind === 'OBJECT' && !type.name.startsWith('__') && !type.fields.some((field) => field.name === 'id')) {
      keys[type.name] = () => null;
    }
  }
  return keys;
}

/** The user's access tokens, and who to tell when the gateway refuses one. */
type Credentials = Pick<Session, 'token' | 'refused'>;

/**
 * Every request with the user's token. A refused token (HTTP 401: one kept from before Keycloak's
 * keys changed, say) is said so, and the request is sent once more with a fresh one.
 */
function authorisedFetch(credentials: Credentials): typeof fetch {
  const send = async (input: Parameters<typeof fetch>[0], init: RequestInit | undefined, token: string) => {
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  return async (input, init) => {
    const token = await credentials.token();
    const answer = await send(input, init, token);
    if (answer.status !== 401) return answer;
    credentials.refused(token);
    const fresh = await credentials.token();
    return fresh === token ? answer : send(input, init, fresh);
  };
}

/** The newsroom's one socket for subscriptions (graphql-transport-ws on /graphql). */
export function liveSocket(credentials: Credentials): WebSocketClient {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  // Lazy: the socket opens with the first subscription, with a fresh token in connection_init.
  return createWebSocketClient({
    url: url.toString(),
    lazy: true,
    connectionParams: async () => ({ Authorization: `Bearer ${await credentials.token()}` }),
  });
}

/** Lists that grow with "load more": pages with the same filters are one list in the cache. */
const pagedLists = {
  Query: {
    stories: relayPagination(),
    timeline: relayPagination(),
    searchQuotes: relayPagination(),
    searchEntities: relayPagination(),
    entities: relayPagination(),
  },
  Story: { timeline: relayPagination(), quotes: relayPagination() },
  Person: { events: relayPagination(), quotes: relayPagination() },
};

type StoryChild = { storyId?: string | null } | null | undefined;

/** The lists of entities (by name, and search): adding, merging, archiving, restoring or deleting changes them. */
function entityListsChanged(cache: Cache) {
  invalidateList(cache, 'Query', 'entities');
  invalidateList(cache, 'Query', 'searchEntities');
}

/** The kinds of entity, each a type of its own in the cache (`Person:<id>`, ...). */
const ENTITY_TYPES = ['Person', 'Organisation', 'Place', 'Delegation'];

/**
 * A created or merged record changes lists whose order and filters only the server knows: those
 * lists are fetched again rather than guessed.
 */
export const updates: UpdatesConfig = {
  Mutation: {
    createStory: (_result, _args, cache) => invalidateList(cache, 'Query', 'stories'),
    createEvent: (result, _args, cache) => {
      invalidateList(cache, 'Query', 'timeline');
      const event = result.createEvent as StoryChild;
      invalidateList(cache, cache.keyOfEntity({ __typename: 'Story', id: event?.storyId ?? '' }), 'timeline');
    },
    createQuote: (result, _args, cache) => {
      invalidateList(cache, 'Query', 'searchQuotes');
      const quote = result.createQuote as StoryChild;
      invalidateList(cache, cache.keyOfEntity({ __typename: 'Story', id: quote?.storyId ?? '' }), 'quotes');
    },
    acceptQuotes: (result, _args, cache) => {
      invalidateList(cache, 'Query', 'searchQuotes');
      for (const quote of (result.acceptQuotes ?? []) as StoryChild[]) {
        invalidateList(cache, cache.keyOfEntity({ __typename: 'Story', id: quote?.storyId ?? '' }), 'quotes');
      }
    },
    createEntity: (_result, _args, cache) => entityListsChanged(cache),
    mergeEntity: (result, args, cache) => {
      entityListsChanged(cache);
      // the survivor now holds the duplicate's names, titles, quotes and events, and the duplicate
      // points at it (a merge is between records of one kind): both are fetched again where shown
      const survivor = result.mergeEntity as { __typename?: string; id?: string } | null;
      if (survivor?.__typename && survivor.id) {
        cache.invalidate({ __typename: survivor.__typename, id: survivor.id });
        cache.invalidate({ __typename: survivor.__typename, id: String(args.duplicateId) });
      }
    },
    // a new name or alias is found by other searches; an archived record leaves the lists, a restored one comes back
    updateEntity: (_result, _args, cache) => invalidateList(cache, 'Query', 'searchEntities'),
    archiveEntity: (_result, _args, cache) => entityListsChanged(cache),
    restoreEntity: (_result, _args, cache) => entityListsChanged(cache),
    deleteEntity: (result, args, cache) => {
      if (!result.deleteEntity) return;
      for (const typename of ENTITY_TYPES) cache.invalidate({ __typename: typename, id: String(args.id) });
      entityListsChanged(cache);
    },
  },
  Subscription: {
    // another user's change (or one's own, from another tab): what it made stale is fetched again
    storyChanges: (result, args, cache) => {
      const change = result.storyChanges as Change | null;
      if (change) forgetChanged(cache, String(args.storyId), change);
    },
  },
};

function overSocket(ws: WebSocketClient) {
  return subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
    }),
  });
}

/** The client of the editor: a normalised cache, every request with the user's token. */
export function newsroomClient(credentials: Credentials, ws: WebSocketClient): Client {
  return new Client({
    url: '/graphql',
    fetch: authorisedFetch(credentials),
    // the gateway takes GraphQL over POST only (no GET: a query in a URL ends up in logs)
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange({
        schema,
        // a change names a record by the record's id, but is not that record: never kept as one
        keys: { ...embeddedTypes(schema), StoryChange: () => null },
        resolvers: pagedLists,
        updates,
      }),
      fetchExchange,
      overSocket(ws),
    ],
  });
}

/**
 * Subscriptions past the cache, on the same socket (see FollowingClientContext): what an open
 * edit form follows, without the cache fetching its record again under it.
 */
export function followingClient(ws: WebSocketClient): Client {
  return new Client({ url: '/graphql', exchanges: [overSocket(ws)] });
}

/**
 * The client for the past (history, a story as of a moment): its records carry the ids of
 * today's records, so they are kept out of the normalised cache, where they would overwrite
 * the present.
 */
export function pastClient(credentials: Credentials): Client {
  return new Client({
    url: '/graphql',
    fetch: authorisedFetch(credentials),
    preferGetMethod: false,
    requestPolicy: 'network-only',
    exchanges: [documentCache, fetchExchange],
  });
}
