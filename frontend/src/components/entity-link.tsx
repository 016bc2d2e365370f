// Every name in the app is a link to its record's page: one component, so the paths are
// written in one place.
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The records with a page of their own. */
export type EntityKind = 'actor' | 'mission' | 'activity' | 'country';

/** /actor/<id>, /mission/<id>, /activity/<id> (ids encoded: IATI ids hold slashes), /country/<CODE>. */
export function entityPath(kind: EntityKind, id: string): string {
  return kind === 'country' ? `/country/${encodeURIComponent(id.toUpperCase())}` : `/${kind}/${encodeURIComponent(id)}`;
}

/** An actor or mission's short name: its acronym when it has one. */
export function shortName(r: { name: string; acronym?: string | null }): string {
  return r.acronym || r.name;
}

type Props = {
  kind: EntityKind;
  id: string;
  children: ReactNode;
  /** Shown on hover and read by screen readers after the name, e.g. the full name of an acronym. */
  title?: string;
  className?: string;
};

/** A record's name as a link to its profile page. */
export function EntityLink({ kind, id, children, title, className }: Props) {
  return (
    <Link to={entityPath(kind, id)} title={title} className={className}>
      {children}
    </Link>
  );
}
