import type { OverlapsQuery } from '@/gql/graphql';
import { readableAreas } from '../utils/areas';
import { EntityLink } from '@/components/entity-link';
import { SubjectLink } from './subject-link';

type Overlap = OverlapsQuery['overlaps']['edges'][number]['node'];
type Side = Overlap['a'];

/** One side of a pair: its mission or activity and, in brackets, its organisations, each a link. */
function SideLinks({ side: s }: { side: Side }) {
  return (
    <>
      <SubjectLink subject={s.subject} />
      {s.actors.length > 0 && (
        <>
          {' ('}
          {s.actors.map((a, i) => (
            <span key={a.id}>
              {i > 0 && ', '}
              <EntityLink kind="actor" id={a.id} title={a.name}>
                {a.acronym || a.name}
              </EntityLink>
            </span>
          ))}
          {')'}
        </>
      )}
    </>
  );
}

function placeText(p: Overlap['place']): string {
  const areas = readableAreas(p.areas).join(', ');
  switch (p.level) {
    case 'ADMIN2':
      return `Same district: ${areas}`;
    case 'ADMIN1':
      return `Same province: ${areas}`;
    default:
      return 'Same country; one side names no area within it';
  }
}

export function OverlapsList({ overlaps, total }: { overlaps: Overlap[]; total: number }) {
  if (overlaps.length === 0) return <p className="empty">No overlapping missions or activities on that day.</p>;
  return (
    <>
      {total > overlaps.length && (
        <p>
          Showing the {overlaps.length} highest-scoring of {total} overlaps.
        </p>
      )}
      <ol className="overlaps">
        {overlaps.map((o, i) => (
          <li key={i}>
            <strong>
              <SideLinks side={o.a} /> ↔ <SideLinks side={o.b} />
            </strong>{' '}
            <span className="score">score {o.score.toFixed(2)}</span>
            <div>Shared: {[...o.sharedFunctions.map((f) => f.name), ...o.sharedLabels].join(', ')}</div>
            <div className="place">{placeText(o.place)}</div>
            <div className="explanation">{o.explanation}</div>
          </li>
        ))}
      </ol>
    </>
  );
}
