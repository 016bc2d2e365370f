import type { LessonValues } from '../utils/lesson-values';
import type { FieldsProps } from './editor-config';
import { FunctionChecks } from './function-checks';
import { Checkbox, TextArea, TextInput } from '@/components/form/inputs';
import { IdListField } from './list-field';
import { OPTION_LISTS, OptionLists } from './option-lists';
import { RecordPicker } from '@/components/form/record-picker';

export function LessonFields({ values: v, set, admin }: FieldsProps<LessonValues>) {
  return (
    <>
      <OptionLists missions />
      <TextInput name="title" label="Title" required value={v.title} onChange={(x) => set('title', x)} />
      <TextArea name="text" label="Lesson" required rows={8} value={v.text} onChange={(x) => set('text', x)} />
      <TextInput name="date" label="Date" type="date" value={v.date} onChange={(x) => set('date', x)} />
      {admin ? (
        <RecordPicker
          kind="actor"
          name="author"
          label="Author organisation"
          hint="It owns the lesson: type part of its name and choose it."
          value={v.author}
          onChange={(x) => set('author', x)}
        />
      ) : (
        <TextInput
          name="author"
          label="Author organisation (actor id)"
          hint="Your organisation: it owns the lesson."
          readOnly
          value={v.author}
          onChange={(x) => set('author', x)}
        />
      )}
      <IdListField
        name="about.missions"
        legend="Missions it is about"
        itemLabel="Mission"
        ids={v.missions}
        onChange={(x) => set('missions', x)}
        list={OPTION_LISTS.missions}
      />
      <IdListField
        name="about.countries"
        legend="Countries it is about"
        itemLabel="Country"
        ids={v.countries}
        onChange={(x) => set('countries', x)}
        pick="country"
      />
      <FunctionChecks
        name="about.functions"
        legend="Functions it is about"
        value={v.functions}
        onChange={(x) => set('functions', x)}
      />
      <TextArea name="sources" label="Sources" hint="One per line." value={v.sources} onChange={(x) => set('sources', x)} />
      <Checkbox
        name="confidential"
        label="Confidential"
        hint="Only the author's accounts and administrators see it."
        checked={v.confidential}
        onChange={(x) => set('confidential', x)}
      />
    </>
  );
}
