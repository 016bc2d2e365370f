import { MODEL_LABELS } from '../utils/labels';
import type { MissionValues } from '../utils/mission-values';
import type { FieldsProps } from './editor-config';
import { Checkbox, Select, TextArea, TextInput } from '@/components/form/inputs';
import { IdListField, ListField } from './list-field';
import { OPTION_LISTS, OptionLists } from './option-lists';
import { OwnerField } from './owner-field';
import { RecordPicker } from '@/components/form/record-picker';

export function MissionFields({ values: v, set, admin }: FieldsProps<MissionValues>) {
  return (
    <>
      <OptionLists missions clusters />
      <TextInput name="name" label="Name" required value={v.name} onChange={(x) => set('name', x)} />
      <TextInput name="acronym" label="Acronym" value={v.acronym} onChange={(x) => set('acronym', x)} />
      <Select name="model" label="Model" required value={v.model} options={MODEL_LABELS} onChange={(x) => set('model', x)} />
      <RecordPicker kind="actor" name="lead" label="Lead organisation" required value={v.lead} onChange={(x) => set('lead', x)} />
      <div className="field-row">
        <TextInput name="start" label="Start" type="date" value={v.start} onChange={(x) => set('start', x)} />
        <TextInput
          name="end"
          label="End"
          type="date"
          hint="Empty while the mission is ongoing."
          value={v.end}
          onChange={(x) => set('end', x)}
        />
      </div>
      <ListField
        name="deployments"
        legend="Deployments"
        itemLabel="Deployment"
        items={v.deployments}
        onChange={(x) => set('deployments', x)}
        blank={() => ({ country: '', from: '', to: '' })}
        renderItem={(d, i, update) => (
          <>
            <RecordPicker
              kind="country"
              name={`deployments[${i}].country`}
              label="Country"
              hint="Its name, or its ISO alpha-3 code (Kosovo: XKX)."
              value={d.country}
              onChange={(x) => update({ ...d, country: x })}
            />
            <TextInput
              name={`deployments[${i}].from`}
              label="From"
              type="date"
              value={d.from}
              onChange={(x) => update({ ...d, from: x })}
            />
            <TextInput
              name={`deployments[${i}].to`}
              label="To"
              type="date"
              value={d.to}
              onChange={(x) => update({ ...d, to: x })}
            />
          </>
        )}
      />
      <ListField
        name="contributors"
        legend="Contributors"
        itemLabel="Contributor"
        items={v.contributors}
        onChange={(x) => set('contributors', x)}
        blank={() => ({ actor: '', role: '', personnel: '' })}
        renderItem={(c, i, update) => (
          <>
            <RecordPicker
              kind="actor"
              name={`contributors[${i}].actor`}
              label="Organisation"
              value={c.actor}
              onChange={(x) => update({ ...c, actor: x })}
            />
            <TextInput name={`contributors[${i}].role`} label="Role" value={c.role} onChange={(x) => update({ ...c, role: x })} />
            <TextInput
              name={`contributors[${i}].personnel`}
              label="Personnel"
              type="number"
              value={c.personnel}
              onChange={(x) => update({ ...c, personnel: x })}
            />
          </>
        )}
      />
      <IdListField
        name="mandates"
        legend="Mandates"
        itemLabel="Mandate"
        ids={v.mandates}
        onChange={(x) => set('mandates', x)}
        pick="mandate"
        hint="The mission's functions are the union of its mandates' functions."
      />
      <IdListField
        name="succeeds"
        legend="Succeeds (missions it took over from)"
        itemLabel="Predecessor"
        ids={v.succeeds}
        onChange={(x) => set('succeeds', x)}
        list={OPTION_LISTS.missions}
      />
      <IdListField
        name="clusters"
        legend="Regional clusters"
        itemLabel="Cluster"
        ids={v.clusters}
        onChange={(x) => set('clusters', x)}
        list={OPTION_LISTS.clusters}
      />
      <TextArea
        name="sources"
        label="Sources"
        hint="One per line: resolutions, decisions, official pages."
        value={v.sources}
        onChange={(x) => set('sources', x)}
      />
      <TextArea
        name="note"
        label="Note"
        hint="Caveats, such as facts that are uncertain."
        rows={2}
        value={v.note}
        onChange={(x) => set('note', x)}
      />
      <Checkbox
        name="confidential"
        label="Confidential"
        hint="Only the owner's accounts and administrators see it."
        checked={v.confidential}
        onChange={(x) => set('confidential', x)}
      />
      <OwnerField value={v.owner} onChange={(x) => set('owner', x)} admin={admin} />
    </>
  );
}
