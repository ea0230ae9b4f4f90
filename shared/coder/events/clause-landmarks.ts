import type { Token } from '../text/tokenizer.ts';
import { opensGrounds } from './argument-selector.ts';

/**
 * Where the clauses of one sentence open and close, computed once per sentence. The target search
 * runs for every action and looks at every actor mention; asking "is there a relative clause after
 * the trigger?" or "which comma opens the phrase around this mention?" by rescanning the sentence
 * each time made it cubic in the sentence length (87 % of the coder's time on an 80 KB line).
 * With these landmarks every question is a lookup or a binary search.
 */
export interface ClauseLandmarks {
  /** First token after `head` that opens a relative or consequence clause; -1 when none. */
  relativeAfter(head: number): number;
  /** First token at or after `from` that opens the grounds of an arrest or charge; -1 when none. */
  groundsFrom(from: number): number;
  /** The mention [start, end) sits in a participle aside set off by commas ("…, paid for by X, …"). */
  inParticipleAside(start: number, end: number): boolean;
  /** The mention [start, end) sits in a relative clause set off by commas ("Germany, which co-hosted the meeting with France, pledged …"). */
  inRelativeAside(start: number, end: number): boolean;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);
const RELATIVES = new Set(['where', 'which', 'who', 'whose', 'whom', 'when']);
const CONSEQUENCE_PARTICIPLES = new Set([
  'prompting',
  'drawing',
  'sparking',
  'triggering',
  'provoking',
  'causing',
  'leading',
  'leaving',
  'forcing',
  'raising',
  'fuelling',
  'fueling',
  'stoking',
]);
const ASIDE_PARTICIPLE = /^([a-z]+ed|paid|led|made|held|sent|built|run|owned)$/;

const cache = new WeakMap<Token[], ClauseLandmarks>();

export function clauseLandmarks(tokens: Token[]): ClauseLandmarks {
  let landmarks = cache.get(tokens);
  if (!landmarks) {
    landmarks = computeLandmarks(tokens);
    cache.set(tokens, landmarks);
  }
  return landmarks;
}

function computeLandmarks(tokens: Token[]): ClauseLandmarks {
  const relatives: number[] = [];
  const grounds: number[] = [];
  // lastBreak[i]: the last ",", ";" or "." at an index in [1, i], or -1
  const lastBreak = new Int32Array(tokens.length).fill(-1);
  let lastComma = -1;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    const afterComma = tokens[i - 1]?.norm === ',';
    // "near the port, where China is building …", "at students who tried …", "…, prompting protests from Baghdad"
    if ((RELATIVES.has(norm) && (afterComma || RELATIVE_PRONOUNS.has(norm))) || (afterComma && CONSEQUENCE_PARTICIPLES.has(norm))) relatives.push(i);
    if (opensGrounds(tokens, i)) grounds.push(i);
    const isBreak = i > 0 && (norm === ',' || norm === ';' || norm === '.');
    lastBreak[i] = isBreak ? i : i > 0 ? lastBreak[i - 1]! : -1;
    if (norm === ',') lastComma = i;
  }
  // the nearest clause break before the mention is a comma opening the aside, and a later comma closes it
  const inAside = (start: number, end: number, opens: (next: Token) => boolean): boolean => {
    const at = start - 1 >= 1 ? lastBreak[start - 1]! : -1;
    if (at < 0 || tokens[at]!.norm !== ',') return false;
    const next = tokens[at + 1];
    return next !== undefined && opens(next) && lastComma >= end;
  };
  return {
    relativeAfter: (head) => firstAtLeast(relatives, head + 1),
    groundsFrom: (from) => firstAtLeast(grounds, from),
    inParticipleAside: (start, end) => inAside(start, end, (next) => ASIDE_PARTICIPLE.test(next.text)),
    // (the relative clause may run over commas of its own list: "with France, the European Union and the African Union")
    inRelativeAside: (start, end) => {
      for (let at = start - 1 >= 1 ? lastBreak[start - 1]! : -1; at > 0; at = lastBreak[at - 1]!) {
        if (tokens[at]!.norm !== ',') return false;
        if (RELATIVE_PRONOUNS.has(tokens[at + 1]?.norm ?? '')) return lastComma >= end;
      }
      return false;
    },
  };
}

/** The smallest value ≥ `min` in an ascending list, or -1. */
function firstAtLeast(sorted: number[], min: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : -1;
}
