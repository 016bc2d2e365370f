import type { OverlapsQuery } from '@/gql/graphql';
import { readableAreas } from '../utils/areas';
import { subjectLabel } from './subject-label';

type Overlap = OverlapsQuery['overlaps']['edges'][number]['node'];
type Side = Overlap['a'];

function side(s: Side) {
  const who = s.actors.map((a) => a.acronym || a.name).join(', ');
  return `${subjectLabel(s.subject)}${who ? ` (${who})` : ''}`;
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
              {side(o.a)} ↔ {side(o.b)}
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
