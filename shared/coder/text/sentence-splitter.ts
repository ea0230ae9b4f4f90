import { cutPoint, MAX_SENTENCE_CHARS } from '../../article/long-text.ts';
import { isRegexSpace } from '../../article/text-scan.ts';
import { formatCount } from '../../text/format-count.ts';
import { MONTH_ABBREVIATIONS } from './month-abbreviations.ts';

/**
 * Splits an article body into sentences, keeping character offsets so that event evidence points
 * back into `article.body`. Hand-written rather than wink-nlp/compromise: news text needs only
 * abbreviation and line-break handling, and this runs an order of magnitude faster.
 * Linear in the length of the body, and no sentence is longer than MAX_SENTENCE_CHARS: a longer
 * one is cut into pieces (see cutPoint), each marked with the sentence it was cut from.
 */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence in the article (0-based). */
  index: number;
  /** For a piece of an over-long sentence: where that whole sentence was (shared by its pieces). */
  cutFrom?: { start: number; end: number };
}

// Words that end with a period without ending a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'cpl',
  'adm',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
  'sr',
  'jr',
  'messrs',
  'hon',
  'pres',
  'amb',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'co',
  'corp',
  'ltd',
  'dept',
  ...MONTH_ABBREVIATIONS,
  'approx',
  'est',
  'fig',
  'vol',
  'u.s',
  'u.n',
  'u.k',
  'e.u',
  'd.c',
  'a.m',
  'p.m',
  'mt',
  'ft',
]);

/** Closing quotes and brackets and further marks that belong to the sentence a mark ends. */
const SENTENCE_TAIL = new Set(['.', '!', '?', '"', "'", '\u201d', '\u2019', ')', ']']);

/** After an abbreviation, only a capitalised function word clearly starts a new sentence. */
const NEW_SENTENCE_AFTER_ABBREVIATION = /^(The|A|An|It|He|She|They|We|In|On|But|This|That|These|Those|His|Her|Its|Their)\b/;

// The longest abbreviation's length: a longer run of letters and dots before a full stop is no abbreviation, and the
// walk back stops there (unbounded, "aa.Bb" repeated made every glued full stop rescan the run: quadratic).
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

function isAbbreviation(body: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(body[i]!)) {
    if (dot - i > LONGEST_ABBREVIATION) return false;
    i--;
  }
  const word = body.slice(i + 1, dot).toLowerCase();
  if (word.length === 1) return true; // initials: "John F. Kennedy"
  return ABBREVIATIONS.has(word);
}

/** A full stop right between a lower-case word and a capitalised one ("commissions.The"): a missing space. */
function gluedSentenceStart(body: string, dot: number, next: number): boolean {
  return (
    body[dot] === '.' &&
    next === dot + 1 &&
    /[a-z]/.test(body[dot - 1] ?? '') &&
    /[a-z]/.test(body[dot - 2] ?? '') &&
    /[A-Z]/.test(body[next] ?? '') &&
    /[a-z]/.test(body[next + 1] ?? '') &&
    !isAbbreviation(body, dot)
  );
}

export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const add = (s: number, e: number, cutFrom?: Sentence['cutFrom']) => {
    out.push({ text: body.slice(s, e), start: s, end: e, index: out.length, ...(cutFrom ? { cutFrom } : {}) });
  };
  const push = (end: number) => {
    // trim whitespace on both sides, keep offsets exact
    let s = start;
    let e = end;
    while (s < e && isRegexSpace(body.charCodeAt(s))) s++;
    while (e > s && isRegexSpace(body.charCodeAt(e - 1))) e--;
    start = end;
    if (e - s <= MAX_SENTENCE_CHARS) {
      if (e > s) add(s, e);
      return;
    }
    const cutFrom = { start: s, end: e };
    while (e - s > MAX_SENTENCE_CHARS) {
      const cut = cutPoint(body, s, MAX_SENTENCE_CHARS);
      let pieceEnd = cut.end;
      while (pieceEnd > s && isRegexSpace(body.charCodeAt(pieceEnd - 1))) pieceEnd--;
      if (pieceEnd > s) add(s, pieceEnd, cutFrom);
      s = cut.next;
      while (s < e && isRegexSpace(body.charCodeAt(s))) s++;
    }
    if (e > s) add(s, e, cutFrom);
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
    while (j < n && SENTENCE_TAIL.has(body[j]!)) j++;
    // Every mark in the run i..j sees this same j and the same next word, so the run is decided
    // once: re-deciding it from each of its marks made a run of "!!!…" quadratic.
    const mark = i;
    i = j - 1;
    // "3.5", "U.S.-led", "Reuters.com" go on; a full stop glued to the next sentence by a scraper ("commissions.The
    // two signed …") ends one
    if (j < n && !isRegexSpace(body.charCodeAt(j)) && !gluedSentenceStart(body, mark, j)) continue;
    if (ch === '.' && j === mark + 1 && isAbbreviation(body, mark)) {
      // an abbreviation ends the sentence only if a clearly new sentence follows
      let k = j;
      while (k < n && body[k]! === ' ') k++;
      // "U.S. officials" continues; "…in the U.S. The next day…" ends: accept only a capitalised function word
      if (!NEW_SENTENCE_AFTER_ABBREVIATION.test(body.slice(k, k + 40))) continue;
    }
    let k = j;
    while (k < n && (body[k]! === ' ' || body[k]! === '\t')) k++;
    if (k < n && body[k]! !== '\n' && /[a-z]/.test(body[k]!)) continue; // lower case continues the sentence
    push(j);
  }
  push(n);
  return out;
}

/** A note for the article's record when sentences were cut for length, or null. */
export function describeCutSentences(sentences: readonly Sentence[]): string | null {
  const cut = new Set<NonNullable<Sentence['cutFrom']>>();
  let pieces = 0;
  for (const sentence of sentences) {
    if (!sentence.cutFrom) continue;
    cut.add(sentence.cutFrom);
    pieces++;
  }
  if (cut.size === 0) return null;
  let longest = 0;
  for (const whole of cut) longest = Math.max(longest, whole.end - whole.start);

  const what =
    cut.size === 1
      ? `1 sentence was longer than ${formatCount(MAX_SENTENCE_CHARS)} characters (${formatCount(longest)})`
      : `${formatCount(cut.size)} sentences were longer than ${formatCount(MAX_SENTENCE_CHARS)} characters (the longest ${formatCount(longest)})`;
  return `${what}; the coder read ${cut.size === 1 ? 'it' : 'them'} as ${formatCount(pieces)} pieces, cut at spaces where there were any.`;
}
