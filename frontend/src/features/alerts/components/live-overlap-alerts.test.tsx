import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveOverlapAlerts } from './live-overlap-alerts';

// A stand-in for the websocket client: the test plays the server's messages.
type Sink = { next: (m: unknown) => void; error: (e: unknown) => void; complete: () => void };
const sinks: { payload: { query: string; variables: Record<string, unknown> }; sink: Sink }[] = [];
vi.mock('graphql-ws', () => ({
  createClient: () => ({
    on: (_event: string, _listener: () => void) => () => {},
    subscribe: (payload: { query: string; variables: Record<string, unknown> }, sink: Sink) => {
      sinks.push({ payload, sink });
      return () => {};
    },
    dispose: () => {},
  }),
}));

beforeEach(() => {
  sinks.length = 0;
});

const side = (id: string, title: string) => ({ subject: { __typename: 'Activity', id, title } });

describe('LiveOverlapAlerts', () => {
  it("subscribes to the country's overlaps and shows each alert as it arrives", async () => {
    render(<LiveOverlapAlerts country="XKX" />, { wrapper: MemoryRouter });
    expect(sinks).toHaveLength(1);
    expect(sinks[0].payload.query).toContain('subscription OverlapAlerts');
    expect(sinks[0].payload.variables).toEqual({ country: 'XKX', minScore: 0 });

    act(() =>
      sinks[0].sink.next({
        data: {
          overlapAlerts: {
            kind: 'NEW',
            dropped: 0,
            overlap: { score: 0.5, explanation: 'Both work on justice in Kosovo.', sharedFunctions: [], a: side('LIVE-1', 'Court monitoring'), b: { subject: { __typename: 'Mission', id: 'unmik', acronym: 'UNMIK', name: 'UNMIK' } } },
          },
        },
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Watching');
    const list = screen.getByRole('list', { name: 'Live overlap alerts' });
    expect(list).toHaveTextContent(/New at .*: Court monitoring ↔ UNMIK score 0.50/);
    expect(screen.getByRole('link', { name: 'Court monitoring' })).toHaveAttribute('href', '/activity/LIVE-1');

    act(() => sinks[0].sink.next({ data: { overlapAlerts: { kind: 'DROPPED', dropped: 7, overlap: null } } }));
    expect(list.firstElementChild).toHaveTextContent('7 alerts were missed');

    act(() => sinks[0].sink.error(new Error('token expired')));
    expect(screen.getByRole('status')).toHaveTextContent('Not watching: token expired. Watch again');
  });
});
