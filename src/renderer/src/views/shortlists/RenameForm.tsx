import { useState } from 'react';

export function RenameForm({ name, onSave, onCancel }: { name: string; onSave: (name: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(name);
  return (
    <form
      className="sl-rename"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim() && value.trim() !== name) onSave(value.trim());
        else onCancel();
      }}
    >
      <input value={value} onChange={(e) => setValue(e.target.value)} maxLength={120} aria-label="Shortlist name" autoFocus onKeyDown={(e) => e.key === 'Escape' && onCancel()} />
      <button type="submit" className="primary">
        Save
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
