import { useState } from 'react';

/** Tags as removable chips plus a box to add one (Enter or comma). */
export function TagEditor({ tags, onChange, disabled }: { tags: string[]; onChange: (tags: string[]) => void; disabled?: boolean }) {
  const [text, setText] = useState('');
  const add = () => {
    const t = text.trim().replace(/,$/, '').trim();
    setText('');
    if (!t || tags.some((x) => x.toLowerCase() === t.toLowerCase())) return;
    onChange([...tags, t]);
  };
  return (
    <div className="tag-editor">
      {tags.length === 0 && <span className="muted small">No tags yet.</span>}
      {tags.map((t) => (
        <span key={t} className="chip chip-tag">
          {t}
          <button type="button" className="chip-x" aria-label={`Remove tag ${t}`} disabled={disabled} onClick={() => onChange(tags.filter((x) => x !== t))}>
            ×
          </button>
        </span>
      ))}
      <input
        value={text}
        disabled={disabled}
        maxLength={60}
        placeholder="Add a tag…"
        aria-label="Add a tag"
        onChange={(e) => (e.target.value.endsWith(',') ? (setText(e.target.value), queueMicrotask(add)) : setText(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          } else if (e.key === 'Backspace' && text === '' && tags.length) onChange(tags.slice(0, -1));
        }}
        onBlur={() => text.trim() && add()}
      />
    </div>
  );
}
