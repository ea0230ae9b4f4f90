import type { Token } from '../text/tokenizer.ts';
import type { Mention } from './mention-finder.ts';
import type { ResolvedMention } from './actor-resolver.ts';
import { isReportingVerb } from '../events/modality.ts';

/**
 * Antecedents a pronoun finds inside its own sentence, before the resolver's memory of earlier subjects is asked:
 * the speaker of the reporting verb whose complement the pronoun opens ("…, while Germany said it would …"), and a
 * subject of two joined by "and" ("Saudi Arabia and Qatar each said they …").
 */
export function antecedentInSentence(pronoun: Mention, before: readonly ResolvedMention[], tokens: Token[]): ResolvedMention | null {
  const pair = THEY.has(pronoun.pronoun ?? '') ? compoundSubject(before, tokens) : null;
  return speakerOfComplement(pronoun, pair, before, tokens) ?? pair;
}

const THEY = new Set(['they', 'their', 'them']);
const SINGULAR = new Set(['it', 'its', 'he', 'his', 'him', 'she', 'her']);
// Words between a speaker and the verb of saying ("Germany has also said it …", "Japan later announced that it …").
const BETWEEN_SPEAKER_AND_VERB = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'again', 'previously', 'separately', 'repeatedly']);

/**
 * "X said (that) it would …": the subject of a complement clause of a verb of saying is, when a pronoun, that verb's
 * own subject, a plain mention right before it (what a reader takes it to be; the last subject of earlier sentences
 * is the fallback, not the rule). A pair speaker ("Germany and Japan said they …", `pair` for "they") is both.
 */
function speakerOfComplement(pronoun: Mention, pair: ResolvedMention | null, before: readonly ResolvedMention[], tokens: Token[]): ResolvedMention | null {
  const p = pronoun.pronoun ?? '';
  if (!SINGULAR.has(p) && !THEY.has(p)) return null;
  let j = pronoun.start - 1;
  if (tokens[j]?.norm === 'that') j--;
  if (!isReportingVerb(tokens[j]?.norm ?? '')) return null;
  let k = j - 1;
  while (k >= 0 && j - k <= 3 && (BETWEEN_SPEAKER_AND_VERB.has(tokens[k]!.norm) || /^[a-z]+ly$/.test(tokens[k]!.text))) k--;
  if (pair && pair.mention.start < k && before.some((r) => r.mention.end === k + 1)) return pair;
  const speaker = before.find((r) => r.mention.end === k + 1);
  if (!speaker || speaker.mention.prep || (!speaker.actor && !speaker.pair)) return null;
  // (a state is "it", a pair "they"; a lone actor may be "they" too: "the Houthis said they …")
  if (SINGULAR.has(p) && !speaker.actor) return null;
  return speaker;
}

/**
 * The latest subject of two states joined by "and" ("…, while Germany and Japan said …"), as one mention of the pair:
 * two plain mentions of different states, the second followed by a verb (a lower-case word).
 */
function compoundSubject(resolved: readonly ResolvedMention[], tokens: Token[]): ResolvedMention | null {
  for (let k = resolved.length - 1; k > 0; k--) {
    const [first, second] = [resolved[k - 1]!, resolved[k]!];
    const plain = (r: ResolvedMention) => r.actor && !r.mention.prep && !r.mention.pronoun && !r.mention.possessive;
    if (!plain(first) || !plain(second) || first.actor!.country === second.actor!.country) continue;
    const joined =
      tokens[first.mention.end]?.norm === 'and' && second.mention.start === first.mention.end + 1 + (tokens[first.mention.end + 1]?.norm === 'the' ? 1 : 0);
    // a list of three or more is a group, not a pair
    const listBefore = tokens[first.mention.start - 1]?.norm === ',';
    const verbAfter = /^[a-z]+$/.test(tokens[second.mention.end]?.text ?? '');
    if (joined && !listBefore && verbAfter) return { mention: first.mention, actor: null, pair: [first.actor!, second.actor!], certainty: 0.8 };
  }
  return null;
}
