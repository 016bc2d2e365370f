import { useState } from 'react';
import { formatAmount } from '../utils/format';
import { largestPerCurrency, type BucketRow } from '../utils/funding-totals';

type Props = {
  caption: string;
  /** The first column's heading: "Year", "Country", "Function". */
  keyLabel: string;
  rows: BucketRow[];
  /** Rows shown before "Show all"; every row when left out. */
  limit?: number;
};

/** A bar, its length the value's share of the largest; decorative: the number beside it is the data. */
function Bar({ value, max }: { value: number; max: number }) {
  const width = max > 0 ? Math.max(1, (value / max) * 100) : 0;
  return (
    <svg className="bar" aria-hidden="true" focusable="false" viewBox="0 0 100 8" preserveAspectRatio="none">
      <rect x="0" y="0" width={width} height="8" />
    </svg>
  );
}

/**
 * A bar chart that is a table: each row's number of activities and its amounts, each currency
 * scaled on its own (EUR bars against the largest EUR amount, GBP against GBP).
 */
export function BarChart({ caption, keyLabel, rows, limit }: Props) {
  const [all, setAll] = useState(false);
  const shown = all || limit === undefined ? rows : rows.slice(0, limit);
  const largest = largestPerCurrency(rows);
  const mostActivities = Math.max(0, ...rows.map((r) => r.activities ?? 0));
  const counted = rows.some((r) => r.activities !== null);
  return (
    <div className="bar-chart">
            <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyLabel}</th>
            {counted && <th scope="col">Activities</th>}
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.key || 'none'}>
              <th scope="row">{r.label}</th>
              {counted && (
                <td className="bar-cell">
                  <Bar value={r.activities ?? 0} max={mostActivities} />
                  <span className="number">{(r.activities ?? 0).toLocaleString('en-GB')}</span>
                </td>
              )}
              <td className="bar-cell">
                {r.amounts.length === 0 ? (
                  <span className="empty">no amount recorded</span>
                ) : (
                  r.amounts.map((m) => (
                    <div key={m.currency ?? ''} className="bar-line">
                      <Bar value={m.amount} max={largest.get(m.currency ?? '') ?? 0} />
                      <span className="number">{formatAmount(m.amount, m.currency)}</span>
                    </div>
                  ))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      
      {limit !== undefined && rows.length > limit && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the first ${limit}` : `Show all ${rows.length}`}
          <span className="visually-hidden"> rows of {caption.toLowerCase()}</span>
        </button>
      )}
    </div>
  );
}
