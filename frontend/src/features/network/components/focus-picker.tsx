// The focus, chosen by name: typing two letters or more suggests actors, missions and countries
// whose name or acronym contains them (the API's `search:` filters). It is a text field with a
// list of suggestions (aria-autocomplete="list"): ↓ and ↑ move through them, Enter takes the one
// marked, Escape closes the list. A network id (`type:id`) typed in is taken as it is; the
// address keeps the id either way.
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useQuery } from '@/lib/use-query';
import { FocusSuggestionsQuery } from '../api/focus-suggestions';
import { focusSuggestions, type Suggestion } from '../utils/focus-suggestions';
import { isNetworkId } from '../utils/network-id';

type Props = {
  focus: string;
  /** The focus's name, once the network is loaded: the field shows it rather than the id. */
  focusLabel?: string;
  onFocus: (focus: string) => void;
  disabled?: boolean;
};

/** Typing pauses this long before the API is asked. */
const DEBOUNCE_MS = 200;
const MIN_LETTERS = 2;

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

const KIND_WORDS: Record<Suggestion['kind'], string> = { country: 'country', actor: 'organisation', mission: 'mission' };

export function FocusPicker({ focus, focusLabel, onFocus, disabled }: Props) {
  const id = useId();
  // Until the reader types, the field shows the focus's name (once known), else its id.
  const [edited, setValue] = useState<string>();
  const value = edited ?? focusLabel ?? focus;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [invalid, setInvalid] = useState(false);
  const typed = useDebounced(value.trim(), DEBOUNCE_MS);
  const asking = open && typed.length >= MIN_LETTERS && !isNetworkId(typed);
  const answer = useQuery(FocusSuggestionsQuery, { search: typed }, { skip: disabled || !asking });
  const suggestions = asking && answer.status === 'success' ? focusSuggestions(typed, answer.data) : [];
  const shown = open && suggestions.length > 0;

  function choose(s: Suggestion) {
    setValue(s.label);
    setOpen(false);
    setActive(-1);
    setInvalid(false);
    onFocus(s.id);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = value.trim();
    if (shown && active >= 0) return choose(suggestions[active]);
    if (isNetworkId(next)) {
      setInvalid(false);
      setOpen(false);
      return onFocus(next);
    }
    // A name with suggestions for it: the best one.
    if (suggestions.length > 0 && typed === next) return choose(suggestions[0]);
    setInvalid(true);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!suggestions.length) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // -1 is the text field itself: the list wraps round through it.
      setActive((a) => {
        const next = a + step;
        return next >= suggestions.length ? -1 : next < -1 ? suggestions.length - 1 : next;
      });
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const optionId = (i: number) => `${id}-option-${i}`;
  const status = !asking
    ? ''
    : answer.status === 'loading'
      ? 'Looking for matches…'
      : answer.status === 'error'
        ? `Suggestions could not be loaded: ${answer.error.message}`
        : suggestions.length === 0
          ? `Nothing is called “${typed}”.`
          : `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}: ↓ and ↑ to choose, Enter to show it.`;

  return (
    <form className="focus-picker" onSubmit={submit} role="search" aria-label="Network focus">
      <label htmlFor={id}>Focus</label>
      <input
        id={id}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        autoComplete="off"
        aria-autocomplete="list"
        aria-controls={`${id}-list`}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint ${id}-status${invalid ? ` ${id}-error` : ''}`}
        aria-invalid={invalid || undefined}
        spellCheck={false}
        autoCapitalize="off"
        disabled={disabled}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Suggestions" className="focus-suggestions" hidden={!shown}>
        {suggestions.map((s, i) => (
          <li
            key={s.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the field's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(s);
            }}
          >
            {s.label} <span className="kind">{KIND_WORDS[s.kind]}</span>
          </li>
        ))}
      </ul>
      <button type="submit" disabled={disabled}>
        Show
      </button>
      <p id={`${id}-status`} className="visually-hidden" role="status">
        {status}
      </p>
      <p id={`${id}-hint`} className="hint">
        A name or acronym (Afghanistan, UNMIK, European Union), or a network id such as <code>country:XKX</code>. Or
        select a node and make it the focus.
      </p>
      {invalid && (
        <p id={`${id}-error`} className="error" role="alert">
          “{value}” is neither a known name nor a network id: type part of a name and choose a suggestion, or write
          a type, a colon and an id, such as country:XKX.
        </p>
      )}
    </form>
  );
}
