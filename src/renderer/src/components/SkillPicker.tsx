import { useEffect, useId, useRef, useState } from 'react';

export interface SkillSuggestion {
  name: string;
  /** e.g. the alias typed ("k8s") or the skill's track, shown beside it. */
  hint?: string;
}

/**
 * Skills as chips with type-ahead: arrows move through suggestions, Enter picks one (or the text
 * as typed), Backspace in an empty box removes the last chip. Unknown skills are allowed and kept.
 */
export function SkillPicker({
  value,
  onChange,
  search,
  label,
  placeholder = 'Type a skill…',
  unknown = [],
}: {
  value: string[];
  onChange: (v: string[]) => void;
  search?: (q: string) => Promise<SkillSuggestion[]>;
  label: string;
  placeholder?: string;
  /** Skills the taxonomy does not know, shown as such. */
  unknown?: string[];
}) {
  const [text, setText] = useState('');
  const [items, setItems] = useState<SkillSuggestion[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const seq = useRef(0);

  useEffect(() => {
    const q = text.trim();
    if (!search || q.length < 1) {
      setItems([]);
      return;
    }
    const mine = ++seq.current;
    const t = setTimeout(() => {
      search(q).then(
        (r) => {
          if (mine !== seq.current) return;
          setItems(r.filter((s) => !value.some((v) => v.toLowerCase() === s.name.toLowerCase())).slice(0, 8));
          setActive(0);
        },
        () => mine === seq.current && setItems([]),
      );
    }, 150);
    return () => clearTimeout(t);
  }, [text, search, value]);

  const add = (name: string) => {
    const n = name.trim();
    setText('');
    setItems([]);
    if (!n || value.some((v) => v.toLowerCase() === n.toLowerCase())) return;
    onChange([...value, n]);
  };
  const showList = open && items.length > 0;
  return (
    <div className="skill-picker">
      <div className="tag-editor">
        {value.map((s) => (
          <span key={s} className={unknown.includes(s) ? 'chip chip-tag chip-unknown' : 'chip chip-tag'} title={unknown.includes(s) ? 'Not in the skills taxonomy: matched by its exact text only' : undefined}>
            {s}
            <button type="button" className="chip-x" aria-label={`Remove ${s}`} onClick={() => onChange(value.filter((x) => x !== s))}>
              ×
            </button>
          </span>
        ))}
        <input
          role="combobox"
          aria-label={label}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${listId}-${active}` : undefined}
          value={text}
          placeholder={value.length ? '' : placeholder}
          maxLength={100}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 120)}
          onChange={(e) => {
            setOpen(true);
            if (e.target.value.endsWith(',')) add(e.target.value.slice(0, -1));
            else setText(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && items.length) {
              e.preventDefault();
              setActive((a) => (a + 1) % items.length);
            } else if (e.key === 'ArrowUp' && items.length) {
              e.preventDefault();
              setActive((a) => (a - 1 + items.length) % items.length);
            } else if (e.key === 'Enter') {
              e.preventDefault();
              add(showList ? items[active]!.name : text);
            } else if (e.key === 'Escape' && items.length) {
              // Closes the suggestions only, not the form around them.
              e.preventDefault();
              setItems([]);
            } else if (e.key === 'Backspace' && text === '' && value.length) {
              onChange(value.slice(0, -1));
            }
          }}
        />
      </div>
      {showList && (
        <ul className="skill-suggestions" role="listbox" id={listId} aria-label={`${label} suggestions`}>
          {items.map((s, i) => (
            <li
              key={s.name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                add(s.name);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span>{s.name}</span>
              {s.hint && <span className="muted small">{s.hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
