/**
 * A whole count with thousands separators, as en-US writes it ("120,000"). Written out rather than
 * `toLocaleString('en-US')`: the first call of that loads ICU's number formatting, about 13–20 ms
 * of every cold start that prints or stores a count (the CLI's help text, the ingest function's
 * notes), and the result no longer depends on the ICU data Node was built with.
 */
export function formatCount(n: number): string {
  // fractions, exponents and non-numbers are not counts: written as String writes them
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}
