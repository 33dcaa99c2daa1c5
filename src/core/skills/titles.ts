import { TRACKS, type Level, type Track } from '../../shared/domain';
import type { Taxonomy, TitleReading } from './types';

// Job titles → track and level: "Sr. MLOps Eng." → mlops/senior, "SWE II" → ?/mid,
// "Engineering Manager, Infrastructure" → cloud_infra/manager, "Head of ML" → ai_ml/director.

const ABBREVIATIONS: Record<string, string> = {
  sr: 'senior', snr: 'senior', jr: 'junior', jnr: 'junior', eng: 'engineer', engr: 'engineer', engg: 'engineer',
  dev: 'developer', devs: 'developers', mgr: 'manager', mngr: 'manager', dir: 'director', swe: 'software engineer',
  sde: 'software engineer', mle: 'machine learning engineer', vp: 'vice president', svp: 'vice president',
  evp: 'vice president', avp: 'vice president', em: 'engineering manager', sdet: 'test engineer', tpm: 'technical program manager',
  mts: 'member of technical staff', ds: 'data scientist', ux: 'ux', ui: 'ui', fe: 'frontend', be: 'backend',
  frontend: 'frontend', backend: 'backend', fullstack: 'full stack', devops: 'devops', k8s: 'kubernetes',
};

/** Lower case words, hyphens and punctuation as spaces, abbreviations spelled out. */
function words(title: string): string[] {
  const t = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bc\+\+/g, 'cpp')
    .replace(/\.net\b/g, 'dotnet')
    .replace(/\bco-?op\b/g, 'coop')
    .replace(/\bci\/cd\b/g, 'cicd')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (!t) return [];
  return t.split(' ').flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' '));
}

function has(ws: string[], phrase: string): boolean {
  const p = phrase.split(' ');
  outer: for (let i = 0; i + p.length <= ws.length; i++) {
    for (let k = 0; k < p.length; k++) if (ws[i + k] !== p[k]) continue outer;
    return true;
  }
  return false;
}
const hasAny = (ws: string[], phrases: string[]) => phrases.some((p) => has(ws, p));

/** Tracks named in a title, most specific first; words claimed by one track are not read again. */
function matchTracks(ws: string[]): Track[] {
  const used = ws.map(() => false);
  const out: Track[] = [];
  for (const [track, phrases] of TRACK_RULES) {
    let hit = false;
    for (const phrase of phrases) {
      const p = phrase.split(' ');
      for (let i = 0; i + p.length <= ws.length; i++) {
        let ok = true;
        for (let k = 0; k < p.length && ok; k++) ok = ws[i + k] === p[k] && !used[i + k];
        if (!ok) continue;
        for (let k = 0; k < p.length; k++) used[i + k] = true;
        hit = true;
      }
    }
    if (hit) out.push(track);
  }
  return out;
}

// Tracks, most specific first: "ML Platform Engineer" is MLOps before it is Platform or AI/ML.
const TRACK_RULES: [Track, string[]][] = [
  ['mlops', ['mlops', 'ml ops', 'llmops', 'ml platform', 'machine learning platform', 'ml infrastructure', 'machine learning infrastructure', 'ml infra', 'ai infrastructure', 'ai platform', 'ai infra', 'model serving', 'ml systems', 'machine learning systems', 'ml operations']],
  ['security', ['security', 'secops', 'devsecops', 'appsec', 'infosec', 'cybersecurity', 'cyber', 'penetration', 'pentester', 'pen tester', 'ciso', 'soc analyst', 'threat', 'vulnerability', 'red team', 'detection engineer', 'grc', 'identity and access', 'iam engineer']],
  ['sre', ['sre', 'site reliability', 'reliability engineer', 'reliability engineering', 'production engineer', 'production engineering', 'observability']],
  ['ai_ml', ['machine learning', 'ml', 'ai', 'artificial intelligence', 'deep learning', 'nlp', 'natural language', 'computer vision', 'llm', 'llms', 'genai', 'gen ai', 'generative ai', 'data scientist', 'data scientists', 'data science', 'applied scientist', 'research scientist', 'research engineer', 'prompt engineer', 'ml researcher', 'ai researcher', 'speech recognition', 'perception', 'recommendation', 'recommender', 'robotics']],
  ['data', ['data engineer', 'data engineering', 'data platform', 'data infrastructure', 'analytics engineer', 'data analyst', 'analytics', 'bi developer', 'bi analyst', 'bi engineer', 'business intelligence', 'etl', 'data warehouse', 'database administrator', 'dba', 'database engineer', 'database developer', 'data architect', 'big data', 'data ops', 'dataops', 'data modeler', 'reporting analyst', 'data']],
  ['platform', ['platform', 'devops', 'dev ops', 'developer experience', 'devex', 'developer productivity', 'developer tools', 'build engineer', 'build and release', 'release engineer', 'cicd', 'kubernetes', 'tooling']],
  ['cloud_infra', ['cloud', 'infrastructure', 'infra', 'systems engineer', 'system engineer', 'systems administrator', 'system administrator', 'sysadmin', 'network', 'networking', 'linux', 'storage', 'datacenter', 'data center', 'it', 'virtualization', 'solutions architect', 'aws', 'azure', 'gcp', 'finops', 'hpc', 'systems']],
  ['fullstack', ['frontend', 'front end', 'backend', 'back end', 'full stack', 'web', 'mobile', 'ios', 'android', 'ui engineer', 'ui developer', 'react', 'javascript', 'typescript', 'java', 'python developer', 'node', 'dotnet', 'php', 'ruby', 'rails', 'golang', 'product engineer', 'application developer', 'app developer', 'applications engineer', 'game developer', 'api']],
  ['other', ['product manager', 'product owner', 'program manager', 'project manager', 'designer', 'design', 'ux', 'recruiter', 'recruiting', 'talent', 'sales', 'account', 'marketing', 'qa', 'quality assurance', 'test engineer', 'tester', 'technical writer', 'support', 'customer', 'scrum master', 'agile coach', 'business analyst', 'financial', 'finance', 'accountant', 'hr', 'people', 'operations', 'embedded', 'firmware', 'hardware', 'electrical', 'mechanical', 'consultant']],
];

const ROLE_NOUNS = new Set(['engineer', 'engineers', 'developer', 'developers', 'scientist', 'architect', 'programmer', 'analyst', 'researcher', 'designer', 'administrator', 'specialist', 'consultant']);
/** "Manager" that does not mean managing people. */
const NON_PEOPLE_MANAGER = ['product manager', 'program manager', 'project manager', 'account manager', 'sales manager', 'marketing manager', 'release manager', 'community manager', 'case manager', 'success manager', 'delivery manager'];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
const BY_NUMBER: Level[] = ['junior', 'junior', 'mid', 'senior', 'staff', 'principal'];

function numericLevel(ws: string[]): Level | null {
  for (const w of ws) {
    // Big-tech ladders: L3/E3 junior, L4 mid, L5 senior, L6–L7 staff, L8+ principal.
    const le = w.match(/^[le]([3-9]|10)$/);
    if (le) {
      const n = Number(le[1]);
      return n <= 3 ? 'junior' : n === 4 ? 'mid' : n === 5 ? 'senior' : n <= 7 ? 'staff' : 'principal';
    }
    const ic = w.match(/^ic([1-9])$/);
    if (ic) return BY_NUMBER[Math.min(Number(ic[1]), 5)];
  }
  // "Software Engineer II", "Data Scientist 3": a grade right after the role.
  for (let i = 1; i < ws.length; i++) {
    const n = ROMAN[ws[i]] ?? (/^[1-5]$/.test(ws[i]) ? Number(ws[i]) : undefined);
    if (n !== undefined && ROLE_NOUNS.has(ws[i - 1])) return BY_NUMBER[n];
  }
  return null;
}

function level(ws: string[]): Level | null {
  if (hasAny(ws, ['intern', 'interns', 'internship', 'coop', 'summer analyst'])) return 'intern';
  if (hasAny(ws, ['chief architect'])) return 'principal';
  if (hasAny(ws, ['director', 'directors', 'head of', 'vice president', 'chief', 'cto', 'cio', 'cdo', 'caio', 'ciso', 'founder', 'cofounder', 'co founder', 'general manager']) || ws[0] === 'head') return 'director';
  const peopleManager = hasAny(ws, ['manager', 'managers', 'supervisor', 'engineering manager']) && !(hasAny(ws, NON_PEOPLE_MANAGER) && !has(ws, 'engineering manager'));
  if (peopleManager) return 'manager';
  if (hasAny(ws, ['principal', 'distinguished', 'fellow'])) return 'principal';
  const engineeringRole = ws.some((w) => ROLE_NOUNS.has(w) && w !== 'analyst' && w !== 'consultant') || has(ws, 'software engineer');
  if (has(ws, 'staff') && !has(ws, 'member of technical staff') && engineeringRole) return 'staff';
  if (hasAny(ws, ['senior', 'lead', 'leads', 'tech lead', 'founding engineer'])) return 'senior';
  const n = numericLevel(ws);
  if (n) return n;
  if (hasAny(ws, ['mid', 'mid level', 'intermediate'])) return 'mid';
  if (hasAny(ws, ['junior', 'graduate', 'new grad', 'entry level', 'trainee', 'apprentice', 'associate engineer', 'associate software engineer', 'associate developer', 'associate data scientist'])) return 'junior';
  if (has(ws, 'architect')) return 'senior';
  return null;
}

/** Every track a title names, most specific first. */
export function titleTracks(title: string): Track[] {
  return matchTracks(words(title ?? ''));
}

/** Track and level from a job title; null where the title does not say (e.g. plain "Software Engineer"). */
export function readTitle(title: string): TitleReading {
  const ws = words(title ?? '');
  if (!ws.length) return { track: null, level: null };
  const tracks = matchTracks(ws);
  const reading: TitleReading = { track: tracks[0] ?? null, level: level(ws) };
  // "Data/ML Engineer", "DevOps & SRE": the person's skills choose between the tracks the title joins.
  const joined = /[/&+]|\b(and|or)\b/i.test(title);
  const tech = tracks.filter((t) => t !== 'other');
  if (joined && tech.length > 1) reading.candidates = tech;
  return reading;
}

const TIE_ORDER: Track[] = ['ai_ml', 'mlops', 'platform', 'sre', 'cloud_infra', 'data', 'security', 'fullstack', 'other'];

/**
 * A person's primary track. A clear title decides ("DevOps Engineer" → platform); skills choose
 * between tracks a title names ("Data/ML Engineer") and fill in when the title is generic
 * ("Software Engineer") or missing. Each skill counts once, split across its tracks with its
 * primary track weighted double; ties go to the first track in TIE_ORDER.
 */
export function primaryTrack(title: Track | null | TitleReading, skills: readonly string[], taxonomy: Taxonomy): Track | null {
  const reading: TitleReading = title && typeof title === 'object' ? title : { track: (title as Track | null) ?? null, level: null };
  const candidates = reading.candidates?.length ? reading.candidates : null;
  if (reading.track && !candidates) return reading.track;

  const score = new Map<Track, number>();
  for (const s of new Set(skills)) {
    const def = taxonomy.get(taxonomy.canonical(s) ?? s);
    if (!def || !def.tracks.length) continue;
    const total = 2 + (def.tracks.length - 1);
    def.tracks.forEach((t, k) => score.set(t, (score.get(t) ?? 0) + (k === 0 ? 2 : 1) / total));
  }
  const pool = (candidates ?? TIE_ORDER).filter((t) => (TRACKS as readonly string[]).includes(t));
  let best: Track | null = null;
  for (const t of TIE_ORDER) {
    if (!pool.includes(t)) continue;
    const v = score.get(t) ?? 0;
    if (v > 0 && (best === null || v > (score.get(best) ?? 0))) best = t;
  }
  return best ?? (candidates ? candidates[0] : reading.track);
}
