/**
 * Cheap English check: the share of very common English function words among the words of the
 * text. News English sits around 0.3–0.45; other Latin-script languages fall well under 0.1.
 */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'at', 'it', 'from', 'his', 'has',
  'have', 'be', 'are', 'an', 'he', 'said', 'its', 'their', 'this', 'were', 'which', 'will', 'would', 'after', 'but', 'not', 'they', 'been', 'who', 'also']);

// Function words of other languages written in Latin script, to tell a short French or Spanish text from English.
const FOREIGN_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'pour', 'dans', 'une', 'un', 'avec', 'sur', 'der', 'die', 'das', 'und', 'ist',
  'mit', 'von', 'den', 'dem', 'nicht', 'el', 'los', 'las', 'y', 'que', 'por', 'con', 'del', 'una', 'para', 'il', 'che', 'di', 'della', 'per', 'não', 'em',
  'os', 'da', 'do', 'ao', 'het', 'een', 'van', 'ook', 'op', 'och', 'och', 'att', 'är', 'och', 'på', 've', 'bir', 'ile', 'dan', 'yang', 'di', 'ini']);

/** Share of the text's words that are foreign (non-English) function words. */
export function foreignScore(text: string): number {
  const words = text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (FOREIGN_WORDS.has(w)) hits++;
  return hits / words.length;
}

export function englishScore(text: string): number {
  const words = text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length;
}

export function isEnglish(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  // very short texts (one headline-like sentence) get the benefit of the doubt if Latin script
  if (!/^[\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}\p{M}\s]*$/u.test(text.slice(0, 5000)) && englishScore(text) < 0.12) return false;
  if (foreignScore(text) > englishScore(text)) return false;
  if (words.length < 12) return true;
  // a single sentence can be light on function words ("Taiwan's Vice Foreign Minister visited Russia today, …")
  return englishScore(text) >= (words.length < 60 ? 0.05 : 0.12);
}
