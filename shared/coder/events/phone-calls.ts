import type { Token } from '../text/tokenizer.ts';
import type { SentenceEvent } from './plan.ts';

/**
 * A call that carries what was said: "In a phone call on Sunday, Rubio urged Abinader to …", "Araghchi told Bayramov
 * in a phone call that Tehran opposed …", "discussed the talks by phone with Rubio". The words are coded as what they
 * are (an appeal, an offer, a criticism); the call itself is a consultation by telephone (041) between the same two
 * parties, a second event. Where the sentence already codes a call ("spoke by phone with Dar"), it is that one.
 */
// What is said, asked, offered or refused can travel by phone; deeds (aid, force) cannot.
const SPOKEN_ROOTS = new Set(['01', '02', '03', '04', '05', '10', '11', '12', '13']);
const PHONE = new Set(['phone', 'telephone']);
const CALL = new Set(['call', 'conversation', 'conversations', 'calls', 'talks']);
const DETERMINERS = new Set(['a', 'the', 'their', 'his', 'her', 'its', 'an']);

export function phoneCalls(tokens: Token[], coded: readonly SentenceEvent[], attribution: number): SentenceEvent[] {
  const phrase = phoneMedium(tokens);
  // ("…, Mirzoyan told RFE/RL by phone": the call of the attribution is the reporter's, not the parties')
  if (!phrase || phrase[0] >= attribution || coded.some((e) => e.code === '041')) return [];
  const out: SentenceEvent[] = [];
  for (const e of coded) {
    const target = e.target;
    if (!target || target.country === e.source.country || !SPOKEN_ROOTS.has(e.code.slice(0, 2))) continue;
    // (a call not made, or the meeting intended: "expected to speak with Trump by phone later this week" is 036 alone)
    if (e.modality === 'negated' || e.modality === 'hypothetical' || e.code === '036') continue;
    // one call per caller, with the party its words are first addressed to ("offered Noboa its good offices to mediate
    // between Quito and Bogotá" is a call to Ecuador); a consultation already coded between them ("discussed … by phone
    // with Rubio") is the call
    if (out.some((c) => c.source.country === e.source.country) || coded.some((c) => c.code.startsWith('04') && pairOf(c) === pairOf(e))) continue;
    out.push({ ...e, code: '041', modality: 'asserted', triggerStart: phrase[0], triggerEnd: phrase[1], confidence: Math.min(e.confidence, 0.5) });
  }
  return out;
}

const pairOf = (e: SentenceEvent) => [e.source.country, e.target?.country ?? ''].sort().join('|');

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
