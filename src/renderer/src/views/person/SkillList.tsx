import type { PersonSkillDto } from '../../../../shared/api/contract/people';

const ORIGIN: Record<PersonSkillDto['origin'], string> = { skills_cell: 'in the skills column', text: 'in the résumé or summary', manual: 'added by hand' };

/** Each skill with the text it was read from and where that text was. */
export function SkillList({ skills }: { skills: PersonSkillDto[] }) {
  if (skills.length === 0) return <p className="muted">No skills recorded. Import a file with a skills or résumé column to add them.</p>;
  return (
    <ul className="skill-evidence">
      {skills.map((s) => (
        <li key={s.skill} className={s.known ? '' : 'unknown'} title={s.known ? undefined : 'Not in the skills taxonomy: matched by its exact text only'}>
          <strong>{s.skill}</strong>
          <span className="muted">
            {' '}
            {s.raw && s.raw !== s.skill ? `from “${s.raw}” ` : ''}
            {ORIGIN[s.origin] ?? s.origin}
            {s.known ? '' : ' · not in the taxonomy'}
          </span>
        </li>
      ))}
    </ul>
  );
}
