import { useMemo } from 'react';
import { useAsync } from '@/lib/use-async';
import { loadFundedActivities } from '../api/funded-activities';
import { inPortfolioYear, portfolioYears } from '../utils/audit-year';
import { ActivitiesSection } from './activities-section';
import { FragmentationSection } from './fragmentation-section';
import { LoadFailure } from '@/components/load-failure';
import { OverlapsSection } from './overlaps-section';
import { YearSelect } from './year-select';

type Props = {
  org: { id: string; name: string };
  year: number;
  onYearChange: (year: number) => void;
};

/** The audit of one organisation: what it funds, where that overlaps others, how fragmented the money is. */
export function AuditView({ org, year, onYearChange }: Props) {
  const q = useAsync((signal) => loadFundedActivities(org.id, signal), ['funded-activities', org.id]);
  const all = q.data;
  const years = useMemo(() => (all ? portfolioYears(all, org.id, new Date().getFullYear()) : []), [all, org.id]);
  const activities = useMemo(() => (all ? all.filter((a) => inPortfolioYear(a, org.id, year)) : []), [all, org.id, year]);

  if (q.status === 'loading') return <p role="status">Loading the activities {org.name} funds…</p>;
  if (q.status === 'error') return <LoadFailure what="the activities funded" error={q.error} retry={q.refetch} />;
  return (
    <>
      <YearSelect years={years} value={year} onChange={onYearChange} />
      <ActivitiesSection org={org} year={year} activities={activities} total={q.data.length} />
      <OverlapsSection org={org} year={year} activities={activities} />
      <FragmentationSection org={org} year={year} activities={activities} />
    </>
  );
}
