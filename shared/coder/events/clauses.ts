import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import type { Actor } from '../../model/diplomatic-event.ts';

/**
 * Coordinated clauses with a subject of their own: "Japan pledged $10 million, while Canada committed
 * $5 million and Norway gave $3 million". Each clause has its own subject and, where it names none,
 * shares the other arguments of the first (the recipient, Sudan). The boundary is the conjunction; an
 * argument search that starts before it must stop there, or the next clause's subject becomes a target.
 */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whilst', 'whereas', ';']);
// Words that may stand between a clause's subject and its verb ("Canada also committed", "Norway has given").
const BEFORE_VERB = new Set(['also', 'has', 'have', 'had', 'then', 'later', 'separately', 'itself', 'too', 'will', 'would', 'is', 'was']);
// Irregular verbs of speech, which open a clause as well as an action does ("… and Sweden said it would finance …").
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes']);

/** Where the verb of a subject ending at `end` would be: past "also", "has", "will" and the like. */
export function verbAfter(tokens: Token[], end: number): number {
  let v = end;
  while (v < tokens.length && v <= end + 2 && BEFORE_VERB.has(tokens[v]!.norm)) v++;
  return v;
}

/** A verb of speech or a past tense right after a party (auxiliaries aside): the party is that verb's subject. */
export function opensClause(tokens: Token[], end: number): boolean {
  const w = tokens[verbAfter(tokens, end)];
  return w !== undefined && (SPEECH_VERBS.has(w.text) || /^[a-z]+ed$/.test(w.text));
}

/** Token indexes of conjunctions that open a clause of their own (subject mention, then a verb). */
export function clauseStarts(tokens: Token[], mentions: ResolvedMention[], actionHeads: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (const r of mentions) {
    const m = r.mention;
    if (m.prep || m.possessive || !(r.actor || r.pair || m.pronoun)) continue;
    let c = m.start - 1;
    if (tokens[c]?.norm === 'the') c--;
    if (c < 1 || !CLAUSE_CONJUNCTIONS.has(tokens[c]!.norm)) continue;
    const v = verbAfter(tokens, coordinatedSubjectEnd(tokens, mentions, m.end));
    const w = tokens[v];
    if (w && (actionHeads.has(v) || SPEECH_VERBS.has(w.text) || (/^[a-z]+ed$/.test(w.text) && !actionHeads.has(m.start - 2)))) out.push(c);
  }
  for (const g of gappedClauses(tokens, mentions)) if (!out.includes(g.at)) out.push(g.at);
  return out.sort((a, b) => a - b);
}

/** The end of a subject coordinated from the mention ending at `end`: "Germany and Japan", "Chad, Niger and Mali". */
export function coordinatedSubjectEnd(tokens: Token[], mentions: readonly ResolvedMention[], end: number): number {
  for (;;) {
    if (tokens[end]?.norm !== 'and' && tokens[end]?.norm !== ',') return end;
    const from = end + 1 + (tokens[end + 1]?.norm === 'the' ? 1 : 0);
    const next = mentions.find((r) => r.mention.start === from && !r.mention.prep && (r.actor || r.pair));
    if (!next) return end;
    end = next.mention.end;
  }
}

// The last word of an amount ("$8 million", "40 soldiers", "12 billion euros").
const AMOUNT_END = /^(\d[\d.,]*|million|billion|thousand|dollars|euros|pounds|yen|yuan|francs|soldiers|troops|tonnes|tons)$/;
// What a gapped clause has instead of its verb: an amount ("and the European Union 40 million euros").
const AMOUNT = /^(\$|€|£|¥|\d[\d.,]*|about|some|another|a|an|nearly|almost|more|over)$/;

/**
 * Gapped clauses that repeat the verb of the clause before them without writing it: "the United States
 * pledged $150 million, while Canada committed 60 million dollars and the European Union 40 million euros".
 * Returns the conjunction and the new subject of each.
 */
export function gappedClauses(tokens: Token[], mentions: ResolvedMention[]): { at: number; subject: ResolvedMention }[] {
  const out: { at: number; subject: ResolvedMention }[] = [];
  for (const r of mentions) {
    const m = r.mention;
    // ("…, followed by the United Arab Emirates with $300 million": a donor list after the first gift)
    let c = m.start - 1;
    if (tokens[c]?.norm === 'the') c--;
    const followed = m.prep === 'by' && tokens[c]?.norm === 'by' && tokens[c - 1]?.norm === 'followed';
    if ((m.prep && !followed) || m.possessive || m.pronoun || !r.actor) continue;
    if (followed) c--;
    // (a comma joins a gapped clause to an amount before it: "New Zealand committed NZ$8 million, Japan US$3 million and …")
    // (past the amount's conversion in brackets: "Britain pledged £45 million ($60 million), the European Union €50 million")
    const afterAmount = tokens[c]?.norm === ',' && AMOUNT_END.test(tokens[beforeBrackets(tokens, c - 1)]?.norm ?? '');
    if (c < 1 || (!CLAUSE_CONJUNCTIONS.has(tokens[c]!.norm) && !afterAmount && !followed)) continue;
    // ("Japan US$3 million": a currency prefix before the symbol; "Qatar with $200 million": a donor list's "with")
    const at = tokens[m.end]?.norm === 'with' ? m.end + 1 : m.end;
    const next = tokens[at + 1]?.norm === '$' ? tokens[at + 1] : tokens[at];
    // (the amount's first digits within four words: "South Korea a further $30 million")
    if (
      next &&
      AMOUNT.test(next.norm) &&
      /\d/.test(
        tokens
          .slice(at, at + 4)
          .map((t) => t.norm)
          .join(' '),
      )
    ) {
      out.push({ at: c, subject: r });
      // "… and Türkiye and Qatar 25 million dollars each": a compound subject, each member its own gapped clause
      const partner = tokens[c]?.norm === 'and' ? mentions.find((p) => p.mention.end === c && p.actor && !p.mention.prep && !p.mention.pronoun) : undefined;
      if (partner && CLAUSE_CONJUNCTIONS.has(tokens[partner.mention.start - 1]?.norm ?? '')) out.push({ at: partner.mention.start - 1, subject: partner });
    }
  }
  return out;
}

/** The index of the last word before a bracketed aside that ends at `i` (of at most eight words); `i` when there is none. */
function beforeBrackets(tokens: Token[], i: number): number {
  if (tokens[i]?.norm !== ')') return i;
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) if (tokens[k]!.norm === '(') return k - 1;
  return i;
}

/**
 * Gapped objects that repeat a gift to another recipient: "pledged $200 million to Ethiopia and $120 million to Sudan".
 * Returns the amount's conjunction and the new recipient of each ("and" or a comma, an amount, then "to" or "for" and a party).
 */
export function gappedRecipients(tokens: Token[], mentions: ResolvedMention[]): { at: number; recipient: ResolvedMention }[] {
  const out: { at: number; recipient: ResolvedMention }[] = [];
  for (const r of mentions) {
    const m = r.mention;
    if ((m.prep !== 'to' && m.prep !== 'for') || m.pronoun || !r.actor) continue;
    // back from the preposition over the amount ("$120 million", "a further 50 million euros") to its conjunction
    let c = m.start - 2;
    while (
      c > 0 &&
      m.start - c <= 6 &&
      (AMOUNT.test(tokens[c]!.norm) || AMOUNT_END.test(tokens[c]!.norm) || /^(further|additional|more)$/.test(tokens[c]!.norm))
    )
      c--;
    const amount = tokens.slice(c + 1, m.start - 1);
    if (amount.length === 0 || !amount.some((t) => /\d/.test(t.norm)) || !(tokens[c]?.norm === 'and' || tokens[c]?.norm === ',')) continue;
    out.push({ at: c, recipient: r });
  }
  return out;
}

/** The first clause start after `from`, or `until`. */
export function nextClauseStart(starts: readonly number[], from: number, until: number): number {
  for (const s of starts) if (s > from && s < until) return s;
  return until;
}

/**
 * What a coordinated clause shares with the one before it when both state the same kind of act
 * ("Germany pledged €500 million to Ukraine, while the Netherlands committed €250 million"): the
 * recipient, when the second names none, and its co-agents, who act alongside and are never its target.
 */
export interface ParallelClause {
  target: Actor | null;
  coAgents: readonly Actor[];
}

/** The subject of the coordinated clause an action stands in: the mention right after its conjunction; null in the first clause. */
export function clauseSubject(starts: readonly number[], mentions: readonly ResolvedMention[], head: number): ResolvedMention | null {
  const c = [...starts].reverse().find((s) => s < head);
  if (c === undefined) return null;
  return mentions.find((r) => r.mention.start === c + 1 || r.mention.start === c + 2) ?? null;
}

/** Two actions stand in coordinated clauses: a clause start lies between them. */
export function inParallelClauses(starts: readonly number[], first: number, second: number): boolean {
  return starts.some((s) => s > first && s < second);
}
