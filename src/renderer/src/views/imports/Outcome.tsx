import type { ImportResult } from '../../../../shared/api/contract/imports';
import type { ImportIssue } from '../../../../shared/domain';
import { count, issuePlace, n } from './labels';

/** The counts of a run or a dry run, as tiles. */
export function Counts({ r, dry }: { r: ImportResult; dry: boolean }) {
  const tiles: { label: string; value: number; tone: string }[] = [
    { label: 'rows read', value: r.rows, tone: '' },
    { label: dry ? 'would be new' : 'new', value: r.created, tone: 'good' },
    { label: dry ? 'would update existing' : 'merged into existing', value: r.merged, tone: '' },
    { label: dry ? 'would be rejected' : 'rejected', value: r.rejected, tone: r.rejected ? 'bad' : '' },
    { label: r.warnings === 1 ? 'warning' : 'warnings', value: r.warnings, tone: r.warnings ? 'warn' : '' },
  ];
  return (
    <ul className="counts" aria-label={dry ? 'What the import would do' : 'What the import did'}>
      {tiles.map((t) => (
        <li key={t.label} className={t.tone ? `tone-${t.tone}` : ''}>
          <strong>{n(t.value)}</strong>
          <span>{t.label}</span>
        </li>
      ))}
    </ul>
  );
}

const EXAMPLES = 5;

/** A few issues of each severity, each naming row, column and value, with the total. */
export function IssueExamples({ r }: { r: ImportResult }) {
  const errors = r.issues.filter((i) => i.severity === 'error');
  const warnings = r.issues.filter((i) => i.severity === 'warning');
  const notes = r.issues.filter((i) => i.severity === 'info');
  const more = r.issueCount > r.issues.length;
  return (
    <div className="issue-examples">
      {notes.length > 0 && (
        <ul className="notes">
          {notes.slice(0, EXAMPLES).map((i, k) => (
            <li key={k}>{i.row === 0 ? i.message : `${issuePlace(i)} — ${i.message}`}</li>
          ))}
        </ul>
      )}
      {!errors.length && !warnings.length && <p className="all-clear">{notes.length ? 'No row has a problem; the notes above are for your information.' : 'No problems found in any row.'}</p>}
      {errors.length > 0 && <ExampleList title={`${more ? 'At least ' : ''}${count(errors.length, 'error')} — these rows are not imported`} tone="bad" items={errors} />}
      {warnings.length > 0 && <ExampleList title={`${more ? 'At least ' : ''}${count(warnings.length, 'warning')} — imported, with the value left out or corrected`} tone="warn" items={warnings} />}
    </div>
  );
}

function ExampleList({ title, tone, items }: { title: string; tone: 'bad' | 'warn'; items: ImportIssue[] }) {
  return (
    <section className={`examples tone-${tone}`}>
      <h3>{title}</h3>
      <ul>
        {items.slice(0, EXAMPLES).map((i, k) => (
          <li key={k}>
            <span className="where">{issuePlace(i)}</span> — {i.message}
          </li>
        ))}
      </ul>
      {items.length > EXAMPLES && <p className="muted small">…and {n(items.length - EXAMPLES)} more, listed after the import.</p>}
    </section>
  );
}
