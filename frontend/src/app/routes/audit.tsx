import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { ALL_YEARS } from '@/features/audit/utils/audit-year';

// Loaded when opened, not with the map.
const AuditPage = lazy(() => import('@/features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })));

/** /audit?org=<actor id>&year=<YYYY>; no year: all years. */
export function AuditRoute() {
  const [params, setParams] = useSearchParams();
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : ALL_YEARS;

  function update(key: 'org' | 'year', value: string | null) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: key === 'year' },
    );
  }

  return (
    <Suspense fallback={<p role="status">Loading the audit…</p>}>
      <AuditPage
        orgId={params.get('org')}
        year={year}
        onOrgChange={(id) => update('org', id)}
        onYearChange={(y) => update('year', y === ALL_YEARS ? null : String(y))}
      />
    </Suspense>
  );
}
