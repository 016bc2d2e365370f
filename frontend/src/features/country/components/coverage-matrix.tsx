import { useState } from 'react';
import type { CoverageQuery } from '@/gql/graphql';
import { EntityLink } from '@/components/entity-link';
import { distinctLabels } from '@/lib/distinct-labels';
import { SubjectLink } from './subject-link';

export type CoverageData = CoverageQuery['coverage'];

function roleLabel(role: string) {
  return role.charAt(0) + role.slice(1).toLowerCase();
}

/**
 * Functions (rows) × actors (columns). A cell lists the missions and activities through which
 * the actor works on the function; the designated lead is marked, and so are fragmented
 * functions (many actors, no lead) and gaps (mandated, nobody covers).
 */
export function CoverageMatrix({ coverage }: { coverage: CoverageData }) {
  const { cells, gaps, fragmented } = coverage;
  const [only, setOnly] = useState('');
  const gapCodes = new Set(gaps.map((g) => g.code));
  const fragmentedCodes = new Set(fragmented.map((f) => f.function.code));
  const mandated = new Set(coverage.mandated.map((m) => m.code));
  // Gaps are mandated functions with no actor: they may be missing from `functions`.
  const rows = [...coverage.functions];
  for (const g of gaps) if (!rows.some((f) => f.code === g.code)) rows.push(g);
  const cellAt = new Map(cells.map((c) => [`${c.function.code}|${c.actor.id}`, c]));
  // One function asked: its row, and only the actors that cover it.
  const shown = only ? rows.filter((f) => f.code === only) : rows;
  const actors = only ? coverage.actors.filter((a) => cellAt.has(`${only}|${a.id}`)) : coverage.actors;
  // Two columns may bear one acronym (the European Union and the Council of the EU are both
  // "EU"): each then shows the name that tells it apart.
  const columnLabels = distinctLabels(actors.map((a) => ({ key: a.id, label: a.acronym || a.name, details: [a.name] })));

  // Records without dates are not evidence of presence on the day: say how many were left out.
  const undated =
    coverage.undated > 0 ? (
      <p className="note">
        {coverage.undated} {coverage.undated === 1 ? 'record' : 'records'} without dates left out: nothing says when
        {coverage.undated === 1 ? ' it was' : ' they were'} here.
      </p>
    ) : null;

  if (rows.length === 0) {
    return (
      <>
        <p className="empty">Nobody is recorded working here on that day, and nothing is mandated.</p>
        {undated}
      </>
    );
  }

  return (
    <div className="table-scroll">
      {undated}
      <label>
        Function{' '}
        <select value={only} onChange={(e) => setOnly(e.target.value)}>
          <option value="">All functions</option>
          {rows.map((f) => (
            <option key={f.code} value={f.code}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      <table className="coverage-matrix">
        <caption>
          Who covers which function. ★ marks the designated lead; “Fragmented”: more than{' '}
          {coverage.threshold} actors and no lead; “Gap”: mandated and nobody covers it.
        </caption>
        <thead>
          <tr>
            <th scope="col">Function</th>
            {actors.map((a) => (
              <th scope="col" key={a.id} title={a.name}>
                <EntityLink kind="actor" id={a.id}>
                  {columnLabels.get(a.id)}
                </EntityLink>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => {
            const gap = gapCodes.has(f.code);
            const frag = fragmentedCodes.has(f.code);
            return (
              <tr key={f.code} data-function={f.code} className={gap ? 'gap' : frag ? 'fragmented' : undefined}>
                <th scope="row">
                  {f.name}
                  {mandated.has(f.code) && <span className="tag">mandated</span>}
                  {gap && <span className="tag tag-gap">Gap</span>}
                  {frag && <span className="tag tag-fragmented">Fragmented</span>}
                </th>
                {actors.map((a) => {
                  const c = cellAt.get(`${f.code}|${a.id}`);
                  if (!c) return <td key={a.id} aria-label="not covered" />;
                  return (
                    <td
                      key={a.id}
                      data-lead={c.lead || undefined}
                      className={c.lead ? 'lead' : c.direct ? 'direct' : 'indirect'}
                    >
                      {c.lead && (
                        <span className="lead-mark" aria-label="Lead" title="Designated lead">
                          ★
                        </span>
                      )}
                      <ul>
                        {c.subjects.map((s) => (
                          <li key={`${s.subject.id}-${s.role}`}>
                            <SubjectLink subject={s.subject} /> <small>({roleLabel(s.role)})</small>
                          </li>
                        ))}
                      </ul>
                      {!c.direct && <small className="via-parent">via a broader function</small>}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
