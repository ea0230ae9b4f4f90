/**
 * Word tokens with character offsets. One regex pass per sentence; every later stage (actor and
 * action lexicons, modality, dates) works on these tokens, and the lexicons are compiled with this
 * same tokenizer so that a pattern and a sentence always split the same way ("U.S.", "cease-fire",
 * "Korea's").
 */
export interface Token {
  /** Surface text as written. */
  text: string;
  /** Lower case with typographic quotes folded; "n't" → "not", "’s" → "'s". */
  norm: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

// Dotted acronyms (U.S., U.N., D.C.), clitics ('s, n't), words with digits, then any other symbol.
const TOKEN_RE = /\d+(?:[.,]\d+)+|(?:[A-Za-z]\.){2,}|[A-Za-z]+(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{N}]/gu;

// Auxiliaries that lose their form when "n't" is split off ("won't" → wo + n't).
const NEGATED_AUX: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    let norm = raw.toLowerCase();
    if (norm.includes('’')) norm = norm.replaceAll('’', "'");
    if (norm === "n't") norm = 'not';
    else if (NEGATED_AUX[norm] !== undefined && /^n['’]t/.test(text.slice(m.index + raw.length))) norm = NEGATED_AUX[norm]!;
    else if (norm === '“' || norm === '”' || norm === '„') norm = '"';
    else if (norm === '‘') norm = "'";
    else if (norm === '–' || norm === '—') norm = '-';
    const c = raw.charCodeAt(0);
    tokens.push({
      text: raw,
      norm,
      start: offset + m.index,
      end: offset + m.index + raw.length,
      cap: (c >= 65 && c <= 90) || (c > 127 && raw[0] !== raw[0]!.toLowerCase()),
    });
  }
  return tokens;
}

// Words English doubles on purpose ("that that", "had had").
const REAL_DOUBLES = new Set(['that', 'had', 'is', 'do', 'very', 'so', 'no', 'bye']);

/**
 * The tokens without a word repeated by accident, as scraped copy has it ("urged the the government",
 * "said said"). Offsets are kept, so evidence still points into the text as written.
 */
export function withoutDoubledWords(tokens: Token[]): Token[] {
  return tokens.filter((t, i) => i === 0 || t.norm !== tokens[i - 1]!.norm || !/^[a-z]+$/.test(t.norm) || REAL_DOUBLES.has(t.norm));
}
