import { useId, useMemo, useState, type Ref } from 'react';
import { Link } from 'react-router';
import { DEFAULT_SORT, matchesFilter, nextSort, sortRows, type CountryRow, type Sort, type SortKey } from '../utils/country-rows';
import { MEASURE_INFO, type Measure } from '../utils/shading';

type Props = {
  rows: CountryRow[];
  measure: Measure;
  /** The day the counts hold on, for the caption. */
  day: string;
  /** Where a country's link goes. */
  countryHref: (code: string) => string;
  /** The filter box, for the page's "skip to the country table" link. */
  filterRef?: Ref<HTMLInputElement>;
  filterId?: string;
  /** The counts are being read again: the table shows the previous ones meanwhile. */
  busy?: boolean;
};

/**
 * Every country with the map's count, as a table: a filter by name or ISO code, columns sorted
 * by the buttons in their headers, each country a link to its page. It is the map's text
 * alternative and the quick way to a country too small to point at.
 */
export function CountryTable({ rows, measure, day, countryHref, filterRef, filterId, busy = false }: Props) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const shown = useMemo(() => sortRows(rows.filter((r) => matchesFilter(r, filter)), sort), [rows, filter, sort]);
  const info = MEASURE_INFO[measure];

  const header = (key: SortKey, text: string, className?: string) => (
    <th scope="col" className={className} aria-sort={sort.key === key ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, key))}>
        {text}
        <span aria-hidden="true" className="sort-mark">
          {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );

  return (
    <section className="country-table" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Countries</h2>
      <label htmlFor={filterId ?? `${id}-filter`}>Filter by name or ISO code</label>
      <input
        id={filterId ?? `${id}-filter`}
        ref={filterRef}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <p className="note" aria-live="polite">
        {shown.length === rows.length
          ? `${rows.length} countries`
          : shown.length === 0
            ? `No country matches “${filter.trim()}”.`
            : `${shown.length} of ${rows.length} countries`}
      </p>
      <div className="country-table-scroll">
        <table className="data-table" aria-busy={busy}>
          <caption className="visually-hidden">
            Countries and their {info.many} on {day}; each opens its country page
          </caption>
          <thead>
            <tr>
              {header('name', 'Country')}
              {header('code', 'ISO')}
              {header('count', info.label, 'number')}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  <Link to={countryHref(r.code)}>{r.name}</Link>
                  {!r.onMap && <span className="hint">too small to draw on the map</span>}
                </th>
                <td>{r.code}</td>
                <td className="number">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
