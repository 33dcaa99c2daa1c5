import { ON_SHORTLIST, type OnShortlist } from '../../../../shared/api/contract/match';
import { REHIRE, REMOTE_POLICIES, SOURCE_KINDS, STAGES, TRACKS, TRACK_LABELS } from '../../../../shared/domain';
import { MultiSelect, SingleSelect } from '../../components/MultiSelect';
import { NumberFilter, TextFilter, ToggleFilter } from '../../components/FilterInputs';
import { ELIGIBILITY_LABELS, REMOTE_LABELS, SOURCE_LABELS, STAGE_LABELS, options as opts } from '../../grid/labels';
import type { MatchToolbar } from './toolbar';

const ELIGIBILITY = [...REHIRE, 'not_alumni'] as const;
// "Its role": each row is a person for one role, also when every open role is shown.
const ON_SHORTLIST_LABELS: Record<OnShortlist, string> = { yes: 'Yes', no: 'No', role: 'Yes, for its role', notRole: 'Not for its role' };

/** The filters a manager reaches for first, above the match grid. */
export function MatchFilterBar({ t, patch, allRoles }: { t: MatchToolbar; patch: (p: Partial<MatchToolbar>) => void; allRoles: boolean }) {
  return (
    <>
      {allRoles && <MultiSelect label="Role track" anyLabel="Any" options={opts(TRACKS, TRACK_LABELS)} value={t.roleTrack} onChange={(roleTrack) => patch({ roleTrack })} />}
      <MultiSelect label="Person track" options={opts(TRACKS, TRACK_LABELS)} value={t.track} onChange={(track) => patch({ track })} />
      <NumberFilter label="Min score" value={t.minScore} max={100} width={56} onChange={(minScore) => patch({ minScore })} />
      <SingleSelect label="Source" options={opts(SOURCE_KINDS, SOURCE_LABELS)} value={t.source} onChange={(source) => patch({ source })} />
      <MultiSelect label="Rehire" options={opts(ELIGIBILITY, ELIGIBILITY_LABELS)} value={t.eligibility} onChange={(eligibility) => patch({ eligibility })} />
      <ToggleFilter label="Near misses only" hint="One must-have short (or only an adjacent skill for it): hire and reskill" value={t.nearMissOnly} onChange={(nearMissOnly) => patch({ nearMissOnly })} />
      <NumberFilter label="Laid off within" suffix="months" value={t.laidOffWithinMonths} max={240} width={56} onChange={(laidOffWithinMonths) => patch({ laidOffWithinMonths })} />
      <TextFilter label="Location" value={t.location} placeholder="city or country" width={120} onChange={(location) => patch({ location })} />
      <MultiSelect label="Remote" options={opts(REMOTE_POLICIES, REMOTE_LABELS)} value={t.remote} onChange={(remote) => patch({ remote })} />
      <MultiSelect label="Stage" options={opts(STAGES, STAGE_LABELS)} value={t.stage} onChange={(stage) => patch({ stage })} />
      <SingleSelect label="On a shortlist" options={opts(ON_SHORTLIST, ON_SHORTLIST_LABELS)} value={t.onShortlist} onChange={(onShortlist) => patch({ onShortlist })} />
    </>
  );
}
