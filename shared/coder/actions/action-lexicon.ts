import { tokenize } from '../text/tokenizer.ts';
import { nounForms, verbForms } from '../text/inflection.ts';
import { COOPERATION_PATTERNS } from './patterns-cooperation.ts';
import { CONFLICT_PATTERNS } from './patterns-conflict.ts';
import { activeOverlay, LayeredMap } from '../dictionary/active-lexicon.ts';
import { LazyMap } from '../lexicon/lazy-map.ts';

/**
 * Compiles the action patterns into hash indexes keyed by surface form, so a sentence is coded with
 * one map lookup per token instead of a regex per pattern. Nothing is compiled at module load (a
 * Lambda cold start pays for every millisecond of it): the index of head verbs when first looked
 * up, and the words after a head (a pattern's elements) the first time a text reaches that head,
 * once per process (compiling them all took most of the lexicon's load time).
 */

/** The slot for an amount of money in a pattern ("pledge|promise #amount"). */
const AMOUNT_SLOT = '#amount';
const ALONE_SLOT = '@alone';
/** Marks an element that is the head of the verb's object: no preposition may stand before it ("cut =tariff|duty"). */
const DIRECT_MARK = '=';

/** Grammatical form of a verb token, for passives and noun/verb disambiguation. */
export type VerbFormKind = 'base' | 'third' | 'ing' | 'past' | 'participle' | 'pastOrParticiple';

/** One alternative of an element: a contiguous token sequence, each token a set of accepted forms. */
export type TokenSeq = ReadonlyArray<ReadonlySet<string>>;

export interface PatternElement {
  /** Empty for `@` (an actor mention). */
  alts: TokenSeq[];
  /** Every form that can open one of `alts`: a word that is none of them starts no match (the matcher's quick test). */
  opens: ReadonlySet<string>;
  actor: boolean;
  /** `@guest`: only a party received as a guest, a person in office or a delegation ("welcomed Prime Minister X"). */
  guest?: boolean;
  /** `@city`: only a city, a capital or another place of a state ("hit Kharkiv"; "tariffs hit China" is no attack). */
  city?: boolean;
  /**
   * `@state`: a party itself or its capital, never another place of it, nor the possessor of a thing that follows ("sent
   * tanks to Ukraine", "to Kyiv", "to Syria's army"; not "to Rafah", "to Ukraine's border").
   */
  state?: boolean;
  /**
   * `@alone`: a party that closes the verb's clause, nothing after it but a time phrase, an infinitive or the clause's
   * end ("Macron calls Pezeshkian", "called the PM this morning"; not "called Putin a war criminal").
   */
  alone?: boolean;
  /** `#amount`: an amount of money however written ("$30m", "€2bn", "20 million pounds ($27 million)"; text/amounts.ts). */
  amount?: boolean;
  /** `=words`: the head of the verb's own object, so no preposition stands in the gap ("cut its tariff", not "cut … from duty"). */
  direct?: boolean;
}

export interface VerbPattern {
  code: string;
  lemma: string;
  /** Words of the head after the verb itself ("out" in "carry out"), contiguous. */
  headRest: TokenSeq;
  elements: PatternElement[];
  /** The actor after the pattern is the source, the subject the target ("drew concern from Beijing"). */
  swap: boolean;
  /** Number of words in the pattern: the longest match wins. */
  size: number;
  /** Has an `@alone` slot: a deed done to a party named with nothing said of it, read only after the doer's own subject. */
  namesPartyAlone: boolean;
  text: string;
}

export interface NominalPattern {
  code: string;
  tokens: TokenSeq;
  text: string;
}

export interface HeadEntry {
  pattern: VerbPattern;
  kind: VerbFormKind;
}

// Plain lower-case words split on spaces exactly as the tokenizer would; anything else goes through it (cold start matters).
const words = (s: string): string[] => {
  const t = s.replace(/_/g, ' ');
  return /^[a-z ]+$/.test(t) ? t.split(' ').filter(Boolean) : tokenize(t).map((x) => x.norm);
};

function seqOf(alt: string, pluralLast: boolean): TokenSeq {
  const ws = words(alt);
  return ws.map((w, i) => new Set(pluralLast && i === ws.length - 1 ? nounForms(w) : [w]));
}

// Hundreds of patterns share a head verb ("agree", "meet"); its forms are worked out once.
const FORM_KINDS = new Map<string, ReadonlyMap<string, VerbFormKind>>();
const formKindsOf = (lemma: string): ReadonlyMap<string, VerbFormKind> => {
  let kinds = FORM_KINDS.get(lemma);
  if (!kinds) FORM_KINDS.set(lemma, (kinds = formKinds(lemma)));
  return kinds;
};

function formKinds(lemma: string): Map<string, VerbFormKind> {
  const f = verbForms(lemma);
  const out = new Map<string, VerbFormKind>();
  out.set(f.present[0]!, 'base');
  out.set(f.present[1]!, 'third');
  for (const ing of f.present.slice(2)) out.set(ing, 'ing');
  for (const p of f.past) out.set(p, 'past');
  for (const p of f.participle) out.set(p, out.get(p) === 'past' ? 'pastOrParticiple' : 'participle');
  if (out.get(lemma) !== 'base' && out.has(lemma)) out.set(lemma, out.get(lemma)!); // "cut", "put": keep past reading too
  return out;
}

export interface ActionLexicon {
  heads: ReadonlyMap<string, HeadEntry[]>;
  nominals: ReadonlyMap<string, NominalPattern[]>;
  patternCount: number;
}

function builtInPatterns(): Record<string, string[]> {
  const all = { ...COOPERATION_PATTERNS };
  for (const [code, list] of Object.entries(CONFLICT_PATTERNS)) all[code] = [...(all[code] ?? []), ...list];
  return all;
}

/** Compiles patterns written in the syntax of patterns-cooperation.ts (code → patterns). */
export function compilePatterns(all: Readonly<Record<string, readonly string[]>>): ActionLexicon {
  const heads = new Map<string, HeadEntry[]>();
  const nominals = new Map<string, NominalPattern[]>();
  let patternCount = 0;
  for (const [code, list] of Object.entries(all)) {
    for (const raw of list) {
      patternCount++;
      let text = raw.trim();
      if (text.startsWith('~')) {
        const parts = text.slice(1).split(' ');
        const tokens: Set<string>[] = [];
        parts.forEach((p, i) => {
          const set = new Set<string>();
          for (const alt of p.split('|')) for (const w of i === parts.length - 1 ? nounForms(alt) : [alt]) for (const n of words(w)) set.add(n);
          tokens.push(set);
        });
        // hyphenated words tokenize into several tokens: re-split on the tokenizer
        const flat =
          words(text.slice(1).replace(/\|/g, ' ')).length === tokens.length
            ? tokens
            : words(text.slice(1)).map((w, i, a) => new Set(i === a.length - 1 ? nounForms(w) : [w]));
        const pattern: NominalPattern = { code, tokens: flat, text: raw };
        for (const first of flat[0] ?? []) {
          const arr = nominals.get(first) ?? [];
          arr.push(pattern);
          nominals.set(first, arr);
        }
        continue;
      }
      const swap = text.startsWith('<');
      if (swap) text = text.slice(1);
      const [headPart, ...rest] = text.split(' ');
      const elements = new LazyElements(rest);
      const alone = rest.includes(ALONE_SLOT);
      const size = rest.reduce((n, el) => n + (el.startsWith('@') || el === AMOUNT_SLOT ? 1 : words(el.split('|')[0] ?? '').length), 0);
      for (const alt of (headPart ?? '').split('|')) {
        const [lemma = '', ...headWords] = words(alt);
        const headRest: TokenSeq = headWords.map((w) => new Set([w]));
        const pattern: VerbPattern = new CompiledVerbPattern(code, lemma, headRest, elements, swap, size + 1 + headWords.length, alone, raw);
        for (const [form, kind] of formKindsOf(lemma)) {
          const arr = heads.get(form) ?? [];
          arr.push({ pattern, kind });
          heads.set(form, arr);
        }
      }
    }
  }
  return { heads, nominals, patternCount };
}

/** A pattern's elements, compiled when first read; the alternatives of one head share them. */
class LazyElements {
  private compiled: PatternElement[] | undefined;
  constructor(private readonly rest: readonly string[]) {}

  get(): PatternElement[] {
    return (this.compiled ??= this.rest.map((el) =>
      el === '@' || el === '@guest' || el === '@city' || el === '@state' || el === ALONE_SLOT
        ? { alts: [], opens: NO_WORDS, actor: true, guest: el === '@guest', city: el === '@city', state: el === '@state', alone: el === ALONE_SLOT }
        : el === AMOUNT_SLOT
          ? { alts: [], opens: NO_WORDS, actor: false, amount: true }
          : el.startsWith(DIRECT_MARK)
            ? {
                ...wordsElement(
                  el
                    .slice(DIRECT_MARK.length)
                    .split('|')
                    .map((a) => seqOf(a, true)),
                ),
                direct: true,
              }
            : wordsElement(el.split('|').map((a) => seqOf(a, true))),
    ));
  }
}

const NO_WORDS: ReadonlySet<string> = new Set();

function wordsElement(alts: TokenSeq[]): PatternElement {
  return { alts, opens: new Set(alts.flatMap((alt) => [...(alt[0] ?? [])])), actor: false };
}

// A class, not an object literal with a getter: every pattern has one shape, so the matcher's
// `p.elements` stays a fast monomorphic property read.
class CompiledVerbPattern implements VerbPattern {
  constructor(
    readonly code: string,
    readonly lemma: string,
    readonly headRest: TokenSeq,
    private readonly lazyElements: LazyElements,
    readonly swap: boolean,
    readonly size: number,
    readonly namesPartyAlone: boolean,
    readonly text: string,
  ) {}

  get elements(): PatternElement[] {
    return this.lazyElements.get();
  }
}

let builtIn: ActionLexicon | undefined;
const builtInLexicon = (): ActionLexicon => (builtIn ??= compilePatterns(builtInPatterns()));

/** The built-in patterns alone, compiled on the first lookup. */
export const BUILT_IN_ACTION_LEXICON: ActionLexicon = {
  heads: new LazyMap(() => builtInLexicon().heads),
  nominals: new LazyMap(() => builtInLexicon().nominals),
  get patternCount() {
    return builtInLexicon().patternCount;
  },
};

/** What the coder looks up: verb heads of the analysts' dictionary of the article being coded, if any, over the built-ins (coder/dictionary/). */
export const ACTION_LEXICON: ActionLexicon = {
  heads: new LayeredMap(BUILT_IN_ACTION_LEXICON.heads, () => activeOverlay()?.heads),
  nominals: BUILT_IN_ACTION_LEXICON.nominals,
  get patternCount() {
    return BUILT_IN_ACTION_LEXICON.patternCount;
  },
};
