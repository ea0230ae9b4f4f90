/**
 * Where the elements of a top-level object's arrays start in a JSON text, as 1-based line numbers:
 * `{"actors": [ {…}, {…} ]}` → { actors: [2, 9] }. Only called on text JSON.parse accepted, so the
 * scanner trusts the grammar and only tracks strings, nesting and line breaks.
 */
export function arrayElementLines(text: string, keys: readonly string[]): Record<string, number[]> {
  const out: Record<string, number[]> = Object.fromEntries(keys.map((key) => [key, []]));
  let i = 0;
  let line = 1;

  const skipSpace = () => {
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\uFEFF') return;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skipValue = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '"') {
      readString();
      return;
    }
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      skipSpace();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          skipSpace();
          readString();
          skipSpace();
          i++; // ':'
        }
        skipValue();
        skipSpace();
        if (text[i++] === close) return;
      }
    }
    // number, true, false, null
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };

  skipSpace();
  if (text[i] !== '{') return out;
  i++;
  skipSpace();
  if (text[i] === '}') return out;
  for (;;) {
    skipSpace();
    const key = readString();
    skipSpace();
    i++; // ':'
    skipSpace();
    const lines: number[] | null = keys.includes(key) && text[i] === '[' ? [] : null;
    if (lines) out[key] = lines;
    if (lines) {
      i++;
      skipSpace();
      if (text[i] === ']') i++;
      else {
        for (;;) {
          skipSpace();
          lines.push(line);
          skipValue();
          skipSpace();
          if (text[i++] === ']') break;
        }
      }
    } else skipValue();
    skipSpace();
    if (text[i++] !== ',') return out;
  }
}

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) if (text[k] === '\n') line++;
  return line;
}
