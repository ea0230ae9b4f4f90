import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from './actor-resolver.ts';

/**
 * A role noun placed by the phrase that follows it is one actor: "the ambassador of Iran", "the military
 * junta in Mali", "the government in Kinshasa", "a delegation from Qatar", "officials in Tehran and Riyadh".
 * Without this the role stays unplaced (or is guessed from the story) and the state, behind a preposition,
 * is read as a place rather than the party, so the action loses its target or gets the wrong one.
 */
// Prepositions that place a role: "of" and "from" for any role; "in"/"at" only for the authorities of the place
// ("the junta in Mali", "the government in Kinshasa"), never for people who may be there from elsewhere
// ("troops in Syria", "the rebel alliance in Nairobi" for talks held there, "the bloc's leaders in Brussels" at a summit).
// ("to"/"for" only for those who serve someone: "adviser to President Aliyev", "a spokesman for the Chinese foreign ministry")
const PLACING = new Set(['of', 'from', 'in', 'at', 'to', 'for']);
const SERVING = new Set(['adviser', 'advisor', 'aide', 'spokesman', 'spokeswoman', 'spokesperson', 'counsellor', 'counselor', 'assistant']);
const AUTHORITIES = new Set([
  'government',
  'governments',
  'junta',
  'authorities',
  'regime',
  'administration',
  'officials',
  'ministry',
  'leadership',
  'parliament',
  'legislature',
  'cabinet',
  'court',
  'courts',
  'judiciary',
  'presidency',
  'prosecutors',
  'police',
  'rulers',
]);
// "its ambassador in Paris", "their delegation from Doha": the possessor's own people, posted or sent there.
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const PLACE_KINDS = new Set(['country', 'capital', 'place', 'adjective', 'institution']);

/** The phrase after "to"/"for" names someone served (a leader, an office, an institution), not a place. */
function servesSomeone(place: ResolvedMention): boolean {
  return place.mention.items.some((i) => i.item.kind === 'leader' || i.item.kind === 'role' || i.item.kind === 'institution');
}

export function placeRoles(tokens: Token[], mentions: ResolvedMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const r = mentions[k]!;
    const place = mentions[k + 1]!;
    const m = r.mention;
    // only a bare role ("the ambassador", "officials"): a named state or person is placed already
    if (m.pronoun || r.pair || m.items.length === 0 || !m.items.every((i) => i.item.kind === 'role')) continue;
    const prep = place.mention.prep;
    if (!prep || !PLACING.has(prep) || !place.actor || place.mention.pronoun || !place.mention.items.some((i) => PLACE_KINDS.has(i.item.kind))) continue;
    const gap = tokens.slice(m.end, place.mention.start).map((t) => t.norm);
    if (!(gap.length === 1 || (gap.length === 2 && gap[1] === 'the')) || gap[0] !== prep) continue;
    const role = m.items[m.items.length - 1]!.item.role;
    if ((prep === 'in' || prep === 'at') && !AUTHORITIES.has(tokens[m.end - 1]!.norm)) continue;
    // (and only someone served, not a destination: "sent a senior aide to Moscow")
    if ((prep === 'to' || prep === 'for') && (!SERVING.has(tokens[m.end - 1]!.norm) || !servesSomeone(place))) continue;
    if (prep !== 'of' && POSSESSIVE_PRONOUNS.has(tokens[m.start - 1]?.norm ?? '')) continue;
    const text = tokens
      .slice(m.start, place.mention.end)
      .map((t) => t.text)
      .join(' ');
    r.actor = { text, country: place.actor.country, role };
    // the phrase runs to the end of the place, so a list after it continues it ("officials in Tehran and Riyadh")
    r.mention = { ...m, end: place.mention.end };
    r.certainty = Math.min(r.certainty || 1, place.certainty || 1);
  }
}
