/**
 * Splits an article body into sentences, keeping character offsets so that event evidence points
 * back into `article.body`. Hand-written rather than wink-nlp/compromise: news text needs only
 * abbreviation and line-break handling, and this runs an order of magnitude faster.
 */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence in the article (0-based). */
  index: number;
}

// Words that end with a period without ending a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'gov', 'sen', 'rep',
  'rev', 'st', 'sr', 'jr', 'messrs', 'hon', 'pres', 'amb', 'no', 'nos', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'vol',
  'u.s', 'u.n', 'u.k', 'e.u', 'd.c', 'a.m', 'p.m', 'mt', 'ft',
]);

function isAbbreviation(body: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(body[i]!)) i--;
  const word = body.slice(i + 1, dot).toLowerCase();
  if (word.length === 1) return true; // initials: "John F. Kennedy"
  return ABBREVIATIONS.has(word);
}

export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    // trim whitespace on both sides, keep offsets exact
    let s = start;
    let e = end;
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (e > s) out.push({ text: body.slice(s, e), start: s, end: e, index: out.length });
    start = end;
  };
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const ch = body[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // absorb closing quotes/brackets and repeated punctuation
    let j = i + 1;
    while (j < n && /[.!?"'”’)\]]/.test(body[j]!)) j++;
    if (j < n && !/\s/.test(body[j]!)) continue; // "3.5", "U.S.-led"
    if (ch === '.' && j === i + 1 && isAbbreviation(body, i)) {
      // an abbreviation ends the sentence only if a clearly new sentence follows (handled by the next capital + lower pattern below)
      let k = j;
      while (k < n && body[k]! === ' ') k++;
      const next = body.slice(k, k + 40);
      // "U.S. officials" continues; "…in the U.S. The next day…" ends: accept only a capitalised function word
      if (!/^(The|A|An|It|He|She|They|We|In|On|But|This|That|These|Those|His|Her|Its|Their)\b/.test(next)) continue;
    }
    let k = j;
    while (k < n && (body[k]! === ' ' || body[k]! === '\t')) k++;
    if (k < n && body[k]! !== '\n' && /[a-z]/.test(body[k]!)) continue; // lower case continues the sentence
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}
