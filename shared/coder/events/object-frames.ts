import type { Actor } from '../../model/diplomatic-event.ts';
import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';

/**
 * Where the other party of an action stands when it is not the verb's object: the doer of a deed that the
 * object names ("rejected the statement issued by Pakistan's foreign office", "called the tariffs imposed
 * by Washington unjust"), and the person a statement is addressed to ("told his Ethiopian counterpart that
 * Cairo would not accept …"). Both are read before the story-level guesses of implicit-target.ts.
 */

/** "the statement issued by X", "tariffs imposed by X", "a statement by X", "calls from X": X, for a participle or a deed noun with "by" (a demand with "from") inside [from, until). */
export function agentOfNamedDeed(tokens: Token[], mentions: ResolvedMention[], from: number, until: number, sourceCountry: string): Actor | null {
  for (const r of mentions) {
    const m = r.mention;
    if (m.start < from || m.start >= until) continue;
    if ((m.prep !== 'by' && m.prep !== 'from' && m.prep !== 'of') || !r.actor || r.actor.country === sourceCountry) continue;
    const by = tokens[m.start - 1]?.norm === m.prep ? m.start - 1 : m.start - 2;
    const participle = tokens[by - 1];
    // "rejected calls from Canberra and Wellington to scrap …": whoever made the demand that is answered
    if (m.prep === 'from') {
      if (participle && DEMAND_NOUNS.has(participle.norm)) return r.actor;
      continue;
    }
    // "welcomed the decision of Qatar to contribute": an "of" names the one who decided or said (never the patient,
    // as "the invasion of Ukraine" does)
    if (m.prep === 'of') {
      if (participle && (STANCE_NOUNS.has(participle.norm) || DEMAND_NOUNS.has(participle.norm))) return r.actor;
      continue;
    }
    if (participle && /^[a-z]+(ed|en|wn|de)$/.test(participle.text)) return r.actor;
    // ("rejected a statement by Pakistan's Foreign Office", "condemned the incursion by Russian drones")
    if (participle && DEED_NOUNS.has(participle.norm)) return r.actor;
  }
  return null;
}

// Nouns for a demand whose makers a "from" names right after them.
const DEMAND_NOUNS = new Set(['call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'request', 'requests', 'pressure', 'plea', 'pleas']);

// Nouns for a stand taken, whose taker an "of" names right after them.
const STANCE_NOUNS = new Set([
  'decision',
  'decisions',
  'move',
  'statement',
  'statements',
  'remarks',
  'comments',
  'proposal',
  'proposals',
  'announcement',
  'initiative',
  'offer',
  'position',
  'stance',
]);

// Nouns for a deed or a statement whose doer a "by" names right after them.
const DEED_NOUNS = new Set([
  'statement',
  'statements',
  'remarks',
  'comments',
  'decision',
  'move',
  'claim',
  'claims',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'proposal',
  'announcement',
  'attack',
  'attacks',
  'strike',
  'strikes',
  'incursion',
  'violation',
  'measures',
  'sanctions',
]);

// Verbs of saying with the hearer as object: "told X that", "assured X that".
const ADDRESSING = new Set([
  'told',
  'tells',
  'tell',
  'telling',
  'assured',
  'assures',
  'assure',
  'informed',
  'informs',
  'inform',
  'reminded',
  'reminds',
  'remind',
]);
const AUDIENCES = new Set(['MED', 'CVL', 'EDU']);

/** The hearer of the statement that governs the action at `head` ("told his Ethiopian counterpart that …"), if a state actor. */
export function addressee(tokens: Token[], mentions: ResolvedMention[], head: number, sourceCountry: string): Actor | null {
  for (let v = head - 1; v >= 0 && v >= head - 25; v--) {
    if (tokens[v]!.norm === ';') return null;
    if (!ADDRESSING.has(tokens[v]!.norm)) continue;
    const hearer = mentions.find((r) => r.mention.start > v && r.mention.start <= v + 3 && !r.mention.prep);
    if (!hearer?.actor || hearer.actor.country === sourceCountry || AUDIENCES.has(hearer.actor.role ?? '')) return null;
    return hearer.mention.end <= head ? hearer.actor : null;
  }
  return null;
}
