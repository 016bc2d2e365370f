// Subscriptions over the API's websocket (graphql-transport-ws, the graphql-ws client). The
// token goes in connection_init — a browser cannot set headers on a websocket — and is read
// afresh at each (re)connection, so a renewed token is used once the server closes the
// connection of the expired one. Signing in or out opens a new connection.
import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '@/gql/graphql';
import { GRAPHQL_ENDPOINT } from './graphql-client';
import { getAccessToken, getSession, subscribeSession } from './session';

let client: Client | null = null;
let clientViewer: string | undefined;

function viewer(): string {
  return getSession()?.account.email ?? '';
}

function websocketURL(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_ENDPOINT}`;
}

/** The connection for the signed-in account (or anonymous), opened at the first subscription. */
function currentClient(): Client {
  if (!client || clientViewer !== viewer()) {
    void client?.dispose();
    clientViewer = viewer();
    client = createClient({
      url: websocketURL(),
      lazy: true,
      retryAttempts: 5,
      connectionParams: () => {
        const token = getAccessToken();
        return token ? { Authorization: `Bearer ${token}` } : {};
      },
    });
  }
  return client;
}

subscribeSession(() => {
  if (client && clientViewer !== viewer()) {
    void client.dispose();
    client = null;
  }
});

export type SubscriptionStatus = 'connecting' | 'live' | 'ended' | 'error';

/**
 * Subscribes to document with variables while the component is mounted (and skip is false),
 * calling onData with each message's data. Returns the status and the last error message.
 */
export function useSubscription<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
  opts: { skip?: boolean } = {},
): { status: SubscriptionStatus; error?: string; restart: () => void } {
  const [status, setStatus] = useState<SubscriptionStatus>('connecting');
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const onDataRef = useRef(onData);
  onDataRef.current = onData;
  const key = JSON.stringify(variables);

  useEffect(() => {
    if (opts.skip) return;
    setStatus('connecting');
    setError(undefined);
    const c = currentClient();
    const stopConnected = c.on('connected', () => setStatus('live'));
    const stop = c.subscribe<TResult>(
      { query: document.toString(), variables: JSON.parse(key) as Record<string, unknown> },
      {
        next: (msg) => {
          setStatus('live');
          if (msg.errors?.length) setError(msg.errors[0].message);
          if (msg.data) onDataRef.current(msg.data as TResult);
        },
        error: (e: unknown) => {
          setStatus('error');
          setError(e instanceof Error ? e.message : Array.isArray(e) ? String(e[0]?.message ?? e[0]) : 'the connection closed');
        },
        complete: () => setStatus('ended'),
      },
    );
    return () => {
      stopConnected();
      stop();
    };
  }, [document, key, opts.skip, attempt]);

  return { status, error, restart: () => setAttempt((n) => n + 1) };
}
