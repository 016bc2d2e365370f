// Filters applied to the loaded graph in the browser (see utils/filter-network.ts); the function
// and region filters first ask the API which missions and activities they cover.
import { useId } from 'react';
import type { FunctionCode, MissionModel } from '@/gql/graphql';
import type { Members } from '../api/filter-members';

const MODELS: { value: MissionModel; label: string }[] = [
  { value: 'PEACEKEEPING', label: 'Peacekeeping' },
  { value: 'MONITORING', label: 'Monitoring' },
  { value: 'MEDIATION', label: 'Mediation' },
  { value: 'TRAINING_SUPPORT', label: 'Training and support' },
  { value: 'PREVENTIVE', label: 'Preventive' },
];

export type ViewFilterValues = {
  model: MissionModel | '';
  at: string;
  fn: FunctionCode | '';
  region: string;
  showOverlaps: boolean;
};

type Props = {
  values: ViewFilterValues;
  onChange: (values: ViewFilterValues) => void;
  functions: { code: FunctionCode; name: string }[];
  regions: { code: string; name: string }[];
  functionMembers: Members;
  regionMembers: Members;
  /** The measuring harness has no API behind it: no function, region or overlap filters. */
  offline?: boolean;
};

function MembersStatus({ what, members }: { what: string; members: Members }) {
  if (members.status === 'loading') return <span role="status">Loading the {what} filter…</span>;
  if (members.status === 'error') {
    return (
      <span role="alert" className="error">
        The {what} filter is not applied: {members.error.message}
      </span>
    );
  }
  return null;
}

export function ViewFilters({ values, onChange, functions, regions, functionMembers, regionMembers, offline }: Props) {
  const id = useId();
  const set = <K extends keyof ViewFilterValues>(key: K, value: ViewFilterValues[K]) => onChange({ ...values, [key]: value });
  return (
    <fieldset className="network-fieldset">
      <legend>Filters</legend>
      <label htmlFor={`${id}-fn`}>Function</label>
      <select
        id={`${id}-fn`}
        value={values.fn}
        disabled={offline}
        onChange={(e) => set('fn', e.target.value as FunctionCode | '')}
      >
        <option value="">Any</option>
        {functions.map((f) => (
          <option key={f.code} value={f.code}>
            {f.name}
          </option>
        ))}
      </select>
      <MembersStatus what="function" members={functionMembers} />

      <label htmlFor={`${id}-at`}>Active on</label>
      <input id={`${id}-at`} type="date" value={values.at} min="1945-01-01" onChange={(e) => set('at', e.target.value)} />

      <label htmlFor={`${id}-region`}>Region</label>
      <select id={`${id}-region`} value={values.region} disabled={offline} onChange={(e) => set('region', e.target.value)}>
        <option value="">Any</option>
        {regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
      <MembersStatus what="region" members={regionMembers} />

      <label htmlFor={`${id}-model`}>Mission model</label>
      <select id={`${id}-model`} value={values.model} onChange={(e) => set('model', e.target.value as MissionModel | '')}>
        <option value="">Any</option>
        {MODELS.map((m) => (
          <option key={m.value} value={m.value}>
            {m.label}
          </option>
        ))}
      </select>

      <label className="inline">
        <input
          type="checkbox"
          checked={values.showOverlaps}
          disabled={offline}
          onChange={(e) => set('showOverlaps', e.target.checked)}
        />{' '}
        Highlight overlapping missions and activities
      </label>
      <p className="hint">
        Filters apply to what is loaded; what is linked to the focus only through hidden nodes is hidden too.
      </p>
    </fieldset>
  );
}
