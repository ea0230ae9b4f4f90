import type { Token } from '../text/tokenizer.ts';
import type { SentenceEvent } from './plan.ts';
import { namesCapital } from './argument-selector.ts';
import { ORGANISATION_SEATS } from '../lexicon/organisations.ts';

/**
 * Talks between two states held in the capital of a third are hosted by it (GOLD-FORMAT rule 10): "Syrian and
 * Israeli officials met in Paris for a new round of talks", "In Muscat, a Saudi delegation held talks with the
 * Houthis". The host is coded 045 toward each side, at low confidence. A summit, conference or forum in a capital
 * is a gathering of many, and a visit to the host's capital is a meeting with the host, so neither counts.
 */
const GATHERINGS = new Set([
  'summit',
  'conference',
  'forum',
  'sidelines',
  'assembly',
  'gathering',
  'congress',
  'meeting',
  'meetings',
  'ministerial',
  'session',
]);
const TALKS = ['040', '046'];

export function venueHosts(tokens: Token[], coded: readonly SentenceEvent[]): SentenceEvent[] {
  if (tokens.some((t) => GATHERINGS.has(t.norm))) return [];
  const out: SentenceEvent[] = [];
  for (const e of coded) {
    const place = e.location;
    if (!TALKS.some((c) => e.code.startsWith(c)) || !e.target || !place?.actor) continue;
    if (!namesCapital(tokens, place.mention)) continue;
    const host = place.actor;
    const sides = [e.source, e.target];
    // the host is no party to the sentence's events ("talks with officials in Tehran and Riyadh": Tehran is a side)
    if (coded.some((x) => x.source.country === host.country || x.target?.country === host.country) || e.source.country === e.target.country) continue;
    // (nor is the state an organisation side sits in: "the EU and the UAE held talks in Brussels")
    if (sides.some((side) => ORGANISATION_SEATS.get(side.country) === host.country)) continue;
    // (nor when the sentence names who stands between them: "met in Addis Ababa under the mediation of the AU Commission")
    if (sides.every((side) => coded.some((x) => x.code === '045' && x.source.country !== host.country && x.target?.country === side.country))) continue;
    for (const side of sides) {
      if (
        out.some((x) => x.target?.country === side.country) ||
        coded.some((x) => x.code === '045' && x.source.country === host.country && x.target?.country === side.country)
      )
        continue;
      out.push({
        code: '045',
        source: { text: host.text, country: host.country, role: 'GOV' },
        target: side,
        modality: e.modality,
        triggerStart: e.triggerStart,
        triggerEnd: e.triggerEnd,
        location: place,
        confidence: 0.45,
      });
    }
  }
  return out;
}
