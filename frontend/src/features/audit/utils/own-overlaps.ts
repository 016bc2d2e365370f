// Which overlap pairs concern the audited organisation, turned so that its side comes first.
import type { Overlap } from '../api/country-overlaps';

type Side = Overlap['a'];

export type OverlapSideView = {
  kind: 'Mission' | 'Activity';
  id: string;
  label: string;
  /** The actors of the side: a mission's lead and contributors, an activity's implementers and funders. */
  actors: string[];
};

export type OwnOverlap = {
  country: { code: string; name: string };
  own: OverlapSideView;
  other: OverlapSideView;
  /** The other side is the organisation's too (two of its own activities overlap). */
  otherIsOwn: boolean;
  sharedFunctions: string[];
  from?: string | null;
  to?: string | null;
  score: number;
  explanation: string;
};

function view(side: Side): OverlapSideView {
  const s = side.subject;
  return {
    kind: s.__typename,
    id: s.id,
    label: s.__typename === 'Mission' ? s.acronym || s.name : s.title,
    actors: side.actors.map((a) => a.acronym || a.name),
  };
}

/**
 * The pairs where a side is one of the organisation's: an activity it funds (by id), or a
 * mission it leads or contributes to (the API records no funding of missions). Highest score first.
 */
export function ownOverlaps(overlaps: Overlap[], fundedIds: ReadonlySet<string>, orgId: string): OwnOverlap[] {
  const isOwn = (side: Side) =>
    side.subject.__typename === 'Activity'
      ? fundedIds.has(side.subject.id)
      : side.actors.some((a) => a.id === orgId);
  const rows: OwnOverlap[] = [];
  for (const o of overlaps) {
    const ownA = isOwn(o.a);
    const ownB = isOwn(o.b);
    if (!ownA && !ownB) continue;
    const [own, other] = ownA ? [o.a, o.b] : [o.b, o.a];
    rows.push({
      country: o.country,
      own: view(own),
      other: view(other),
      otherIsOwn: ownA && ownB,
      sharedFunctions: o.sharedFunctions.map((f) => f.name),
      from: o.from,
      to: o.to,
      score: o.score,
      explanation: o.explanation,
    });
  }
  return rows.sort(
    (x, y) => y.score - x.score || x.country.code.localeCompare(y.country.code) || x.own.label.localeCompare(y.own.label),
  );
}
