import type { Token } from '../text/tokenizer.ts';
import { isBetween, type SentenceEvent } from './plan.ts';
import { PERFECT_AUXILIARIES } from '../text/function-words.ts';

const APART = new Set(['separately', 'respectively', 'individually']);

/**
 * A host receiving two guests at once hosts their meeting: "Tinubu hosted delegations from Benin and Niger",
 * "Isaias hosted Sisi and Hassan Sheikh in Asmara for a three-way summit", "Trump hosted Aliyev and Pashinyan at the
 * White House". The host receives each guest (043, coded already); the guests meet each other (040, GOLD-FORMAT
 * rule 10: the two sides' own dealings are coded between them). A host's summit of three or more guests is a gathering,
 * not a meeting of each with each.
 */
export function guestsMeeting(tokens: Token[], coded: readonly SentenceEvent[]): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  // ("received Iran's foreign minister and the US envoy separately", "has hosted Zelensky and Putin in recent years":
  // receptions one by one, or over the years, bring no one together)
  if (tokens.some((t) => APART.has(t.norm))) return [];
  const hostings = new Map<string, SentenceEvent[]>();
  for (const e of coded) {
    if (e.code !== '043' || !e.target) continue;
    const key = `${e.source.country}@${e.triggerStart}`;
    hostings.set(key, [...(hostings.get(key) ?? []), e]);
  }
  for (const received of hostings.values()) {
    if (PERFECT_AUXILIARIES.has(tokens[received[0]!.triggerStart - 1]?.norm ?? '')) continue;
    const guests = [...new Map(received.map((e) => [e.target!.country, e])).values()];
    // (a host's summit of many is a gathering, not a meeting of each with each)
    if (guests.length !== 2) continue;
    const [first, second] = guests as [SentenceEvent, SentenceEvent];
    // (a consultation already coded between them is their meeting)
    if (coded.some((e) => e.code.startsWith('04') && isBetween(e, first.target!.country, second.target!.country))) continue;
    out.push({ ...first, code: '040', source: first.target!, target: second.target, confidence: Math.min(first.confidence, 0.5) });
  }
  return out;
}
