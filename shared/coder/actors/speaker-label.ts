import type { Actor } from '../../model/diplomatic-event.ts';
import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from './actor-resolver.ts';

/**
 * A transcript's speaker label: "The Minister of State, Foreign, Commonwealth and Development Office: Mr Speaker,
 * yesterday …", "Ms Carrow: I thank the Minister …", "Lavrov: We will respond". What follows the colon is the labelled
 * speaker's own words, so "I", "we" and "our" there are the speaker: the state the label names, or, for a title of
 * government that names none ("The Minister of State:"), the state the record is told from (Westminster's Hansard,
 * a ministry's briefing). An interview's answers ("A:") are the first official the article named. A label naming no
 * state and no office ("Ms Carrow:", "Q:") places no one.
 */

// Words a label may hold besides capitalised ones ("Minister of State for Europe and North America (Mr Doughty)").
const LABEL_WORDS = new Set(['of', 'and', 'the', 'for', ',', '(', ')', '-', '–', 'on', 'at', '&']);
// Titles of a government's own speakers.
const GOVERNMENT_TITLES = new Set(['minister', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'premier', 'chancellor', 'ambassador']);
// How long a label may run before its colon.
const MAX_LABEL = 16;

/** The index of the colon that closes a speaker label opening the sentence, or -1. */
export function speakerLabelEnd(tokens: Token[]): number {
  if (!/^[A-Z]/.test(tokens[0]?.text ?? '')) return -1;
  for (let k = 1; k < tokens.length && k <= MAX_LABEL; k++) {
    const t = tokens[k]!;
    if (t.norm === ':') return k;
    if (!/^([A-Z]|\d)/.test(t.text) && !LABEL_WORDS.has(t.norm)) return -1;
  }
  return -1;
}

/** The speaker named by the label whose colon is at `colon` (speakerLabelEnd; -1 for none), or null. */
export function labelledSpeaker(
  tokens: Token[],
  colon: number,
  mentions: readonly ResolvedMention[],
  storyState: string | null,
  firstOfficial: Actor | null = null,
): Actor | null {
  if (colon < 0) return null;
  const named = mentions.find((r) => r.actor && !r.mention.pronoun && r.mention.end <= colon);
  if (named) return named.actor;
  // (an interview's answers, "A: We rejected that the next day", are the interviewee's: the first official the article
  // named, "India's High Commissioner in Ottawa arrived last year …", not a state its questions name; none, no one)
  if (colon === 1 && tokens[0]!.text === 'A') return firstOfficial;
  const title = tokens.slice(0, colon).some((t) => GOVERNMENT_TITLES.has(t.norm));
  if (!title || !storyState) return null;
  return {
    text: tokens
      .slice(0, colon)
      .map((t) => t.text)
      .join(' '),
    country: storyState,
    role: 'GOV',
  };
}
