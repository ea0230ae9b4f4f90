import type { Token } from './tokenizer.ts';

/**
 * Amounts of money are one chunk: "20 million pounds ($27 million)", "€120 million", "US$1.5bn", "$30m (£23m)", "a
 * combined $45 million". A pattern reads past such a chunk as past one word ("announced 20 million pounds ($27 million) in emergency
 * aid" is "announced … aid"; "fund $400 million worth of drones" is "fund … drones"), the way it reads past a named party.
 */
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', 'us', 'nz', 'hk']);
const SCALE = new Set(['thousand', 'million', 'millions', 'billion', 'billions', 'trillion', 'mn', 'm', 'bn', 'b', 'tn']);
const CURRENCY_WORDS = new Set(
  'dollar dollars euro euros pound pounds sterling yen yuan renminbi franc francs rupee rupees rupiah shilling shillings rand naira riyal riyals dirham dirhams won ringgit peso pesos real reais lira liras rouble roubles ruble rubles krone kroner kronor hryvnias hryvnia taka'.split(
    ' ',
  ),
);
const NUMBER = /^\d[\d,.]*$/;
// A number with its scale written on ("$30m", "€2bn", "£1.2tn"): money only after a currency symbol, "30m" alone is a length.
const SCALED_NUMBER = /^\d[\d,.]*(?:m|mn|bn|b|tn|trn)$/;

/** Indices of tokens inside an amount chunk, each chunk at least a number with a scale, a symbol or a currency. */
export function amountTokens(tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const scaled = SCALED_NUMBER.test(tokens[i]!.norm);
    if (!scaled && !NUMBER.test(tokens[i]!.norm)) continue;
    let start = i;
    // "$", "US$", "€" before the number
    while (start > 0 && start > i - 2 && CURRENCY_SYMBOLS.has(tokens[start - 1]!.norm)) start--;
    if (scaled && start === i) continue;
    let end = i + 1;
    while (end < tokens.length && (SCALE.has(tokens[end]!.norm) || CURRENCY_WORDS.has(tokens[end]!.norm))) end++;
    // "($27 million)": a conversion in brackets right after belongs to the chunk
    if (tokens[end]?.norm === '(') {
      let close = end + 1;
      while (close < tokens.length && close <= end + 6 && tokens[close]!.norm !== ')') close++;
      if (tokens[close]?.norm === ')' && tokens.slice(end + 1, close).some((t) => NUMBER.test(t.norm) || SCALED_NUMBER.test(t.norm))) end = close + 1;
    }
    const money = start < i || end > i + 1;
    if (!money) continue;
    // "$400 million worth of drones": the measure of what follows, still the amount
    if (tokens[end]?.norm === 'worth' && tokens[end + 1]?.norm === 'of') end += 2;
    for (let k = start; k < end; k++) inside.add(k);
    i = end - 1;
  }
  return inside;
}
