import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseLandmarks } from '../../../../shared/coder/events/clause-landmarks.ts';
import { groundsStart } from '../../../../shared/coder/events/argument-selector.ts';
import { tokenize, type Token } from '../../../../shared/coder/text/tokenizer.ts';

/**
 * The landmarks answer by lookup what the target search used to answer by rescanning the sentence;
 * these are the rescanning definitions they replaced, kept here as the specification.
 */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);
const RELATIVES = new Set(['where', 'which', 'who', 'whose', 'whom', 'when']);
const CONSEQUENCE_PARTICIPLES = new Set([
  'prompting',
  'drawing',
  'sparking',
  'triggering',
  'provoking',
  'causing',
  'leading',
  'leaving',
  'forcing',
  'raising',
  'fuelling',
  'fueling',
  'stoking',
]);

function relativeByScan(tokens: Token[], head: number): number {
  return tokens.findIndex(
    (t, i) =>
      i > head &&
      ((RELATIVES.has(t.norm) && (tokens[i - 1]?.norm === ',' || RELATIVE_PRONOUNS.has(t.norm))) ||
        (tokens[i - 1]?.norm === ',' && CONSEQUENCE_PARTICIPLES.has(t.norm))),
  );
}

function participleAsideByScan(tokens: Token[], start: number, end: number): boolean {
  for (let i = start - 1; i > 0; i--) {
    const w = tokens[i]!.norm;
    if (w === ';' || w === '.') return false;
    if (w !== ',') continue;
    const next = tokens[i + 1];
    if (!next || !/^([a-z]+ed|paid|led|made|held|sent|built|run|owned)$/.test(next.text)) return false;
    return tokens.slice(end).some((t) => t.norm === ',');
  }
  return false;
}

const WORDS = [
  'China',
  'said',
  ',',
  ';',
  '.',
  'which',
  'who',
  'where',
  'when',
  'prompting',
  'paid',
  'funded',
  'for',
  'by',
  'on',
  'suspicion',
  'of',
  'allegedly',
  'charges',
  'the',
  'talks',
  'Ukraine',
];

describe('clauseLandmarks', () => {
  it('answers as the rescanning definitions do, for every position of any sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), (words) => {
        const tokens = tokenize(words.join(' '));
        const landmarks = clauseLandmarks(tokens);
        for (let head = -1; head <= tokens.length; head++) {
          expect(landmarks.relativeAfter(head)).toBe(relativeByScan(tokens, head));
          expect(landmarks.groundsFrom(head + 1)).toBe(groundsStart(tokens, head + 1));
        }
        for (let start = 0; start < tokens.length; start++) {
          for (let end = start + 1; end <= Math.min(tokens.length, start + 3); end++) {
            expect(landmarks.inParticipleAside(start, end)).toBe(participleAsideByScan(tokens, start, end));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('clauseLandmarks.inRelativeAside', () => {
  const sentence = 'Germany , which co-hosted the meeting with France , the European Union and the African Union , pledged 125 million euros .';
  const tokens = tokenize(sentence);
  const at = (word: string) => tokens.findIndex((t) => t.text === word);

  it('holds for every mention between ", which" and the comma that closes it, over the commas of a list inside', () => {
    const landmarks = clauseLandmarks(tokens);
    expect(landmarks.inRelativeAside(at('France'), at('France') + 1)).toBe(true);
    expect(landmarks.inRelativeAside(at('European'), at('Union') + 1)).toBe(true);
    expect(landmarks.inRelativeAside(at('Germany'), at('Germany') + 1)).toBe(false);
  });

  it('does not hold without a relative pronoun opening the aside, or when no comma closes it', () => {
    const plain = tokenize('Germany met France , Italy and Spain , officials said .');
    expect(clauseLandmarks(plain).inRelativeAside(3, 4)).toBe(false);
    const open = tokenize('They met Germany , which hosted France');
    expect(clauseLandmarks(open).inRelativeAside(6, 7)).toBe(false);
  });
});
