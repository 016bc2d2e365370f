import { useEffect, useId, useRef, type ReactNode } from 'react';
import { ErrorText } from '@/components/form/field';
import { useFieldErrors } from '@/components/form/field-errors-context';
import { TextInput } from '@/components/form/inputs';
import { RecordPicker, type PickerKind } from '@/components/form/record-picker';

type Props<T> = {
  /** The list's name; its entries' controls are named name[0]…, name[0].country… */
  name: string;
  legend: string;
  /** One entry, as in "Deployment 2", "Add deployment". */
  itemLabel: string;
  items: T[];
  onChange: (items: T[]) => void;
  blank: () => T;
  hint?: ReactNode;
  renderItem: (item: T, index: number, update: (next: T) => void) => ReactNode;
};

/** A list of entries the user adds and removes; each entry is a labelled group of controls. */
export function ListField<T>({ name, legend, itemLabel, items, onChange, blank, hint, renderItem }: Props<T>) {
  const id = useId();
  const errors = useFieldErrors(name);
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'added' | 'removed' | null>(null);

  // Focus follows the user's action: into the entry just added, or back to "Add" after a removal.
  useEffect(() => {
    if (focusAfter.current === 'added') {
      list.current?.querySelector<HTMLElement>('li:last-child :is(input, select, textarea)')?.focus();
    } else if (focusAfter.current === 'removed') {
      addButton.current?.focus();
    }
    focusAfter.current = null;
  }, [items.length]);

  const lower = itemLabel.toLowerCase();
  return (
    <fieldset
      name={name}
      className={errors ? 'field list-field has-error' : 'field list-field'}
      aria-describedby={errors ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {hint && <small className="hint">{hint}</small>}
      {errors && <ErrorText id={`${id}-error`} messages={errors} />}
      {items.length === 0 && <p className="empty">None.</p>}
      <ol ref={list} className="plain list-entries" hidden={items.length === 0}>
        {items.map((item, i) => (
          <li key={i}>
            <div role="group" aria-label={`${itemLabel} ${i + 1}`} className="list-entry">
              {renderItem(item, i, (next) => onChange(items.map((old, j) => (j === i ? next : old))))}
              <button
                type="button"
                className="remove"
                aria-label={`Remove ${lower} ${i + 1}`}
                onClick={() => {
                  focusAfter.current = 'removed';
                  onChange(items.filter((_, j) => j !== i));
                }}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        onClick={() => {
          focusAfter.current = 'added';
          onChange([...items, blank()]);
        }}
      >
        Add {lower}
      </button>
    </fieldset>
  );
}

/** A list of ids, one input each, with suggestions from a datalist. */
export function IdListField({
  name,
  legend,
  itemLabel,
  ids,
  onChange,
  list,
  hint,
  pick,
}: {
  name: string;
  legend: string;
  itemLabel: string;
  ids: string[];
  onChange: (ids: string[]) => void;
  list?: string;
  hint?: ReactNode;
  /** Entries are picked by name (actors, mandates, countries) rather than typed as ids. */
  pick?: PickerKind;
}) {
  return (
    <ListField
      name={name}
      legend={legend}
      itemLabel={itemLabel}
      items={ids}
      onChange={onChange}
      blank={() => ''}
      hint={hint}
      renderItem={(value, i, update) =>
        pick ? (
          <RecordPicker kind={pick} name={`${name}[${i}]`} label={`${itemLabel} ${i + 1}`} hideLabel value={value} onChange={update} />
        ) : (
          <TextInput name={`${name}[${i}]`} label={`${itemLabel} ${i + 1}`} hideLabel value={value} onChange={update} list={list} />
        )
      }
    />
  );
}
