// Live overlap alerts for a country: each overlap a write or an import creates or rescores
// there appears the moment it is committed (the API's overlapAlerts subscription).
import { useState } from 'react';
import { EntityLink } from '@/components/entity-link';
import type { OverlapAlertsSubscription as Message } from '@/gql/graphql';
import { useSubscription } from '@/lib/subscriptions';
import { OverlapAlertsSubscription } from '../api/overlap-alerts';

type Alert = Message['overlapAlerts'];
type Side = NonNullable<Alert['overlap']>['a'];

/** How many alerts stay on screen: the latest. */
const KEEP = 20;

function SideLink({ side }: { side: Side }) {
  const s = side.subject;
  return (
    <EntityLink kind={s.__typename === 'Mission' ? 'mission' : 'activity'} id={s.id}>
      {s.__typename === 'Mission' ? s.acronym || s.name : s.title}
    </EntityLink>
  );
}

export function LiveOverlapAlerts({ country }: { country: string }) {
  const [alerts, setAlerts] = useState<(Alert & { at: string })[]>([]);
  const sub = useSubscription(OverlapAlertsSubscription, { country, minScore: 0 }, (data) =>
    setAlerts((prev) => [{ ...data.overlapAlerts, at: new Date().toLocaleTimeString() }, ...prev].slice(0, KEEP)),
  );
  return (
    <>
      <p role="status">
        {sub.status === 'connecting' && 'Connecting…'}
        {sub.status === 'live' && 'Watching: new or rescored overlaps here appear below as they are recorded.'}
        {(sub.status === 'ended' || sub.status === 'error') && (
          <>
            Not watching: {sub.error ?? 'the connection ended'}.{' '}
            <button type="button" onClick={sub.restart}>
              Watch again
            </button>
          </>
        )}
      </p>
      <ol className="overlaps" aria-live="polite" aria-label="Live overlap alerts">
        {alerts.map((a, i) => (
          <li key={alerts.length - i}>
            {a.kind === 'DROPPED' || !a.overlap ? (
              <span>
                {a.dropped} alerts were missed while this page was busy; reload the overlaps above.
              </span>
            ) : (
              <>
                <strong>{a.kind === 'NEW' ? 'New' : 'Rescored'}</strong> at {a.at}: <SideLink side={a.overlap.a} /> ↔{' '}
                <SideLink side={a.overlap.b} /> <span className="score">score {a.overlap.score.toFixed(2)}</span>
                <div className="explanation">{a.overlap.explanation}</div>
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
