import { ACTOR_INDEX } from './actor-index.ts';
import { isPlace } from './actor-lexicon.ts';

/**
 * The state of a wire story's dateline: "BELGRADE, July 8 (Accord Wire) -" → SRB. Only the
 * opening lines are read (a headline may come first); cities are matched against the capitals and
 * country names of the actor dictionary. A split dateline ("VIENNA/TEHRAN", "GOMA/DOHA") names a
 * venue and a place of the story, with no way to tell which is which: it gives no state.
 */
const CITY = "[A-Z][A-Z.'’ -]{2,40}(?:\\/[A-Z][A-Z.'’ -]{2,40})*";
/**
 * The house styles of datelines, each anchored at the start of a line and bounded (no nested repetition):
 * wire copy with a date ("BELGRADE, July 8 (Reuters) -", "TOKYO, June 3 Kyodo -"), AP's city and state
 * ("WARSAW, Poland (AP) —"), a city and the outlet ("MANILA (CNA) -", "DHAKA (The Daily Star) -"), the
 * South Asian press ("ISLAMABAD: The Foreign Office …"), and a city alone before a dash ("MANILA — …").
 */
const DATELINES: readonly RegExp[] = [
  new RegExp(`^(${CITY}),\\s+(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]{2,8})\\b`, 'm'),
  new RegExp(`^(${CITY}),\\s+[A-Z][A-Za-z.' ]{2,30}\\s\\([A-Za-z.' ]{1,40}\\)\\s?[-—–]`, 'm'),
  new RegExp(`^(${CITY})\\s\\([A-Za-z.' ]{1,40}\\)\\s?[-—–]`, 'm'),
  new RegExp(`^(${CITY}):\\s`, 'm'),
  // the city alone before a dash ("MANILA — The Department of Foreign Affairs …", "KYIV - Ukraine said …")
  new RegExp(`^(${CITY})\\s?[-—–]{1,2}\\s`, 'm'),
];

/**
 * Where a dateline that opens `sentence` ends (0 when none does): the date in "KUALA LUMPUR, July 8 (Reuters) -"
 * or "TOKYO, 3 June Kyodo -" dates the report, not any event of the sentence.
 */
export function datelineEnd(sentence: string): number {
  for (const style of DATELINES) {
    const m = style.exec(sentence);
    if (m?.index === 0) return m[0].length;
  }
  return 0;
}

/** How far into the body a dateline is looked for (a headline may come first). */
export const DATELINE_REACH = 600;

export function datelineCountry(body: string): string | null {
  const head = body.slice(0, DATELINE_REACH);
  for (const style of DATELINES) {
    const m = style.exec(head);
    if (!m) continue;
    if (m[1]!.includes('/')) return null;
    return placeCode(titleCase(m[1]!.trim()));
  }
  return null;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[ \-'’.])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function placeCode(name: string): string | null {
  const words = name.split(' ');
  for (const entry of ACTOR_INDEX.get(words[0]!) ?? []) {
    if (!isPlace(entry.item)) continue;
    if (entry.tokens.length === words.length && entry.tokens.every((t, i) => t === words[i])) return entry.item.code;
  }
  return null;
}
