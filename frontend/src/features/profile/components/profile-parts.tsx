// The pieces every profile is made of: a section of relations, the timeline, and the links to
// the other views of the same record.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { EntityLink } from '@/components/entity-link';
import { profileLinks, type ProfileKind } from '../utils/profile-links';
import type { TimelineEvent } from '../utils/timeline';

/** Long lists (an organisation implementing hundreds of activities) show this many until asked. */
export const LIST_PREVIEW = 25;

type RelationProps<T> = {
  title: string;
  items: T[];
  render: (item: T) => ReactNode;
  itemKey: (item: T, index: number) => string;
  /** Said when there are none; no section at all when left out. */
  none?: string;
};

/** A titled list of related records; long ones are cut until "Show all" is pressed. */
export function Relation<T>({ title, items, render, itemKey, none }: RelationProps<T>) {
  const [all, setAll] = useState(false);
  if (items.length === 0 && !none) return null;
  const id = `rel-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const shown = all ? items : items.slice(0, LIST_PREVIEW);
  return (
    <section aria-labelledby={id} className="profile-relation">
      <h2 id={id}>
        {title} {items.length > 0 && <span className="note">({items.length})</span>}
      </h2>
      {items.length === 0 ? (
        <p className="empty">{none}</p>
      ) : (
        <ul>
          {shown.map((item, i) => (
            <li key={itemKey(item, i)}>{render(item)}</li>
          ))}
        </ul>
      )}
      {shown.length < items.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {items.length}
        </button>
      )}
    </section>
  );
}

/** Timelines longer than this (the UN's 77 missions make about 160 events) show this many until asked. */
export const TIMELINE_PREVIEW = 40;

/** The dated events, oldest first. */
export function ProfileTimeline({ events }: { events: TimelineEvent[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? events : events.slice(0, TIMELINE_PREVIEW);
  return (
    <section aria-labelledby="profile-timeline" className="profile-relation">
      <h2 id="profile-timeline">Timeline</h2>
      {events.length === 0 ? (
        <p className="empty">Nothing here is dated.</p>
      ) : (
        <ol className="profile-timeline">
          {shown.map((e, i) => (
            <li key={i}>
              <time dateTime={e.date}>{e.date}</time> {e.what}
              {e.subject && (
                <>
                  {': '}
                  {e.subject.kind ? (
                    <EntityLink kind={e.subject.kind} id={e.subject.id}>
                      {e.subject.name}
                    </EntityLink>
                  ) : (
                    e.subject.name
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {shown.length < events.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {events.length} events
        </button>
      )}
    </section>
  );
}

type LinksProps = { kind: ProfileKind; id: string; funder?: boolean; editable?: boolean };

/** The network focused on the record; the funding audit of a funder; its editor for those who may change it. */
export function ProfileLinks(props: LinksProps) {
  const links = profileLinks(props);
  return (
    <nav aria-label="Other views" className="profile-links">
      <ul className="plain">
        {links.map((l) => (
          <li key={l.href}>
            <Link to={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Term and description pairs of a record's own facts; empty values are left out. */
export function Facts({ facts }: { facts: [string, ReactNode][] }) {
  const kept = facts.filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  return (
    <dl className="profile-facts">
      {kept.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
