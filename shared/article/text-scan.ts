/**
 * Character classes and searches for the hand-written scanners that replace backtracking regexes.
 * The classes are exactly JavaScript's regex classes (\s, \w, the line terminators "." refuses), so
 * a scanner written with them matches what the regex it replaces matched.
 */

/** JavaScript's `\s`: WhiteSpace and LineTerminator. */
export function isRegexSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** JavaScript's `\w` without the u flag: [A-Za-z0-9_]. */
export function isRegexWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The characters a regex `.` does not match (and where `$` without the m flag does not stop). */
export function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** ASCII letter, as in [a-zA-Z]. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * "First index at or after `from` where a fixed condition holds", remembering the last answer.
 * A scanner that walks left to right and asks with non-decreasing `from` gets every answer for
 * linear time in total: a new search only starts past the previous answer. (Asked backwards it
 * stays correct, it just searches again.)
 */
export function forwardSearch(find: (from: number) => number): (from: number) => number {
  let askedFrom = Number.POSITIVE_INFINITY;
  let answer = -1;
  return (from) => {
    if (from >= askedFrom && (answer < 0 || from <= answer)) return answer;
    askedFrom = from;
    answer = find(from);
    return answer;
  };
}

/** forwardSearch for one character. */
export function nextIndexOf(text: string, character: string): (from: number) => number {
  return forwardSearch((from) => text.indexOf(character, from));
}
