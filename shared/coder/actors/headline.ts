import { tokenize } from '../text/tokenizer.ts';
import { findMentions } from './mention-finder.ts';

/**
 * The state a headline puts first as the one acting: "Dhaka summons Indian envoy over BSF killing" →
 * BGD. National outlets often print no dateline, and their lead says only "The Ministry of Foreign
 * Affairs summoned …", meaning their own; the headline's subject says which state the story is told
 * from, as a dateline would. Only a state named by itself (a country or its capital) opening the
 * headline and followed by a lower-case word (headline verbs: "summons", "warns", "to host") counts.
 */
export function headlineCountry(title: string | null): string | null {
  if (!title) return null;
  const tokens = tokenize(title.slice(0, 300));
  const first = findMentions(tokens)[0];
  if (!first || first.start !== 0 || first.items.length !== 1) return null;
  const item = first.items[0]!.item;
  if ((item.kind !== 'country' && item.kind !== 'capital') || item.ambiguous || !item.code) return null;
  return /^[a-z]/.test(tokens[first.end]?.text ?? '') ? item.code : null;
}
