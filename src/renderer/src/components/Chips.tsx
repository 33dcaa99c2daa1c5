/** A row of small labelled chips (skills, sources, tags). */
export function Chips({ items, kind = 'neutral', max = 6 }: { items: string[]; kind?: 'neutral' | 'good' | 'partial' | 'missing'; max?: number }) {
  const shown = items.slice(0, max);
  return (
    <span className="chips">
      {shown.map((s) => (
        <span key={s} className={`chip chip-${kind}`}>
          {s}
        </span>
      ))}
      {items.length > max && <span className="chip chip-more">+{items.length - max}</span>}
    </span>
  );
}
