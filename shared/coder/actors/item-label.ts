import type { Token } from '../text/tokenizer.ts';

/**
 * A factbox, a digest or a live blog opens its items with the party they are about, in capitals and before a colon:
 * "RUSSIA: An Emergencies Ministry aircraft flew 35 tonnes of supplies to Naypyitaw", "WORLD BANK: The bank approved
 * $150 million". The label is a mention of that party (whose the item's unnamed ministry, aircraft or bank are), though
 * the dictionaries know it only as "Russia" and "World Bank".
 */
const MAX_LABEL_WORDS = 4;

const BULLETS = new Set(['-', '*', '•', '–', '—']);

/** Where the capitals label that opens the tokens (after a bullet, if any) starts and ends (the colon not counted), else null. */
export function itemLabel(tokens: readonly Token[]): { start: number; end: number } | null {
  const start = BULLETS.has(tokens[0]?.text ?? '') ? 1 : 0;
  let k = start;
  while (k < tokens.length && k - start < MAX_LABEL_WORDS && /^[A-Z][A-Z'’-]*[A-Z]$/.test(tokens[k]!.text)) k++;
  return k > start && tokens[k]?.norm === ':' ? { start, end: k } : null;
}

// (lower case in a name: "BOSNIA AND HERZEGOVINA" → "Bosnia and Herzegovina")
const NAME_FUNCTION_WORDS = new Set(['AND', 'OF', 'THE']);

/** The tokens with the label's words as the dictionaries write names ("UNITED STATES" → "United States"). */
export function titleCased(tokens: readonly Token[], label: { start: number; end: number }): Token[] {
  return tokens.map((t, i) => {
    if (i < label.start || i >= label.end) return t;
    const text = i > label.start && NAME_FUNCTION_WORDS.has(t.text) ? t.text.toLowerCase() : t.text.charAt(0) + t.text.slice(1).toLowerCase();
    return { ...t, text };
  });
}
