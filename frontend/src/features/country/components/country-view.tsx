import { useId, type ReactNode } from 'react';
import type { ApiError } from '@/lib/graphql-client';
import { useQuery } from '@/lib/use-query';
import { CapacityQuery, CountryMissionsQuery, CoverageQuery, GapFillersQuery, OverlapsQuery, WhoWhatWhereQuery } from '../api/country-queries';
import { CapacityTable } from './capacity-table';
import { CoverageMatrix } from './coverage-matrix';
import { GapFillers } from './gap-fillers';
import { MissionTimeline } from './mission-timeline';
import { OverlapsList } from './overlaps-list';
import { WhoWhatWhere } from './who-what-where';

/** labels: overlaps take in pairs that share only a sector label (the map's choice, kept in the URL). */
type Props = { code: string; at: string; labels?: boolean; onAtChange: (at: string) => void };

const FIRST_YEAR = 1945;
const lastYear = new Date().getFullYear();

/** The same day of the year in another year (28 February for 29 February in a common year). */
export function sameDayIn(year: number, at: string): string {
  const monthDay = at.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

function Failure({ error, retry }: { error: ApiError; retry: () => void }) {
  return (
    <p role="alert" className="error">
      {error.code === 'NOT_FOUND' ? 'Not found.' : `Could not load: ${error.message}`}{' '}
      <button type="button" onClick={retry}>
        Retry
      </button>
    </p>
  );
}

/** A titled section, a landmark named by its title. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function CountryView({ code, at, labels = false, onAtChange }: Props) {
  const country = useQuery(CountryMissionsQuery, { code });
  const coverage = useQuery(CoverageQuery, { country: code, at });
  const overlaps = useQuery(OverlapsQuery, { country: code, at, includeLabels: labels });
  const www = useQuery(WhoWhatWhereQuery, { country: code, at });
  const gaps = useQuery(GapFillersQuery, { country: code, at });
  const capacity = useQuery(CapacityQuery, { country: code, at });

  if (country.status === 'success' && country.data.country == null) {
    return <p role="alert">There is no country with the code {code}.</p>;
  }
  const name = country.status === 'success' ? country.data.country?.name : code;

  return (
    <article>
      <h1>{name}</h1>
      <label>
        On the day{' '}
        <input type="date" value={at} min="1945-01-01" onChange={(e) => e.target.value && onAtChange(e.target.value)} />
      </label>{' '}
      <label>
        Year{' '}
        <input
          type="range"
          min={FIRST_YEAR}
          max={lastYear}
          step={1}
          value={Number(at.slice(0, 4))}
          aria-valuetext={at}
          onChange={(e) => onAtChange(sameDayIn(Number(e.target.value), at))}
        />
      </label>

      <Section title="Coverage">
        {coverage.status === 'loading' && <p role="status">Loading coverage…</p>}
        {coverage.status === 'error' && <Failure error={coverage.error} retry={coverage.refetch} />}
        {coverage.status === 'success' && <CoverageMatrix coverage={coverage.data.coverage} />}
      </Section>

      <Section title="Who could fill the gaps">
        {gaps.status === 'loading' && <p role="status">Loading gaps…</p>}
        {gaps.status === 'error' && <Failure error={gaps.error} retry={gaps.refetch} />}
        {gaps.status === 'success' && <GapFillers gaps={gaps.data.gapFillers} />}
      </Section>

      <Section title={labels ? 'Overlaps on functions and sector labels' : 'Overlaps on functions'}>
        {overlaps.status === 'loading' && <p role="status">Loading overlaps…</p>}
        {overlaps.status === 'error' && <Failure error={overlaps.error} retry={overlaps.refetch} />}
        {overlaps.status === 'success' && (
          <OverlapsList
            overlaps={overlaps.data.overlaps.edges.map((e) => e.node)}
            total={overlaps.data.overlaps.totalCount}
          />
        )}
      </Section>

      <Section title="Who does what where">
        {www.status === 'loading' && <p role="status">Loading activities…</p>}
        {www.status === 'error' && <Failure error={www.error} retry={www.refetch} />}
        {www.status === 'success' && (
          <WhoWhatWhere country={code} at={at} rows={www.data.whoWhatWhere.rows} undated={www.data.whoWhatWhere.undated} />
        )}
      </Section>

      <Section title="Personnel: authorised versus deployed">
        {capacity.status === 'loading' && <p role="status">Loading personnel…</p>}
        {capacity.status === 'error' && <Failure error={capacity.error} retry={capacity.refetch} />}
        {capacity.status === 'success' && <CapacityTable missions={capacity.data.capacity} />}
      </Section>

      <Section title="Missions deployed here">
        {country.status === 'loading' && <p role="status">Loading missions…</p>}
        {country.status === 'error' && <Failure error={country.error} retry={country.refetch} />}
        {country.status === 'success' && <MissionTimeline missions={country.data.country?.missions ?? []} />}
      </Section>
    </article>
  );
}
