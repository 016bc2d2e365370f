import type { OverlapsQuery } from '@/gql/graphql';
import { readableAreas } from '../utils/areas';
import { EntityLink } from '@/components/entity-link';
import { distinctLabels } from '@/lib/distinct-labels';
import { SubjectLink } from './subject-link';
import { subjectKey, subjectLabel } from './subject-label';

type Overlap = OverlapsQuery['overlaps']['edges'][number]['node'];
type Side = Overlap['a'];

/**
 * The labels of a pair's records and organisations: where both sides bear the same label
 * ("UNMIK ↔ UNMIK", two organisations called "EU"), each gets what tells it apart.
 */
function pairLabels(o: Overlap): Map<string, string> {
  const sides = [o.a, o.b];
  const period = (s: Side) => `${s.from ?? '…'} – ${s.to ?? 'ongoing'}`;
  return new Map([
    ...distinctLabels(
      sides.map((s) => ({
        key: subjectKey(s.subject),
        label: subjectLabel(s.subject),
        details: [
          s.subject.__typename === 'Mission' ? s.subject.name : null,
          s.subject.__typename === 'Mission' ? 'mission' : 'activity',
          period(s),
        ],
      })),
    ),
    ...distinctLabels(sides.flatMap((s) => s.actors.map((a) => ({ key: `actor:${a.id}`, label: a.acronym || a.name, details: [a.name] })))),
  ]);
}

/** One side of a pair: its mission or activity and, in brackets, its organisations, each a link. */
function SideLinks({ side: s, labels }: { side: Side; labels: Map<string, string> }) {
  return (
    <>
      <SubjectLink subject={s.subject} label={labels.get(subjectKey(s.subject))} />
      {s.actors.length > 0 && (
        <>
          {' ('}
          {s.actors.map((a, i) => (
            <span key={a.id}>
              {i > 0 && ', '}
              <EntityLink kind="actor" id={a.id} title={a.name}>
                {labels.get(`actor:${a.id}`) ?? (a.acronym || a.name)}
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
        {overlaps.map((o, i) => {
          const labels = pairLabels(o);
          return (
            <li key={i}>
              <strong>
                <SideLinks side={o.a} labels={labels} /> ↔ <SideLinks side={o.b} labels={labels} />
              </strong>{' '}
              <span className="score">score {o.score.toFixed(2)}</span>
              <div>Shared: {[...o.sharedFunctions.map((f) => f.name), ...o.sharedLabels].join(', ')}</div>
              <div className="place">{placeText(o.place)}</div>
              <div className="explanation">{o.explanation}</div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
