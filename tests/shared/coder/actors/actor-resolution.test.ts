import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../shared/coder/text/tokenizer.ts';
import { findMentions } from '../../../../shared/coder/actors/mention-finder.ts';
import { ActorResolver } from '../../../../shared/coder/actors/actor-resolver.ts';

function resolveAll(sentences: string[], date = '2026-01-07') {
  const r = new ActorResolver(date);
  return sentences.map((s) => {
    const tokens = tokenize(s);
    return findMentions(tokens).map((m) => {
      const res = r.resolve(m, tokens);
      if (!m.prep && (res.actor || res.pair)) r.setSubject(res);
      return res;
    });
  });
}

describe('ActorResolver', () => {
  it('groups adjective, title and name into one actor', () => {
    const m = resolveAll(['Chinese President Xi Jinping spoke.'])[0]?.[0];
    expect(m?.actor).toEqual({ text: 'Xi Jinping', country: 'CHN', role: 'GOV' });
  });

  it('reads capitals as governments, possessives and organisations', () => {
    const [ms] = resolveAll(["Seoul said South Korea's foreign ministry and the United Nations would attend."]);
    expect(ms!.map((m) => m.actor && [m.actor.country, m.actor.role])).toEqual([
      ['KOR', 'GOV'],
      ['KOR', 'GOV'],
      ['UNO', null],
    ]);
  });

  it('resolves a leader only while in office on the article date', () => {
    const now = resolveAll(['President Lee Jae Myung spoke.'], '2026-01-07')[0]?.[0];
    expect(now?.actor?.country).toBe('KOR');
    const before = resolveAll(['Lee Jae Myung spoke.'], '2010-01-01')[0]?.[0];
    expect(before?.actor ?? null).toBeNull();
  });

  it('resolves "the South Korean leader" and pronouns to the person introduced earlier', () => {
    const out = resolveAll(['South Korean President Lee Jae Myung arrived.', 'The South Korean leader said he was pleased.']);
    const second = out[1]!;
    expect(second[0]!.actor?.text).toBe('Lee Jae Myung');
    expect(second.find((m) => m.mention.pronoun === 'he')?.actor?.text).toBe('Lee Jae Myung');
  });
});
