import type { Token } from '../text/tokenizer.ts';
import type { Actor } from '../../model/diplomatic-event.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import type { ReportedSpeech } from './reported-speech.ts';
import { isBetween, type SentenceEvent } from './plan.ts';

// What is said, asked, offered or refused can travel by phone; deeds (aid, force) cannot.
const SPOKEN_ROOTS = new Set(['01', '02', '03', '05', '10', '11', '12', '13']);
const PHONE = new Set(['phone', 'telephone']);
const CALL = new Set(['call', 'conversation', 'conversations', 'calls', 'talks']);
const DETERMINERS = new Set(['a', 'the', 'their', 'his', 'her', 'its', 'an']);
// Verbs of saying whose object is who was told: "told Bayramov in a phone call that …".
const TELLING = new Set(['told', 'tells', 'assured', 'assures', 'informed', 'informs', 'briefed', 'briefs']);
// An interview, not a call between parties: "Speaking to Reuters by phone, …", "in a phone call with reporters".
const INTERVIEW = new Set(['speaking', 'talking', 'interview']);

/**
 * A call that carries what was said: "In a phone call with Erdogan, Zelensky said …", "Araghchi told Bayramov in a phone
 * call that Tehran opposed …", "In a phone call on Sunday, Rubio urged Abinader to …". The words are coded as what they
 * are; the call itself is a consultation by telephone (041) between the caller and the other party, a second event. The
 * other party is the one the phone phrase names with "with", else whom a verb of telling addresses, else the target of
 * the caller's own words (not of what the caller reports: "told Macron by phone that Russia had rejected the proposal"
 * is a call to France). Where the sentence already codes a call ("spoke by phone with Dar"), it is that one; a call with
 * a news outlet or reporters is an interview.
 */
export function phoneCalls(
  tokens: Token[],
  mentions: readonly ResolvedMention[],
  speech: readonly ReportedSpeech[],
  coded: readonly SentenceEvent[],
  attribution: number,
): SentenceEvent[] {
  const phrase = phoneMedium(tokens);
  // ("…, Mirzoyan told RFE/RL by phone": the call of the attribution is the reporter's, not the parties')
  if (!phrase || phrase[0] >= attribution || coded.some((e) => e.code === '041')) return [];
  if (tokens.slice(Math.max(0, phrase[0] - 4), phrase[0]).some((t) => INTERVIEW.has(t.norm))) return [];
  const reported = (i: number) => speech.some((s) => s.content[0] > s.verb && i >= s.content[0] && i < s.content[1]);
  // (a consultation or a meeting intended already coded between the two is the call: "discussed … by phone with Rubio",
  // "will speak by phone with Takaichi on Thursday")
  const consulted = (a: Actor, b: Actor) => coded.some((c) => (c.code.startsWith('04') || c.code === '036') && isBetween(c, a.country, b.country));
  const call = (caller: Actor, other: Actor, modality: SentenceEvent['modality'], confidence: number): SentenceEvent[] =>
    caller.country === other.country || other.role === 'MED' || consulted(caller, other)
      ? []
      : [{ code: '041', source: caller, target: other, modality, triggerStart: phrase[0], triggerEnd: phrase[1], location: null, confidence }];
  // the caller's own words: acts outside what the caller reports
  const own = coded.filter((e) => !reported(e.triggerStart) && e.modality !== 'negated' && e.modality !== 'hypothetical');
  // (who speaks is the caller: "In a phone call with Erdogan, Zelensky said Russia was threatening Moldova")
  const caller =
    speech.find((s) => s.speaker.actor)?.speaker.actor ??
    own[0]?.source ??
    mentions.find((r) => r.actor && !r.mention.prep && r.mention.end <= phrase[0])?.actor ??
    null;
  // "in a phone call with Erdogan", "in a telephone conversation with his Omani counterpart"
  const withOther =
    tokens[phrase[1]]?.norm === 'with' ? mentions.find((r) => r.actor && r.mention.start > phrase[1] && r.mention.start <= phrase[1] + 3) : undefined;
  if (withOther?.actor && caller) return call(caller, withOther.actor, 'asserted', 0.5);
  // "told Bayramov in a phone call that …"
  const told = speech.find((s) => TELLING.has(tokens[s.verb]!.norm) && s.content[0] > s.verb && s.speaker.actor);
  const addressee = told && mentions.find((r) => r.actor && !r.mention.prep && r.mention.start > told.verb && r.mention.start <= told.verb + 2);
  if (told && addressee?.actor) return call(told.speaker.actor!, addressee.actor, 'asserted', 0.5);
  // "In a phone call on Sunday, Rubio urged Abinader to …": the first party the caller's own words address
  const words = own.find((e) => e.target && SPOKEN_ROOTS.has(e.code.slice(0, 2)) && e.code !== '036');
  if (!words?.target) return [];
  // (a call intended with the words: "is expected to urge Netanyahu by phone"; an intent stated in a call was said then)
  return call(words.source, words.target, words.code.startsWith('03') ? 'asserted' : words.modality, Math.min(words.confidence, 0.5));
}

/** The span [start, end) of "by (tele)phone", "over the phone", "in a phone call", "during their telephone conversation". */
function phoneMedium(tokens: Token[]): [number, number] | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if ((w === 'by' || w === 'via') && PHONE.has(tokens[i + 1]!.norm)) return [i, i + 2];
    if (w === 'over' && tokens[i + 1]!.norm === 'the' && PHONE.has(tokens[i + 2]?.norm ?? '')) return [i, i + 3];
    if ((w === 'in' || w === 'during') && DETERMINERS.has(tokens[i + 1]!.norm)) {
      let k = i + 2;
      if (tokens[k]?.norm === 'brief' || tokens[k]?.norm === 'lengthy') k++;
      if (PHONE.has(tokens[k]?.norm ?? '') && CALL.has(tokens[k + 1]?.norm ?? '')) return [i, k + 2];
    }
  }
  return null;
}
