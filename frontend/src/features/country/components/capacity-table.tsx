// Authorised versus deployed personnel of the missions here on the day (the API's capacity):
// per component, the ceiling of the mandate in force, the latest deployed figure and the gap.
import { EntityLink, shortName } from '@/components/entity-link';
import type { CapacityQuery } from '@/gql/graphql';

type MissionCapacity = CapacityQuery['capacity'][number];

const COMPONENT: Record<string, string> = { MILITARY: 'Military', POLICE: 'Police', CIVILIAN: 'Civilian', TOTAL: 'Total' };
const number = (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString('en'));

export function CapacityTable({ missions }: { missions: MissionCapacity[] }) {
  const shown = missions.filter((m) => m.components.length > 0);
  if (shown.length === 0) return <p className="empty">No personnel figures recorded for the missions here on that day.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Authorised versus deployed personnel; a positive gap is personnel still missing.</caption>
        <thead>
          <tr>
            <th scope="col">Mission</th>
            <th scope="col">Component</th>
            <th scope="col" className="number">
              Authorised
            </th>
            <th scope="col" className="number">
              Deployed
            </th>
            <th scope="col" className="number">
              Gap
            </th>
            <th scope="col">Figures from</th>
          </tr>
        </thead>
        <tbody>
          {shown.flatMap((m) =>
            m.components.map((c) => (
              <tr key={`${m.mission.id}|${c.component}`}>
                <td>
                  <EntityLink kind="mission" id={m.mission.id} title={m.mission.name}>
                    {shortName(m.mission)}
                  </EntityLink>
                </td>
                <td>{COMPONENT[c.component] ?? c.component}</td>
                <td className="number">{number(c.authorised)}</td>
                <td className="number">{number(c.deployed)}</td>
                <td className="number">{c.gap == null ? '—' : <strong>{number(c.gap)}</strong>}</td>
                <td>
                  {c.authorisedBy && `ceiling: ${c.authorisedBy.reference}`}
                  {c.authorisedBy && c.deployedOn && '; '}
                  {c.deployedOn && <span title={c.deployedSource ?? undefined}>deployed as of {c.deployedOn}</span>}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
