import { compactCase, isSoftSep, type Word } from './normalize';

// When an ambiguous word in prose is a skill: the case and context rules of the taxonomy's
// `textRules`, applied to one candidate match (words i..j of a text).

export type RuleMode = 'ci' | 'cased' | 'strict' | 'cell';

export interface TextRuleData {
  term: string;
  mode: RuleMode;
  blockNext?: string[];
  blockPrev?: string[];
}

export interface CompiledRule {
  mode: RuleMode;
  /** Exact spellings (letters, digits, + and # only, case kept). */
  forms: Set<string>;
  blockNext: Set<string>;
  blockPrev: Set<string>;
}

export function compileRule(r: TextRuleData): CompiledRule {
  return {
    mode: r.mode,
    forms: new Set([compactCase(r.term)]),
    blockNext: new Set(r.blockNext ?? []),
    blockPrev: new Set(r.blockPrev ?? []),
  };
}

/** Words after which a list item or a tool name naturally comes ("in R", "with Chef", "e.g. Go"). */
const LISTY_PREV = new Set('and or nor in with using use used uses like including incl eg ie via plus also both either of from to as on into than such'.split(' '));
/** Words that may follow a list item ("R and", "Go or"). */
const LISTY_NEXT = new Set('and or nor plus to as for with on in at across via using from'.split(' '));
/** Words that show a tool or language is meant ("Go developer", "Spark jobs", "R programming"). */
const TECH_NOUNS = new Set(
  `programming programmer programmers language languages developer developers development dev devs engineer engineers engineering
  code codebase codebases coding script scripts scripting service services microservice microservices app apps application
  applications backend frontend library libraries package packages module modules framework frameworks stack runtime compiler
  sdk api apis job jobs pipeline pipelines cluster clusters streaming sql notebook notebooks dashboard dashboards chart charts
  cookbook cookbooks playbook playbooks recipe recipes manifest manifests template templates operator operators workflow
  workflows tooling tool tools expert expertise experience skills proficiency proficient certified certification administrator
  admin administration server servers studio markdown shiny plugin plugins extension extensions ecosystem concurrency generics
  goroutines crates gems macros formulas functions queries reports integration integrations implementation deployment
  deployments migration migrations upgrade upgrades data analysis analytics models modeling modelling tests testing
  automation project projects environment environments platform platforms stacks`.split(/\s+/),
);
/** Hyphenated suffixes that keep a tool name a tool name ("Go-based", "Kubernetes-native"). */
const HYPHEN_OK = new Set('based native powered first centric driven heavy compatible enabled specific only style like friendly ready aware backed certified related focused oriented savvy'.split(' '));

const LIST_BEFORE = /[,;(|/:•·▪●◦[{+&\n]|\s[-–—]\s/;
const LIST_AFTER = /[,;)|/:•·▪●◦\]}.!?&\n]|\s[-–—]\s/;
const SENTENCE_START = /[.!?:]\s|\n|[•·▪●◦*]/;
const YEAR = /^(19|20)\d\d$/;
const VERSION = /^v?\d+(\.\d+)*[a-z+]*$/;

function isVersion(w: Word): boolean {
  return VERSION.test(w.text.toLowerCase()) && !YEAR.test(w.text);
}

function sentenceInitial(words: Word[], i: number): boolean {
  if (i === 0) return true;
  const sep = words[i].sep;
  return SENTENCE_START.test(sep) || /[.!?]$/.test(sep.trimEnd());
}

function listyBefore(words: Word[], i: number, prevWasHit: boolean): boolean {
  if (i === 0) return true;
  const sep = words[i].sep;
  const prev = words[i - 1].norm;
  // After a full stop only an abbreviation like "e.g." introduces a list ("Mr. R. Smith" is no R).
  if (/[.!?]\s*$/.test(sep) && !sep.includes('\n')) return prev === 'eg' || prev === 'ie' || prev === 'incl';
  if (LIST_BEFORE.test(sep) || /[•·▪●◦*]/.test(sep)) return true;
  return LISTY_PREV.has(prev) || (prevWasHit && isSoftSep(sep));
}

function listyAfter(words: Word[], j: number, after: string): boolean {
  if (j === words.length - 1) return true;
  if (LIST_AFTER.test(after)) return true;
  const next = words[j + 1];
  return LISTY_NEXT.has(next.norm) || TECH_NOUNS.has(next.norm) || isVersion(next);
}

function allCapsWord(w: Word | undefined): boolean {
  return !!w && /[A-Z].*[A-Z]/.test(w.text) && w.text === w.text.toUpperCase();
}

/** Is the match words[i..j] of `text` the skill, under this rule? */
export function accepts(rule: CompiledRule, text: string, words: Word[], i: number, j: number, prevWasHit: boolean): boolean {
  const before = words[i].sep;
  const after = j + 1 < words.length ? words[j + 1].sep : text.slice(words[j].end);
  const next = j + 1 < words.length ? words[j + 1] : undefined;
  const prev = i > 0 ? words[i - 1] : undefined;
  if (next && isSoftSep(after) && rule.blockNext.has(next.norm)) return false;
  if (prev && isSoftSep(before) && rule.blockPrev.has(prev.norm)) return false;
  if (rule.mode === 'ci') return true;
  if (rule.mode === 'cell') return false;

  const raw = compactCase(text.slice(words[i].start, words[j].end));
  if (!rule.forms.has(raw)) {
    // "GO, RUST, PYTHON" in an all-capitals line still counts.
    const upper = [...rule.forms].some((f) => f.toUpperCase() === raw);
    if (!(upper && raw === raw.toUpperCase() && (allCapsWord(prev) || allCapsWord(next)))) return false;
  }
  // Part of a hyphenated word: "C-suite", "go-to-market", "non-Go" (but "Go-based" is fine).
  if (next && after === '-') {
    if (!HYPHEN_OK.has(next.norm)) return false;
    if (!(prev && before === '-')) return true; // "Go-based", "R-native": the suffix says it is the tool
  }
  if (prev && before === '-') return false;

  if (rule.mode === 'strict') return listyBefore(words, i, prevWasHit) && listyAfter(words, j, after);
  // cased: at the start of a sentence a capital proves nothing ("Go to the store", "Excel at it").
  if (sentenceInitial(words, i)) return listyAfter(words, j, after);
  return true;
}

/** For user-added aliases that are everyday words: read them in skills cells only. */
export const CELL_ONLY: CompiledRule = { mode: 'cell', forms: new Set(), blockNext: new Set(), blockPrev: new Set() };

