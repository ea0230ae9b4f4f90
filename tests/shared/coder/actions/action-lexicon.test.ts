import { describe, expect, it } from 'vitest';
import { ACTION_LEXICON, BUILT_IN_ACTION_LEXICON, compilePatterns } from '../../../../shared/coder/actions/action-lexicon.ts';
import { LazyMap } from '../../../../shared/coder/lexicon/lazy-map.ts';
import { COOPERATION_PATTERNS } from '../../../../shared/coder/actions/patterns-cooperation.ts';
import { CONFLICT_PATTERNS } from '../../../../shared/coder/actions/patterns-conflict.ts';
import { isCameoCode } from '../../../../shared/coder/lexicon/cameo-codes.ts';
import { findActions } from '../../../../shared/coder/actions/action-matcher.ts';
import { tokenize } from '../../../../shared/coder/text/tokenizer.ts';

const noActors = { starts: new Set<number>(), endsBefore: new Map<number, number>() };
const codes = (s: string) => findActions(tokenize(s), noActors).map((a) => a.code);

describe('action lexicon', () => {
  it('covers all 20 CAMEO roots with valid codes only', () => {
    const all = { ...COOPERATION_PATTERNS, ...CONFLICT_PATTERNS };
    for (const code of Object.keys(all)) expect(isCameoCode(code), code).toBe(true);
    const roots = new Set(Object.keys(all).map((c) => c.slice(0, 2)));
    expect([...roots].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(ACTION_LEXICON.patternCount).toBeGreaterThan(800);
  });

  it('matches every inflection of a head verb and prefers the longest pattern', () => {
    expect(codes('they agreed')).toEqual(['030']);
    expect(codes('it was banned yesterday')).toEqual(['172']);
    expect(codes('he met the minister')).toEqual(['040']);
    expect(codes('they lifted the curfew')).toEqual(['0813']);
    expect(codes('they imposed a curfew')).toEqual(['1723']);
    expect(codes('they imposed sanctions')).toEqual(['163']);
  });

  it('finds nominal events and tells nouns from verbs', () => {
    expect(codes('a suicide bombing')).toEqual(['1831']);
    expect(codes('they staged a hunger strike')).toEqual(['142']);
    expect(codes('the visit')).toEqual(['042']);
    expect(codes('the signing of the treaty')).toEqual(['057']);
    expect(codes('after two days of fierce fighting')).toEqual([]);
  });

  it('compiles the built-in patterns on the first lookup, not at module load', () => {
    expect(BUILT_IN_ACTION_LEXICON.heads).toBeInstanceOf(LazyMap);
    expect(BUILT_IN_ACTION_LEXICON.nominals).toBeInstanceOf(LazyMap);
    expect(ACTION_LEXICON.nominals).toBe(BUILT_IN_ACTION_LEXICON.nominals);
  });

  it('compiles the words after a head when first read, once per process', () => {
    const heads = compilePatterns({ '057': ['sign|ink accord with @'] }).heads;
    const [signed] = heads.get('signed')!;
    const [inking] = heads.get('inking')!;
    const lazy = (p: unknown) => (p as { lazyElements: { compiled?: unknown } }).lazyElements;
    expect(lazy(signed!.pattern).compiled).toBeUndefined();
    const elements = signed!.pattern.elements;
    expect(elements.map((el) => (el.actor ? '@' : el.alts.map((alt) => alt.map((set) => [...set].join('/')).join(' '))))).toEqual([
      ['accord/accords'],
      ['with/withs'],
      '@',
    ]);
    // the same array on every read, and shared by the head's alternatives: compiled once
    expect(signed!.pattern.elements).toBe(elements);
    expect(inking!.pattern.elements).toBe(elements);
  });
});
