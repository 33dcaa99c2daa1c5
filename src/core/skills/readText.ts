import type { SkillHit, Track } from '../../shared/domain';
import { normKey, tokenize, wordKeys, type Word } from './normalize';
import { accepts, type CompiledRule } from './textRules';
import type { SkillsReading } from './types';

// Prose reading: every alias is stored as a path of word keys in one trie, so a résumé is read in
// a single pass over its words, trying the longest alias first at each word.

export interface TrieEntry {
  skill: string;
  track: Track | null;
  /** null: read in any case. */
  rule: CompiledRule | null;
}

export interface TrieNode {
  next?: Map<string, TrieNode>;
  entry?: TrieEntry;
}

export function newTrie(): TrieNode {
  return {};
}

function insertPath(root: TrieNode, keys: string[], entry: TrieEntry): void {
  if (!keys.length) return;
  let node = root;
  for (const k of keys) {
    if (!node.next) node.next = new Map();
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = {}));
    node = child;
  }
  node.entry = entry;
}

/**
 * Adds one spelling under every word split it may be written with: as tokenised ("Node JS" →
 * node·js), joined ("nodejs"), and split at inner dots ("Node.js" → node·js).
 */
export function insertAlias(root: TrieNode, alias: string, entry: TrieEntry): void {
  const keys = wordKeys(alias);
  insertPath(root, keys, entry);
  if (keys.length > 1) insertPath(root, [normKey(alias)], entry);
  const dotted = tokenize(alias).flatMap((w) => (/\w\.\w/.test(w.text) && !w.text.startsWith('.') ? w.text.split('.').map(normKey) : [w.norm]));
  if (dotted.length !== keys.length) insertPath(root, dotted.filter(Boolean), entry);
}

const HARD_SEP = /[^\s\-/_'\u2019\u00a0]/;

interface Candidate {
  j: number;
  entry: TrieEntry;
}

export interface TextMatch {
  entry: TrieEntry;
  /** First and last word of the match. */
  i: number;
  j: number;
}

/** Every accepted match in a text, in order (a skill may match more than once). */
export function scanText(root: TrieNode, text: string): { words: Word[]; matches: TextMatch[] } {
  const words = tokenize(text);
  const matches: TextMatch[] = [];
  let lastHitEnd = -2;
  const cands: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    let node: TrieNode | undefined = root;
    cands.length = 0;
    for (let j = i; j < words.length && node?.next; j++) {
      if (j > i && HARD_SEP.test(words[j].sep)) break;
      const key = words[j].norm;
      const child: TrieNode | undefined = node.next.get(key);
      if (!child) {
        // A plural of a plain alias at the end of the phrase ("vector databases", "LLMs").
        if (key.length >= 4 && key.endsWith('s')) {
          const singular = node.next.get(key.slice(0, -1));
          if (singular?.entry && !singular.entry.rule) cands.push({ j, entry: singular.entry });
        }
        break;
      }
      node = child;
      if (node.entry) cands.push({ j, entry: node.entry });
    }
    for (let c = cands.length - 1; c >= 0; c--) {
      const { j, entry } = cands[c];
      if (entry.rule && !accepts(entry.rule, text, words, i, j, lastHitEnd === i - 1)) continue;
      matches.push({ entry, i, j });
      lastHitEnd = j;
      i = j;
      break;
    }
  }
  return { words, matches };
}

/** Finds the skills named in free text. Each hit keeps the words it was read from; nothing is "unknown". */
export function readText(root: TrieNode, text: string): SkillsReading {
  const skills: SkillHit[] = [];
  if (!text) return { skills, unknown: [] };
  const { words, matches } = scanText(root, text);
  const seen = new Set<string>();
  for (const m of matches) {
    if (seen.has(m.entry.skill)) continue;
    seen.add(m.entry.skill);
    skills.push({ name: m.entry.skill, raw: text.slice(words[m.i].start, words[m.j].end), track: m.entry.track });
  }
  return { skills, unknown: [] };
}
