import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import { isReportingVerb } from './modality.ts';

/**
 * Reported speech: who speaks and which words are theirs. "X said (that) …" puts the content after the
 * verb; '"…," X said' and "…, X said" put it before. Quotes in wire copy also come as posts ("wrote on X",
 * "posted", "tweeted"). The speaker is an actor mention next to the verb; the content is a token range.
 */
export interface ReportedSpeech {
  speaker: ResolvedMention;
  /** Token range [start, end) of what was said. */
  content: [number, number];
  /** Index of the verb of saying. */
  verb: number;
}

const POSTING = new Set([
  'wrote',
  'writes',
  'posted',
  'posts',
  'tweeted',
  'tweets',
  'branded',
  'called',
  'described',
  'dubbed',
  'labelled',
  'labeled',
  'termed',
]);
const isSaying = (t: Token) => /^[a-z]/.test(t.text) && (isReportingVerb(t.norm) || POSTING.has(t.norm));
const speaks = (r: ResolvedMention) => (r.actor !== null || r.pair !== null) && !r.mention.prep && !r.mention.possessive;

export function reportedSpeech(tokens: Token[], mentions: ResolvedMention[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (!isSaying(tokens[v]!)) continue;
    // '"…," said X' / '"…," X said' / "…, X said": the words before the comma (or opening quote) are X's
    const comma = lastIndexBefore(tokens, v, (t) => t.norm === ',');
    const after = mentions.find((r) => speaks(r) && r.mention.start > v && r.mention.start <= v + 3);
    const before = [...mentions].reverse().find((r) => speaks(r) && r.mention.end <= v && r.mention.end >= v - 3 && r.mention.start > comma);
    if (comma > 0 && (after || before) && (before?.mention.start ?? v) - comma <= 3) {
      const open = tokens[0]?.norm === '"' ? 1 : 0;
      out.push({ speaker: (before ?? after)!, content: [open, comma], verb: v });
      continue;
    }
    // "X said (that) …", "X wrote on X that …"
    if (before && before.mention.start <= v) {
      let start = v + 1;
      while (start < tokens.length && ['that', ':', '"', ','].includes(tokens[start]!.norm)) start++;
      out.push({ speaker: before, content: [start, tokens.length], verb: v });
    }
  }
  return out;
}

function lastIndexBefore(tokens: Token[], i: number, test: (t: Token) => boolean): number {
  for (let k = i - 1; k >= 0; k--) if (test(tokens[k]!)) return k;
  return -1;
}
