import type { Level, Track } from '../../../shared/domain';
import { LEVELS, TRACKS } from '../../../shared/domain';

// Tracks and levels written in their own cells ("AI/ML", "Senior", "L5"); titles go through the
// knowledge layer's readTitle instead.

const TRACK_WORDS: [RegExp, Track][] = [
  [/mlops|ml ops|ml platform|ml infra/i, 'mlops'],
  [/\b(ai|ml|machine learning|deep learning|llm|nlp|computer vision|data scien)/i, 'ai_ml'],
  [/\bsre\b|site reliability|reliability/i, 'sre'],
  [/platform|devops|developer experience|dev ?ex/i, 'platform'],
  [/cloud|infra/i, 'cloud_infra'],
  [/full[ -]?stack|frontend|front[ -]end|backend|back[ -]end|web|product eng/i, 'fullstack'],
  [/\bdata\b|analytics|etl/i, 'data'],
  [/security|secops|appsec/i, 'security'],
];

/** A track written in a cell ("AI/ML", "Platform", "SRE"...), or null. */
export function readTrack(text: string): Track | null {
  const s = text.trim().toLowerCase().replace(/[\s/-]+/g, '_');
  if ((TRACKS as readonly string[]).includes(s)) return s as Track;
  if (s === 'ai_ml' || s === 'aiml') return 'ai_ml';
  for (const [re, t] of TRACK_WORDS) if (re.test(text)) return t;
  return null;
}

const LEVEL_WORDS: [RegExp, Level][] = [
  [/intern/i, 'intern'],
  [/junior|\bjr\b|entry|associate|graduate|\b(l1|l2|ic1|e3)\b/i, 'junior'],
  [/principal|distinguished|fellow|\b(l7|l8|ic6|e7|e8)\b/i, 'principal'],
  [/staff|\b(l6|ic5|e6)\b/i, 'staff'],
  [/director|vp|vice president|head of/i, 'director'],
  [/manager|\bmgr\b|lead manager/i, 'manager'],
  [/senior|\bsr\b|\b(l5|ic4|e5)\b|lead/i, 'senior'],
  [/mid|intermediate|\b(l3|l4|ic2|ic3|e4)\b/i, 'mid'],
];

/** A level written in a cell ("Senior", "L5", "Staff"...), or null. */
export function readLevel(text: string): Level | null {
  const s = text.trim().toLowerCase();
  if ((LEVELS as readonly string[]).includes(s)) return s as Level;
  for (const [re, l] of LEVEL_WORDS) if (re.test(text)) return l;
  return null;
}
