import type { ActivityValues } from '../utils/activity-values';
import type { FieldsProps } from './editor-config';
import { FunctionChecks } from './function-checks';
import { Checkbox, TextArea, TextInput } from '@/components/form/inputs';
import { IdListField, ListField } from './list-field';
import { OwnerField } from './owner-field';
import { RecordPicker } from '@/components/form/record-picker';

export function ActivityFields({ values: v, set, admin }: FieldsProps<ActivityValues>) {
  return (
    <>
      <TextInput name="title" label="Title" required value={v.title} onChange={(x) => set('title', x)} />
      <TextArea name="description" label="Description" value={v.description} onChange={(x) => set('description', x)} />
      <div className="field-row">
        <TextInput name="start" label="Start" type="date" value={v.start} onChange={(x) => set('start', x)} />
        <TextInput name="end" label="End" type="date" hint="Empty while it runs." value={v.end} onChange={(x) => set('end', x)} />
      </div>
      <IdListField
        name="countries"
        legend="Countries"
        itemLabel="Country"
        ids={v.countries}
        onChange={(x) => set('countries', x)}
        pick="country"
        hint="By name, or ISO 3166-1 alpha-3 codes; Kosovo is XKX."
      />
      <FunctionChecks
        name="functions"
        legend="Functions it addresses"
        value={v.functions}
        onChange={(x) => set('functions', x)}
      />
      <IdListField
        name="implementers"
        legend="Implementers"
        itemLabel="Implementer"
        ids={v.implementers}
        onChange={(x) => set('implementers', x)}
        pick="actor"
      />
      <ListField
        name="funders"
        legend="Funding"
        itemLabel="Funding"
        items={v.funders}
        onChange={(x) => set('funders', x)}
        blank={() => ({ actor: '', amount: '', currency: '', year: '' })}
        renderItem={(f, i, update) => (
          <>
            <RecordPicker
              kind="actor"
              name={`funders[${i}].actor`}
              label="Funder"
              value={f.actor}
              onChange={(x) => update({ ...f, actor: x })}
            />
            <TextInput
              name={`funders[${i}].amount`}
              label="Amount"
              type="number"
              value={f.amount}
              onChange={(x) => update({ ...f, amount: x })}
            />
            <TextInput
              name={`funders[${i}].currency`}
              label="Currency (ISO 4217)"
              value={f.currency}
              onChange={(x) => update({ ...f, currency: x })}
            />
            <TextInput
              name={`funders[${i}].year`}
              label="Year"
              type="number"
              value={f.year}
              onChange={(x) => update({ ...f, year: x })}
            />
          </>
        )}
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
