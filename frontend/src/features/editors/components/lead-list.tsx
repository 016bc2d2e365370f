import type { RefObject } from 'react';
import { LoadFailure } from '@/components/load-failure';
import type { QueryState } from '@/lib/use-query';
import type { LeadsInCountryQuery } from '@/gql/graphql';
import type { LeadRecord } from '../utils/lead-values';

type Props = {
  headingRef: RefObject<HTMLHeadingElement | null>;
  country: string;
  leads: QueryState<LeadsInCountryQuery> & { refetch: () => void };
  mayChange: (lead: LeadRecord) => boolean;
  onEdit: (lead: LeadRecord) => void;
  onRemove: (lead: LeadRecord) => void;
  busy: boolean;
};

function describe(l: LeadRecord) {
  return `${l.actor.acronym || l.actor.name} for ${l.function.name}`;
}

/** The leads recorded in a country, each with the actions the user may take on it. */
export function LeadList({ headingRef, country, leads, mayChange, onEdit, onRemove, busy }: Props) {
  const name = leads.data?.leads[0]?.country.name ?? country;
  return (
    <section className="lead-list">
      <h2 ref={headingRef} tabIndex={-1}>
        Leads recorded in {name}
      </h2>
      {leads.status === 'loading' && <p role="status">Loading the leads…</p>}
      {leads.status === 'error' && <LoadFailure what="the leads" error={leads.error} retry={leads.refetch} />}
      {leads.status === 'success' && leads.data.leads.length === 0 && <p className="empty">No lead is recorded here.</p>}
      {leads.status === 'success' && leads.data.leads.length > 0 && (
        <ul className="plain">
          {leads.data.leads.map((l) => (
            <li key={`${l.function.code}/${l.actor.id}/${l.from ?? ''}`} className="lead-entry">
              <strong>{describe(l)}</strong> · {l.from ?? 'unknown'} – {l.to ?? 'ongoing'}
              {l.note && <div className="hint">{l.note}</div>}
              {mayChange(l) && (
                <span className="lead-actions">
                  <button type="button" aria-label={`Edit: ${describe(l)}`} onClick={() => onEdit(l)}>
                    Edit
                  </button>{' '}
                  <button type="button" aria-label={`Remove: ${describe(l)}`} disabled={busy} onClick={() => onRemove(l)}>
                    Remove
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
