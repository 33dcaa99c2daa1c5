// Builds resources/taxonomy/skills.json from the hand-curated seed (scripts/taxonomy/*) and the
// public reference data in ../shared/data/taxonomy (O*NET, ESCO, linguist), which only add
// spellings (aliases) for skills the seed already has.
//   npx tsx scripts/build-taxonomy.ts [--shared DIR] [--report FILE]
// The JSON is committed: the app and the tests never read ../shared.
import fs from 'node:fs';
import path from 'node:path';
import { TRACKS, type Track } from '../src/shared/domain';
import { normKey, wordKeys } from '../src/core/skills/normalize';
import { COMMON_WORDS } from '../src/core/skills/commonWords';
import { AI_SKILLS } from './taxonomy/skills-ai';
import { DATA_SKILLS } from './taxonomy/skills-data';
import { PLATFORM_SKILLS } from './taxonomy/skills-platform';
import { CLOUD_SKILLS } from './taxonomy/skills-cloud';
import { SECURITY_SKILLS } from './taxonomy/skills-security';
import { FULLSTACK_SKILLS } from './taxonomy/skills-fullstack';
import { GENERAL_SKILLS } from './taxonomy/skills-general';
import { ADJACENCY } from './taxonomy/adjacency';
import { TEXT_RULES } from './taxonomy/textRules';
import { escoProposals, isTechOccupation, linguistProposals, onetCandidates, onetProposals, readEsco, readLinguist, readOnet, type Proposal } from './taxonomy/sources';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ROOT = path.resolve(__dirname, '..');
const SHARED = path.resolve(arg('--shared') ?? path.join(ROOT, '../shared/data/taxonomy'));
const OUT = path.join(ROOT, 'resources/taxonomy/skills.json');
const REPORT = arg('--report');

const TRACK_CODES: Record<string, Track> = {
  ai: 'ai_ml', mlops: 'mlops', plat: 'platform', sre: 'sre', cloud: 'cloud_infra', fs: 'fullstack', data: 'data', sec: 'security', other: 'other',
};

interface Skill {
  name: string;
  tracks: Track[];
  aliases: string[];
  parent: string | null;
  sources: Set<string>;
}

const errors: string[] = [];
const report: string[] = [];
const skills = new Map<string, Skill>();
/** normKey → canonical name: the one index that keeps every spelling pointing at one skill. */
const keyOwner = new Map<string, string>();

function parseSeed(table: string, file: string): void {
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const [name, trackText, aliasText, parentText] = line.split('|').map((s) => s.trim());
    if (!name || trackText === undefined) {
      errors.push(`${file}: cannot read "${line}"`);
      continue;
    }
    if (skills.has(name)) errors.push(`${file}: "${name}" is listed twice`);
    const tracks = trackText.split(/\s+/).map((c) => {
      const t = TRACK_CODES[c];
      if (!t) errors.push(`${file}: "${name}" has unknown track code "${c}"`);
      return t;
    });
    const aliases = (aliasText ?? '').split(',').map((a) => a.trim()).filter(Boolean);
    skills.set(name, { name, tracks, aliases, parent: parentText || null, sources: new Set(['curated']) });
  }
}

parseSeed(AI_SKILLS, 'skills-ai');
parseSeed(DATA_SKILLS, 'skills-data');
parseSeed(PLATFORM_SKILLS, 'skills-platform');
parseSeed(CLOUD_SKILLS, 'skills-cloud');
parseSeed(SECURITY_SKILLS, 'skills-security');
parseSeed(FULLSTACK_SKILLS, 'skills-fullstack');
parseSeed(GENERAL_SKILLS, 'skills-general');

// Canonical names claim their keys first, then curated aliases; any clash in the seed is an error.
for (const s of skills.values()) {
  const k = normKey(s.name);
  const owner = keyOwner.get(k);
  if (owner && owner !== s.name) errors.push(`name "${s.name}" collides with "${owner}"`);
  keyOwner.set(k, s.name);
}
for (const s of skills.values()) {
  for (const a of s.aliases) {
    const k = normKey(a);
    if (!k) errors.push(`"${s.name}": alias "${a}" has no letters or digits`);
    const owner = keyOwner.get(k);
    if (owner && owner !== s.name) errors.push(`alias "${a}" of "${s.name}" already means "${owner}"`);
    else keyOwner.set(k, s.name);
  }
}

function lookup(term: string): string | undefined {
  return keyOwner.get(normKey(term));
}

/** A spelling from public data: kept only when it is long enough, not a plain English word and not taken. */
function addSourceAlias(skill: Skill, alias: string, source: string): void {
  const a = alias.trim();
  const k = normKey(a);
  if (k.length < 4 || a.length > 60) return;
  if (wordKeys(a).length === 1 && COMMON_WORDS.has(k)) return;
  const owner = keyOwner.get(k);
  if (owner && owner !== skill.name) {
    report.push(`skip ${source} alias "${a}" for "${skill.name}": already "${owner}"`);
    return;
  }
  skill.sources.add(source);
  if (owner === skill.name && skill.aliases.some((x) => x.toLowerCase() === a.toLowerCase())) return;
  if (a.toLowerCase() === skill.name.toLowerCase()) return;
  keyOwner.set(k, skill.name);
  skill.aliases.push(a);
  report.push(`+ ${source}: "${a}" → ${skill.name}`);
}

function applyProposals(proposals: Proposal[], source: string): void {
  for (const p of proposals) {
    const name = p.lookup.map(lookup).find(Boolean);
    if (!name) continue;
    const skill = skills.get(name)!;
    for (const a of p.aliases) addSourceAlias(skill, a, source);
  }
}

const onetRows = readOnet(path.join(SHARED, 'onet_technology_skills.txt'));
applyProposals(onetProposals(onetRows), 'onet');
applyProposals(escoProposals(readEsco(path.join(SHARED, 'esco_digital_skills_en.csv'))), 'esco');
applyProposals(linguistProposals(readLinguist(path.join(SHARED, 'linguist_languages.yml'))), 'linguist');

// O*NET hot technologies of tech occupations the seed does not cover, for the curator to review.
const unmatched = new Set<string>();
for (const r of onetRows) {
  if (r.hot && isTechOccupation(r.soc) && !onetCandidates(r.example).some(lookup)) unmatched.add(r.example);
}
for (const u of [...unmatched].sort()) report.push(`? onet hot technology not in the seed: ${u}`);

// Drop spellings that read the same as an earlier one (same words, any case).
for (const s of skills.values()) {
  const seen = new Set<string>([wordKeys(s.name).join(' ')]);
  s.aliases = s.aliases.filter((a) => {
    const wk = wordKeys(a).join(' ');
    if (seen.has(wk)) return false;
    seen.add(wk);
    return true;
  });
}

// ---------- text rules ----------
interface TextRule {
  term: string;
  mode: 'ci' | 'cased' | 'strict' | 'cell';
  blockNext?: string[];
  blockPrev?: string[];
}
const rules: TextRule[] = [];
const ruleKeys = new Set<string>();
for (const raw of TEXT_RULES.split('\n')) {
  if (!raw.trim()) continue;
  const [term, mode, next, prev] = raw.split('|').map((s) => s.trim());
  if (!['ci', 'cased', 'strict', 'cell'].includes(mode)) errors.push(`text rule "${term}": unknown mode "${mode}"`);
  const k = normKey(term);
  if (ruleKeys.has(k)) errors.push(`text rule "${term}" is listed twice`);
  ruleKeys.add(k);
  const owner = keyOwner.get(k);
  if (!owner) errors.push(`text rule "${term}" is not a name or alias of any skill`);
  else if (![owner, ...skills.get(owner)!.aliases].includes(term)) errors.push(`text rule "${term}" must be spelled exactly as the alias of "${owner}"`);
  const words = (s?: string) => (s ? s.split(/\s+/).filter(Boolean).map(normKey) : []);
  const rule: TextRule = { term, mode: mode as TextRule['mode'] };
  if (words(next).length) rule.blockNext = words(next);
  if (words(prev).length) rule.blockPrev = words(prev);
  rules.push(rule);
}
// A one-word spelling that is also an everyday English word must say how prose reads it.
for (const s of skills.values()) {
  for (const a of [s.name, ...s.aliases]) {
    const k = normKey(a);
    if (wordKeys(a).length === 1 && COMMON_WORDS.has(k) && !ruleKeys.has(k)) errors.push(`"${a}" (${s.name}) is an everyday word: add a text rule`);
  }
}

// ---------- adjacency ----------
interface Edge {
  a: string;
  b: string;
  weight: number;
  directed?: boolean;
}
const edges: Edge[] = [];
const edgeKeys = new Set<string>();
for (const raw of ADJACENCY.split('\n')) {
  const line = raw.trim();
  if (!line) continue;
  const m = line.match(/^(.+?) ([~>]) (.+?) (0(?:\.\d+)?|1(?:\.0+)?)$/);
  if (!m) {
    errors.push(`adjacency: cannot read "${line}"`);
    continue;
  }
  const [, a, op, b, w] = m;
  for (const end of [a, b]) if (!skills.has(end)) errors.push(`adjacency "${line}": no skill "${end}"`);
  const key = op === '~' ? [a, b].sort().join(' ~ ') : `${a} > ${b}`;
  if (edgeKeys.has(key)) errors.push(`adjacency "${line}" is listed twice`);
  edgeKeys.add(key);
  edges.push(op === '>' ? { a, b, weight: Number(w), directed: true } : { a, b, weight: Number(w) });
}

for (const s of skills.values()) {
  if (s.parent && !skills.has(s.parent)) errors.push(`"${s.name}": parent "${s.parent}" is not a skill`);
  if (s.parent === s.name) errors.push(`"${s.name}" is its own parent`);
  for (const t of s.tracks) if (!(TRACKS as readonly string[]).includes(t)) errors.push(`"${s.name}": bad track ${t}`);
}

if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`\n${errors.length} problem(s); skills.json not written.`);
  process.exit(1);
}

const list = [...skills.values()].sort((x, y) => x.name.localeCompare(y.name, 'en'));
const aliasCount = list.reduce((n, s) => n + s.aliases.length, 0);
const json =
  '{\n' +
  `  "version": 1,\n` +
  `  "sources": ${JSON.stringify([
    { id: 'curated', name: 'Bridgehire hand curation', licence: 'same as the app' },
    { id: 'onet', name: 'O*NET 28.0 Technology Skills', licence: 'CC BY 4.0', attribution: 'O*NET 28.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.' },
    { id: 'esco', name: 'ESCO 1.2 digital skills', licence: 'EU reuse with attribution (Commission Decision 2011/833/EU)', attribution: 'ESCO classification, © European Union, https://esco.ec.europa.eu' },
    { id: 'linguist', name: 'GitHub linguist languages.yml', licence: 'MIT', attribution: 'Copyright (c) 2017 GitHub, Inc. and contributors' },
  ])},\n` +
  `  "skills": [\n${list
    .map((s) => '    ' + JSON.stringify({ name: s.name, tracks: s.tracks, parent: s.parent, aliases: s.aliases, sources: [...s.sources] }))
    .join(',\n')}\n  ],\n` +
  `  "adjacency": [\n${edges.map((e) => '    ' + JSON.stringify(e)).join(',\n')}\n  ],\n` +
  `  "textRules": [\n${rules.map((r) => '    ' + JSON.stringify(r)).join(',\n')}\n  ]\n}\n`;
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, json);
if (REPORT) fs.writeFileSync(REPORT, report.join('\n') + '\n');
const bySource = (src: string) => list.filter((s) => s.sources.has(src)).length;
console.log(
  `skills.json: ${list.length} skills, ${aliasCount} aliases, ${edges.length} edges, ${rules.length} text rules; ` +
    `enriched from onet ${bySource('onet')}, esco ${bySource('esco')}, linguist ${bySource('linguist')} skills; ` +
    `${unmatched.size} O*NET hot technologies left for review.`,
);
