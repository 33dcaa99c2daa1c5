import type { ReactNode } from 'react';

/**
 * One chart with its title, a sentence that says what it shows (also what a screen reader hears),
 * and an empty text when there is nothing to draw.
 */
export function ChartCard(props: { title: string; summary: string; empty?: string | null; wide?: boolean; actions?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  const id = `chart-${props.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className={`insight-card${props.wide ? ' wide' : ''}`} aria-labelledby={`${id}-title`}>
      <header className="insight-card-head">
        <div>
          <h2 id={`${id}-title`}>{props.title}</h2>
          <p className="muted small" id={`${id}-summary`}>
            {props.summary}
          </p>
        </div>
        {props.actions}
      </header>
      {props.empty ? (
        <p className="insight-empty muted">{props.empty}</p>
      ) : (
        <figure className="insight-figure" aria-describedby={`${id}-summary`}>
          {props.children}
        </figure>
      )}
      {props.footer}
    </section>
  );
}
