import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A button that opens a small panel under it. Escape or a click outside closes it and gives
 * focus back to the button, so it works from the keyboard alone.
 */
export function Popover({
  label,
  children,
  className = '',
  buttonClassName = '',
  ariaLabel,
  align = 'left',
}: {
  label: ReactNode;
  children: ReactNode | ((close: () => void) => ReactNode);
  className?: string;
  buttonClassName?: string;
  ariaLabel?: string;
  align?: 'left' | 'right';
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  return (
    <div
      className={`popover-root ${className}`}
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button ref={button} type="button" className={`popover-button ${buttonClassName}`} aria-expanded={open} aria-controls={id} aria-label={ariaLabel} onClick={() => setOpen((o) => !o)}>
        {label}
        <span className="caret" aria-hidden>
          ▾
        </span>
      </button>
      {open && (
        <div className={`popover align-${align}`} id={id} role="dialog" aria-label={ariaLabel}>
          {typeof children === 'function' ? children(close) : children}
        </div>
      )}
    </div>
  );
}
