// Picking an actor, a mandate or a country by name: a combobox (the ARIA 1.2 pattern) that asks
// the API for the records whose name holds what is typed, and keeps the chosen record's id. An
// id typed in full still works, and the line under the box says which record the id names.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@/lib/use-query';
import { PickActorsDocument, PickCountriesDocument, PickedNameDocument, PickMandatesDocument } from './picker-queries';
import { Field } from './field';

export type PickerKind = 'actor' | 'mandate' | 'country';

type Option = { id: string; label: string };

const NOUNS: Record<PickerKind, string> = { actor: 'organisation', mandate: 'mandate', country: 'country' };

const named = (name: string, short?: string | null) => (short ? `${name} (${short})` : name);

/** Waits until typing pauses before asking the API. */
function useSettled(text: string, ms = 200): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(t);
  }, [text, ms]);
  return settled;
}

/** The records whose name holds the search, of one kind (only that kind's query runs). */
function useSuggestions(kind: PickerKind, search: string, open: boolean): Option[] {
  const skip = (k: PickerKind) => ({ skip: !open || kind !== k || search.trim().length < 2 });
  const actors = useQuery(PickActorsDocument, { search: search.trim() }, skip('actor'));
  const mandates = useQuery(PickMandatesDocument, { search: search.trim() }, skip('mandate'));
  const countries = useQuery(PickCountriesDocument, { search: search.trim() }, skip('country'));
  if (kind === 'actor') return (actors.data?.actors.edges ?? []).map(({ node: a }) => ({ id: a.id, label: named(a.name, a.acronym) }));
  if (kind === 'mandate') return (mandates.data?.mandates.edges ?? []).map(({ node: m }) => ({ id: m.id, label: m.reference }));
  return (countries.data?.countries.edges ?? []).map(({ node: c }) => ({ id: c.code, label: c.name }));
}

/** What the id held names, or null when no such record is visible; undefined while unknown. */
function usePickedName(kind: PickerKind, id: string): string | null | undefined {
  const key = kind === 'country' ? id.trim().toUpperCase() : id.trim();
  const q = useQuery(
    PickedNameDocument,
    { id: key, actor: kind === 'actor', mandate: kind === 'mandate', country: kind === 'country' },
    { skip: key === '' },
  );
  if (q.status !== 'success') return undefined;
  const d = q.data;
  if (kind === 'actor') return d.actor ? named(d.actor.name, d.actor.acronym) : null;
  if (kind === 'mandate') return d.mandate?.reference ?? null;
  return d.country?.name ?? null;
}

type Props = {
  kind: PickerKind;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  hideLabel?: boolean;
  /** The id (a country's alpha-3 code). */
  value: string;
  onChange: (id: string) => void;
};

export function RecordPicker({ kind, value, onChange, ...field }: Props) {
  const id = useId();
  const listId = `${id}-options`;
  const chosenId = `${id}-chosen`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [typed, setTyped] = useState('');
  const search = useSettled(typed);
  const options = useSuggestions(kind, search, open);
  const shown = open && typed.trim().length >= 2 ? options : [];
  const picked = usePickedName(kind, useSettled(value, 300));

  function choose(o: Option) {
    onChange(o.id);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' && shown.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % shown.length);
    } else if (e.key === 'ArrowUp' && shown.length > 0) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? shown.length - 1 : a - 1));
    } else if (e.key === 'Enter' && active >= 0 && shown[active]) {
      e.preventDefault(); // choosing is not submitting the form
      choose(shown[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <Field {...field} hint={field.hint ?? `Type part of the ${NOUNS[kind]}’s name and choose it, or type its id.`}>
      {(p) => (
        <div className="picker">
          <input
            {...p}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={shown.length > 0}
            aria-controls={listId}
            aria-activedescendant={active >= 0 && shown[active] ? `${listId}-${active}` : undefined}
            aria-describedby={[p['aria-describedby'], value.trim() ? chosenId : undefined].filter(Boolean).join(' ') || undefined}
            value={value}
            onChange={(e) => {
              setTyped(e.target.value);
              onChange(e.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul id={listId} role="listbox" aria-label={`Matching ${NOUNS[kind]}s`} className="picker-options" hidden={shown.length === 0}>
            {shown.map((o, i) => (
              <li
                key={o.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // mousedown, not click: the input keeps focus, so its blur does not close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(o);
                }}
              >
                {o.label} <small className="record-id">{o.id}</small>
              </li>
            ))}
          </ul>
          {value.trim() && (
            <small id={chosenId} className={picked === null ? 'picked unknown' : 'picked'}>
              {picked === undefined || (picked === null && open) ? '' : picked === null ? `No ${NOUNS[kind]} has the id “${value.trim()}”.` : `Chosen: ${picked}`}
            </small>
          )}
        </div>
      )}
    </Field>
  );
}
