import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadFailure } from '@/components/load-failure';
import { useQuery } from '@/lib/use-query';
import { useSession } from '@/lib/session';
import { AuditActorDocument } from '../api/actor-search';
import { NO_FILTERS, type AuditFilters } from '../utils/audit-filters';
import { AuditView } from './audit-view';
import { OrgPicker } from './org-picker';
import './audit.css';

type Props = {
  /** The organisation asked for in the address (administrators and officers only). */
  orgId: string | null;
  year: number;
  onOrgChange: (id: string) => void;
  onYearChange: (year: number) => void;
  filters?: AuditFilters;
  onFiltersChange?: (filters: AuditFilters) => void;
  /** The lowest overlap score shown. */
  minScore?: number;
  onMinScoreChange?: (score: number) => void;
};

type Org = { id: string; name: string };

function Page({ org, children }: { org?: Org; children: ReactNode }) {
  return (
    <article className="audit">
      <h1>Funding audit{org && `: ${org.name}`}</h1>
      {children}
    </article>
  );
}

/**
 * Whose funding is audited: a donor's own organisation; administrators and officers choose any
 * (their own by default); anonymous visitors are asked to sign in.
 */
export function AuditPage({
  orgId,
  year,
  onOrgChange,
  onYearChange,
  filters = NO_FILTERS,
  onFiltersChange = () => {},
  minScore = 0,
  onMinScoreChange = () => {},
}: Props) {
  const session = useSession();
  const own = session?.account.org ?? undefined;
  const roles = session?.account.roles ?? [];
  const mayChoose = roles.includes('ADMIN') || roles.includes('OFFICER');
  const chosen = mayChoose ? (orgId ?? own?.id) : own?.id;
  // Only an organisation other than one's own needs its name looked up.
  const lookup = useQuery(AuditActorDocument, { id: chosen ?? '' }, { skip: !chosen || chosen === own?.id });

  const org: Org | undefined = chosen === own?.id ? own : (lookup.data?.actor ?? undefined);
  let body: ReactNode;
  if (!session) {
    body = (
      <p>
        The audit shows what an organisation funds, where that overlaps others’ work and how fragmented the funding
        is. <Link to="/sign-in">Sign in</Link> to see it.
      </p>
    );
  } else if (!chosen) {
    body = mayChoose ? (
      <p>Choose an organisation to audit.</p>
    ) : (
      <p>Your account belongs to no organisation, so there is no funding to audit. An administrator can link it to one.</p>
    );
  } else if (org) {
    body = (
      <AuditView
        org={org}
        year={year}
        onYearChange={onYearChange}
        filters={filters}
        onFiltersChange={onFiltersChange}
        minScore={minScore}
        onMinScoreChange={onMinScoreChange}
      />
    );
  } else if (lookup.status === 'error') {
    body = <LoadFailure what="the organisation" error={lookup.error} retry={lookup.refetch} />;
  } else if (lookup.status === 'success') {
    body = <p role="alert">There is no organisation with the id “{chosen}”.</p>;
  } else {
    body = <p role="status">Loading the organisation…</p>;
  }

  // The picker keeps its place whatever the body shows, so it keeps focus after a choice.
  return (
    <Page org={org}>
      {mayChoose && <OrgPicker onPick={(a) => onOrgChange(a.id)} />}
      {body}
    </Page>
  );
}
