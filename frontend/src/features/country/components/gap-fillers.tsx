// Who could fill each gap of the country on the day (the API's gapFillers, docs/analytics.md):
// functions that are mandated and nobody covers, and functions worked on without a lead, each
// with its best candidates and what their rank rests on.
import { EntityLink, shortName } from '@/components/entity-link';
import type { GapFillersQuery } from '@/gql/graphql';

type Gap = GapFillersQuery['gapFillers'][number];

const KIND_TEXT: Record<Gap['kind'], string> = {
  UNCOVERED: 'mandated, and nobody covers it',
  NO_LEAD: 'worked on, with no lead',
};

export function GapFillers({ gaps }: { gaps: Gap[] }) {
  if (gaps.length === 0) return <p className="empty">No gaps on that day: every mandated function is covered and led.</p>;
  const uncovered = gaps.filter((g) => g.kind === 'UNCOVERED').length;
  return (
    <>
      <p>
        {uncovered} function{uncovered === 1 ? '' : 's'} nobody covers, {gaps.length - uncovered} without a lead. Candidates
        are ranked by their record on the function, their presence here or nearby, the kind of missions they know and how
        many they already carry.
      </p>
      <ul className="gap-list">
        {gaps.map((g) => (
          <li key={`${g.kind}|${g.function.code}`}>
            <details open={g.kind === 'UNCOVERED'}>
              <summary>
                <strong>{g.function.name}</strong>: {KIND_TEXT[g.kind]}
                {g.candidates[0] && ` — first: ${shortName(g.candidates[0].actor)}`}
              </summary>
              <ol>
                {g.candidates.map((c) => (
                  <li key={c.actor.id}>
                    <EntityLink kind="actor" id={c.actor.id} title={c.actor.name}>
                      {shortName(c.actor)}
                    </EntityLink>{' '}
                    <span className="score">score {c.score.toFixed(2)}</span>: {c.reasons.join('; ')}
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
