import { describe, expect, it } from 'vitest';
import { withoutUntargetedTwins, type SentenceEvent } from '../../../../shared/coder/events/plan.ts';
import { briefsOf, code } from '../helpers.ts';

function event(source: string, target: string | null, code: string): SentenceEvent {
  const actor = (c: string) => ({ text: c, country: c, role: null });
  return {
    code,
    source: actor(source),
    target: target ? actor(target) : null,
    modality: 'asserted',
    triggerStart: 0,
    triggerEnd: 1,
    location: null,
    confidence: 0.8,
  };
}

describe('withoutUntargetedTwins', () => {
  it("drops an act with no counterpart when the sentence codes the same source's act of the family with one", () => {
    const kept = withoutUntargetedTwins([event('EST', 'RUS', '111'), event('EST', null, '112'), event('LVA', null, '111'), event('EST', null, '051')]);
    expect(kept.map((e) => `${e.source.country}>${e.target?.country ?? '-'} ${e.code}`)).toEqual(['EST>RUS 111', 'LVA>- 111', 'EST>- 051']);
  });

  it('in a sentence (written 2026-12-07): "condemned the expulsions …, calling them baseless" is one condemnation of the expeller', async () => {
    const events = await code(
      'Russia expelled three Baltic diplomats on Monday. The foreign ministries of Estonia and Latvia condemned the expulsions in near-identical statements, calling them "baseless".',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '11')).toEqual(['EST>RUS 111', 'LVA>RUS 111']);
  });
});
