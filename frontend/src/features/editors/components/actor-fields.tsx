import { RecordPicker } from '@/components/form/record-picker';
import { Select, TextArea, TextInput } from '@/components/form/inputs';
import { ACTOR_KIND_LABELS, type ActorValues } from '../utils/actor-values';
import type { FieldsProps } from './editor-config';

export function ActorFields({ values: v, set }: FieldsProps<ActorValues>) {
  return (
    <>
      <TextInput name="name" label="Name" required value={v.name} onChange={(x) => set('name', x)} />
      <TextInput name="acronym" label="Acronym" value={v.acronym} onChange={(x) => set('acronym', x)} />
      <Select name="kind" label="Kind" required value={v.kind} options={ACTOR_KIND_LABELS} onChange={(x) => set('kind', x)} />
      <TextInput
        name="ref"
        label="IATI organisation identifier"
        hint="Such as XM-DAC-41114; imports match organisations on it first."
        value={v.ref}
        onChange={(x) => set('ref', x)}
      />
      <TextArea
        name="aliases"
        label="Other names"
        hint="One per line; imports match organisations on them too."
        rows={3}
        value={v.aliases}
        onChange={(x) => set('aliases', x)}
      />
      <RecordPicker
        kind="actor"
        name="parent"
        label="Part of"
        hint="The organisation it belongs to (a UN organ, an EU member state): type part of its name and choose it."
        value={v.parent}
        onChange={(x) => set('parent', x)}
      />
    </>
  );
}
