// Text normalisation shared by the taxonomy builder, the cell reader and the prose reader.
// One definition of "the same term" everywhere: "Node.js" = "nodejs" = "Node JS".

const NON_ASCII = /[^\x00-\x7f]/;
const DIACRITICS = /[\u0300-\u036f]/g;

/** Removes accents: "Nestlé" → "Nestle". */
export function stripDiacritics(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFKD').replace(DIACRITICS, '') : s;
}

/**
 * The lookup key of a term: lower case, no accents, "&" read as "and", a leading "." read as
 * "dot" (".NET" → "dotnet"), and every space or punctuation mark dropped except "+" and "#"
 * (so C, C++ and C# stay apart).
 */
export function normKey(s: string): string {
  const fast = asciiKey(s);
  if (fast !== undefined) return fast;
  let t = stripDiacritics(s).toLowerCase();
  if (t.includes('.')) t = t.replace(/(^|[^\p{L}\p{N}])\.(?=\p{L})/gu, '$1dot');
  if (t.includes('&')) t = t.replace(/&/g, 'and');
  return NON_ASCII.test(t) ? t.replace(/(?![+#])[\s\p{P}\p{S}]+/gu, '') : t.replace(/[^a-z0-9+#]+/g, '');
}

/** normKey for plain ASCII text (almost every cell) with native string operations; undefined otherwise. */
function asciiKey(s: string): string | undefined {
  let t = s.toLowerCase();
  if (!PLAIN_KEY.test(t)) return t; // already a key: "python", "k8s", "c++"
  if (NON_ASCII.test(t)) return undefined;
  if (t.includes('.')) t = t.replace(LEADING_DOT, '$1dot');
  if (t.includes('&')) t = t.replace(/&/g, 'and');
  return t.replace(NOT_KEY, '');
}
const PLAIN_KEY = /[^a-z0-9+#]/;
const NOT_KEY = /[^a-z0-9+#]+/g;
const LEADING_DOT = /(^|[^a-z0-9])\.(?=[a-z])/g;

/** The letters, digits, "+" and "#" of a text with their case kept: "Node JS" → "NodeJS". */
export function compactCase(s: string): string {
  return s.replace(/(?![+#])[\s\p{P}\p{S}]+/gu, '');
}

export interface Word {
  /** As written. */
  text: string;
  /** normKey(text); a lone "&" is the word "and". */
  norm: string;
  start: number;
  end: number;
  /** The raw text between the previous word (or the start) and this word. */
  sep: string;
}

function isAlnumCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isAlnumAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAlnumCode(code);
  return LETTER_OR_DIGIT.test(text[i]);
}

/**
 * Splits text into words. A word is a run of letters and digits, glued across "." and "&"
 * when both sides are letters or digits ("Node.js", "R&D", "ASP.NET"), with trailing "+"
 * and "#" ("C++", "C#") and a leading "." before letters (".NET"). A lone "&" between spaces
 * becomes the word "and". Everything else separates words and is kept in `sep`.
 */
export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  while (i < n) {
    const ch = text[i];
    const leadingDot = ch === '.' && !isAlnumAt(text, i - 1) && isAlnumAt(text, i + 1) && (i + 1 < n && /\p{L}/u.test(text[i + 1]));
    if (isAlnumAt(text, i) || leadingDot) {
      const start = i;
      if (leadingDot) i++;
      while (i < n && isAlnumAt(text, i)) i++;
      while (i < n && (text[i] === '.' || text[i] === '&') && isAlnumAt(text, i + 1)) {
        i++;
        while (i < n && isAlnumAt(text, i)) i++;
      }
      while (i < n && (text[i] === '+' || text[i] === '#')) i++;
      const wordText = text.slice(start, i);
      words.push({ text: wordText, norm: normKey(wordText), start, end: i, sep: text.slice(prevEnd, start) });
      prevEnd = i;
    } else if (ch === '&' && (i === 0 || /\s/.test(text[i - 1])) && (i + 1 >= n || /\s/.test(text[i + 1]))) {
      words.push({ text: '&', norm: 'and', start: i, end: i + 1, sep: text.slice(prevEnd, i) });
      i++;
      prevEnd = i;
    } else {
      i++;
    }
  }
  return words;
}

/** The word keys of a phrase, as the prose reader's trie stores them. */
export function wordKeys(phrase: string): string[] {
  return tokenize(phrase)
    .map((w) => w.norm)
    .filter((k) => k.length > 0);
}

/** True when the separator between two words is only spaces, "-", "/", "_" or an apostrophe. */
export function isSoftSep(sep: string): boolean {
  for (let k = 0; k < sep.length; k++) {
    const c = sep[k];
    if (c !== ' ' && c !== '\t' && c !== '-' && c !== '/' && c !== '_' && c !== "'" && c !== '\u2019' && c !== '\u00a0') return false;
  }
  return true;
}
