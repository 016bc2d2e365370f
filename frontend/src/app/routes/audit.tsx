import { lazy, Suspense, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { FunctionCode } from '@/gql/graphql';
import { ALL_YEARS } from '@/features/audit/utils/audit-year';

// Loaded when opened, not with the map.
const AuditPage = lazy(() => import('@/features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })));

type Key = 'org' | 'year' | 'country' | 'function' | 'min';

/**
 * /audit?org=<actor id>&year=<YYYY>&country=<ISO3>&function=<code>&min=<score>; no year: all
 * years; no country or function: all; no min: every overlap.
 */
export function AuditRoute() {
  const [params, setParams] = useSearchParams();
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : ALL_YEARS;
  const country = params.get('country');
  const fn = params.get('function') as FunctionCode | null;
  const filters = useMemo(() => ({ country, function: fn }), [country, fn]);
  const min = Number(params.get('min') ?? '0');
  const minScore = Number.isFinite(min) ? Math.min(1, Math.max(0, min)) : 0;

  function update(changes: Partial<Record<Key, string | null>>, push = false) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === undefined) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      // Choosing another organisation is a new page in the history; narrowing it is not.
      { replace: !push },
    );
  }

  return (
    <Suspense fallback={<p role="status">Loading the audit…</p>}>
      <AuditPage
        orgId={params.get('org')}
        year={year}
        onOrgChange={(id) => update({ org: id }, true)}
        onYearChange={(y) => update({ year: y === ALL_YEARS ? null : String(y) })}
        filters={filters}
        onFiltersChange={(f) => update({ country: f.country, function: f.function })}
        minScore={minScore}
        onMinScoreChange={(s) => update({ min: s > 0 ? String(s) : null })}
      />
    </Suspense>
  );
}
