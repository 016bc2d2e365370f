import type { LessonValues } from '../utils/lesson-values';
import type { FieldsProps } from './editor-config';
import { FunctionChecks } from './function-checks';
import { Checkbox, TextArea, TextInput } from './inputs';
import { IdListField } from './list-field';
import { OPTION_LISTS, OptionLists } from './option-lists';

export function LessonFields({ values: v, set, admin }: FieldsProps<LessonValues>) {
  return (
    <>
      <OptionLists actors countries missions />
      <TextInput name="title" label="Title" required value={v.title} onChange={(x) => set('title', x)} />
      <TextArea name="text" label="Lesson" required rows={8} value={v.text} onChange={(x) => set('text', x)} />
      <TextInput name="date" label="Date" type="date" value={v.date} onChange={(x) => set('date', x)} />
      <TextInput
        name="author"
        label="Author organisation (actor id)"
        hint={admin ? 'It owns the lesson.' : 'Your organisation: it owns the lesson.'}
        readOnly={!admin}
        value={v.author}
        onChange={(x) => set('author', x)}
        list={OPTION_LISTS.actors}
      />
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
        list={OPTION_LISTS.countries}
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
