import type { MandateValues } from '../utils/mandate-values';
import type { FieldsProps } from './editor-config';
import { FunctionChecks } from './function-checks';
import { Checkbox, TextInput } from '@/components/form/inputs';
import { RecordPicker } from '@/components/form/record-picker';
import { OwnerField } from './owner-field';

export function MandateFields({ values: v, set, admin }: FieldsProps<MandateValues>) {
  return (
    <>
      <TextInput
        name="reference"
        label="Reference"
        required
        hint="For example UNSCR 1244 (1999)."
        value={v.reference}
        onChange={(x) => set('reference', x)}
      />
      <RecordPicker
        kind="actor"
        name="body"
        label="Issuing body"
        required
        hint="The Security Council, the Council of the EU, the OSCE Permanent Council…: type part of its name and choose it."
        value={v.body}
        onChange={(x) => set('body', x)}
      />
      <div className="field-row">
        <TextInput name="adopted" label="Adopted" type="date" value={v.adopted} onChange={(x) => set('adopted', x)} />
        <TextInput name="expires" label="Expires" type="date" value={v.expires} onChange={(x) => set('expires', x)} />
      </div>
      <FunctionChecks name="functions" legend="Functions it tasks" value={v.functions} onChange={(x) => set('functions', x)} />
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
