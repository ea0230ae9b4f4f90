import { ACTOR_INDEX } from './actor-lexicon.ts';

/**
 * The state of a wire story's dateline: "BELGRADE, July 8 (Accord Wire) -" → SRB. Only the
 * opening lines are read (a headline may come first); cities are matched against the capitals and
 * country names of the actor dictionary. A split dateline ("VIENNA/TEHRAN", "GOMA/DOHA") names a
 * venue and a place of the story, with no way to tell which is which: it gives no state.
 */
const DATELINE = /^([A-Z][A-Z.'’ -]{2,40}(?:\/[A-Z][A-Z.'’ -]{2,40})*),\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b/m;

export function datelineCountry(body: string): string | null {
  const head = body.slice(0, 600);
  const m = DATELINE.exec(head);
  if (!m) return null;
  if (m[1]!.includes('/')) return null;
  return placeCode(titleCase(m[1]!.trim()));
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[ \-'’.])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function placeCode(name: string): string | null {
  const words = name.split(' ');
  for (const entry of ACTOR_INDEX.get(words[0]!) ?? []) {
    if (entry.item.kind !== 'capital' && entry.item.kind !== 'country') continue;
    if (entry.tokens.length === words.length && entry.tokens.every((t, i) => t === words[i])) return entry.item.code;
  }
  return null;
}
