import { useMemo, useState } from 'react';
import { EntityLink } from '@/components/entity-link';
import type { WhoWhatWhereQuery } from '@/gql/graphql';
import { useQuery } from '@/lib/use-query';
import { OverlapsQuery } from '../api/country-queries';
import { isAreaCode, readableAreas } from '../utils/areas';
import { OverlapsList } from './overlaps-list';

type Row = WhoWhatWhereQuery['whoWhatWhere']['rows'][number];

/** The most lines drawn at once; the filters narrow the rest. */
const shownRows = 200;

/** An area as a reader says it: "Badakhshan (AF17)"; no area is country-wide. */
export function areaName(admin1: string[]): string {
  if (admin1.length === 0) return 'Country-wide (no area named)';
  const names = admin1.filter((a) => !isAreaCode(a));
  const codes = admin1.filter(isAreaCode);
  if (names.length === 0) return codes.join(', ');
  return codes.length ? `${names.join(', ')} (${codes.join(', ')})` : names.join(', ');
}

const sectorKey = (r: Row) => (r.function ? `function:${r.function.code}` : `label:${r.label ?? ''}`);
const sectorName = (r: Row) => (r.function ? r.function.name : `${r.label ?? ''} (maps to no function)`);
const areaKey = (r: Row) => r.admin1.join('|');

type Props = { country: string; at: string; rows: Row[]; undated: number };

export function WhoWhatWhere({ country, at, rows, undated }: Props) {
  const [sector, setSector] = useState('');
  const [area, setArea] = useState('');
  const [district, setDistrict] = useState('');
  const [org, setOrg] = useState('');

  const sectors = useMemo(() => options(rows, sectorKey, sectorName), [rows]);
  const areas = useMemo(() => options(rows, areaKey, (r) => areaName(r.admin1)), [rows]);
  // Districts lie within areas: the choice lists those of the rows in the chosen area.
  const districts = useMemo(() => districtOptions(rows.filter((r) => !area || areaKey(r) === area)), [rows, area]);
  const needle = org.trim().toLowerCase();
  const filtered = rows.filter(
    (r) =>
      (!sector || sectorKey(r) === sector) &&
      (!area || areaKey(r) === area) &&
      (!district || r.admin2.includes(district)) &&
      (!needle || `${r.actor.name} ${r.actor.acronym ?? ''}`.toLowerCase().includes(needle)),
  );
  const organisations = new Set(filtered.map((r) => r.actor.id)).size;
  const activities = filtered.reduce((n, r) => n + r.activities, 0);
  const chosen = rows.find((r) => sectorKey(r) === sector);
  const chosenArea = rows.find((r) => areaKey(r) === area);

  if (rows.length === 0 && undated === 0) return <p className="empty">No activities here on that day.</p>;
  return (
    <>
      <div className="filters" role="group" aria-label="Filter who does what where">
        <FilterSelect label="Sector" all="All sectors" value={sector} options={sectors} onChange={setSector} />{' '}
        <FilterSelect
          label="Area"
          all="All areas"
          value={area}
          options={areas}
          onChange={(v) => {
            setArea(v);
            setDistrict('');
          }}
        />{' '}
        <FilterSelect label="District" all="All districts" value={district} options={districts} onChange={setDistrict} />{' '}
        <label>
          Organisation <input type="search" value={org} onChange={(e) => setOrg(e.target.value)} />
        </label>
      </div>
      <p role="status">
        {organisations} organisation{organisations === 1 ? '' : 's'}, {activities} activit{activities === 1 ? 'y' : 'ies'}
        {filtered.length > shownRows && `; the first ${shownRows} lines of ${filtered.length} are shown, narrow with the filters`}.
        {undated > 0 && ` ${undated} activities without dates are not counted on this day.`}
      </p>
      {filtered.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-label="Who does what where">
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Sector</th>
                <th scope="col">Area</th>
                <th scope="col">Districts</th>
                <th scope="col" className="number">Activities</th>
              </tr>
            </thead>
            <tbody>
              {filtered.slice(0, shownRows).map((r) => (
                <tr key={`${r.actor.id}|${sectorKey(r)}|${areaKey(r)}`}>
                  <td>
                    <EntityLink kind="actor" id={r.actor.id}>
                      {r.actor.acronym ? `${r.actor.name} (${r.actor.acronym})` : r.actor.name}
                    </EntityLink>
                  </td>
                  <td>{sectorName(r)}</td>
                  <td>{areaName(r.admin1)}</td>
                  <td>{readableAreas(r.admin2).join(', ')}</td>
                  <td className="number">{r.activities}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {chosen && chosenArea && chosenArea.admin1.length > 0 && (
        <section>
          <h3>
            Overlaps in {district ? `${district}, ` : ''}
            {areaName(chosenArea.admin1)} on {sectorName(chosen)}
          </h3>
          <AreaOverlaps country={country} at={at} row={chosen} admin1={chosenArea.admin1[0]} admin2={district || null} />
        </section>
      )}
    </>
  );
}

type AreaOverlapsProps = { country: string; at: string; row: Row; admin1: string; admin2: string | null };

function AreaOverlaps({ country, at, row, admin1, admin2 }: AreaOverlapsProps) {
  const overlaps = useQuery(OverlapsQuery, {
    country,
    at,
    admin1,
    admin2,
    function: row.function?.code ?? null,
    label: row.function ? null : row.label,
  });
  if (overlaps.status === 'loading') return <p role="status">Loading overlaps…</p>;
  if (overlaps.status === 'error') return <p role="alert">Could not load: {overlaps.error.message}</p>;
  return <OverlapsList overlaps={overlaps.data.overlaps.edges.map((e) => e.node)} total={overlaps.data.overlaps.totalCount} />;
}

/** Each district the rows name, once, by its name (its code when a row gives no name). */
function districtOptions(rows: Row[]): [string, string][] {
  const names = new Set(rows.flatMap((r) => readableAreas(r.admin2)));
  return [...names].sort((a, b) => a.localeCompare(b)).map((d) => [d, d]);
}

type FilterSelectProps = { label: string; all: string; value: string; options: [string, string][]; onChange: (v: string) => void };

function FilterSelect({ label, all, value, options, onChange }: FilterSelectProps) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map(([k, name]) => (
          <option key={k} value={k}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The distinct values of rows under key, with their names, sorted by name. */
function options(rows: Row[], key: (r: Row) => string, name: (r: Row) => string): [string, string][] {
  const m = new Map<string, string>();
  for (const r of rows) if (!m.has(key(r))) m.set(key(r), name(r));
  return [...m.entries()].sort((a, b) => a[1].localeCompare(b[1]));
}
