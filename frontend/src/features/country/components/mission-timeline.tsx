import { EntityLink } from '@/components/entity-link';
import type { MissionModel } from '@/gql/graphql';

type M = {
  id: string;
  name: string;
  acronym?: string | null;
  start?: string | null;
  end?: string | null;
  model: MissionModel;
};

const MODEL: Record<MissionModel, string> = {
  MEDIATION: 'Mediation',
  MONITORING: 'Monitoring',
  TRAINING_SUPPORT: 'Training and support',
  PEACEKEEPING: 'Peacekeeping',
  PREVENTIVE: 'Preventive',
};

/** Missions deployed in the country, oldest first; ongoing ones say so. */
export function MissionTimeline({ missions }: { missions: M[] }) {
  if (missions.length === 0) return <p className="empty">No missions recorded in this country.</p>;
  const sorted = [...missions].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  return (
    <ol className="timeline">
      {sorted.map((m) => (
        <li key={m.id}>
          <span className="period">
            {m.start ?? 'unknown'} – {m.end ?? 'ongoing'}
          </span>{' '}
          <strong>
            <EntityLink kind="mission" id={m.id}>
              {m.acronym || m.name}
            </EntityLink>
          </strong>
          {m.acronym && <span> — {m.name}</span>} <span className="tag">{MODEL[m.model] ?? m.model}</span>
        </li>
      ))}
    </ol>
  );
}
