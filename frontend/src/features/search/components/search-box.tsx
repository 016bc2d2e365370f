// The header's search box: a WAI-ARIA combobox (the APG's "list autocomplete" pattern) over a
// grouped listbox. Focus stays in the input; ArrowDown/ArrowUp move the active option
// (aria-activedescendant), Enter opens it (or the full results when none is active), Escape
// closes the list and, pressed again, clears the text.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSearch } from '../api/use-search';
import { MIN_SEARCH_LENGTH, type SearchHit } from '../utils/search-results';
import { searchPath } from '../utils/search-path';
import { useDebounced } from '../utils/use-debounced';
import './search.css';

/** Suggestions per kind. */
const SUGGESTIONS = 5;
/** A pause in typing this long asks the API. */
export const DEBOUNCE_MS = 250;

type Option = { id: string; href: string; hit?: SearchHit; label: string };

export function SearchBox() {
  const base = useId();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const settled = useDebounced(text, DEBOUNCE_MS);
  const search = useSearch(settled, SUGGESTIONS);
  const searchable = text.trim().length >= MIN_SEARCH_LENGTH;

  const groups = search.groups.map((g) => ({
    ...g,
    options: g.hits.map((hit) => ({ id: `${base}-${hit.kind}-${hit.id}`, href: hit.href, hit, label: hit.label })),
  }));
  const seeAll: Option = { id: `${base}-all`, href: searchPath(text.trim()), label: `All results for “${text.trim()}”` };
  const options: Option[] = [...groups.flatMap((g) => g.options), seeAll];
  const expanded = open && searchable;
  const activeOption = expanded && active >= 0 ? options[active] : undefined;

  useEffect(() => {
    if (activeOption) document.getElementById(activeOption.id)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOption]);

  function go(href: string) {
    setOpen(false);
    setActive(-1);
    setText('');
    navigate(href);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!searchable) return;
        e.preventDefault();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        if (!expanded) {
          setOpen(true);
          setActive(step === 1 ? 0 : options.length - 1);
        } else {
          setActive((i) => (i < 0 ? (step === 1 ? 0 : options.length - 1) : (i + step + options.length) % options.length));
        }
        return;
      }
      case 'Enter':
        if (!searchable) return;
        e.preventDefault();
        go(activeOption ? activeOption.href : seeAll.href);
        return;
      case 'Escape':
        e.preventDefault();
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else {
          setText('');
        }
        return;
    }
  }

  const listId = `${base}-list`;
  return (
    <div role="search" className="search-box">
      <label htmlFor={`${base}-input`} className="visually-hidden">
        Search missions, actors, activities, countries and lessons
      </label>
      <input
        id={`${base}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption?.id}
        placeholder="Search by name, acronym or id"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label="Suggestions" className="search-popup" hidden={!expanded}>
        {expanded &&
          groups.map((g) => (
            <li key={g.kind} role="presentation">
              <ul role="group" aria-labelledby={`${base}-${g.kind}`} className="plain">
                <li role="presentation" id={`${base}-${g.kind}`} className="search-group-title">
                  {g.title}
                </li>
                {g.options.map((o) => (
                  <OptionItem key={o.id} option={o} selected={o.id === activeOption?.id} onPick={go} />
                ))}
              </ul>
            </li>
          ))}
        {expanded && (
          <OptionItem option={seeAll} selected={seeAll.id === activeOption?.id} onPick={go} className="search-all" />
        )}
      </ul>
      <div role="status" className="visually-hidden">
        {expanded && search.status === 'success' && describe(options.length - 1)}
        {expanded && search.status === 'error' && `Search failed: ${search.error}`}
      </div>
    </div>
  );
}

function describe(n: number): string {
  return n === 0 ? 'No suggestions; press Enter to search anyway.' : `${n} suggestion${n === 1 ? '' : 's'}; use the arrow keys to choose.`;
}

function OptionItem({ option, selected, onPick, className }: { option: Option; selected: boolean; onPick: (href: string) => void; className?: string }) {
  return (
    <li
      id={option.id}
      role="option"
      aria-selected={selected}
      className={`search-option ${className ?? ''}`}
      // mousedown, not click: the input's blur (which closes the list) must not come first.
      onMouseDown={(e) => {
        e.preventDefault();
        onPick(option.href);
      }}
    >
      {option.label}
      {option.hit?.detail && <span className="search-detail">{option.hit.detail}</span>}
    </li>
  );
}
