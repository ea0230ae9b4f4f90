import { describe, expect, it } from 'vitest';
import { brief, code } from '../helpers.ts';
import { UNCODED_BODIES } from '../../../../shared/coder/lexicon/uncoded-bodies.ts';
import { ORGANISATIONS } from '../../../../shared/coder/lexicon/organisations.ts';

// Sentences written for these tests: bodies with no Accord code are left out, never coded as a state.
describe('bodies without an Accord code', () => {
  it('are disjoint from the coded organisations', () => {
    const coded = new Set(ORGANISATIONS.flatMap((o) => o.names));
    expect(UNCODED_BODIES.filter((b) => coded.has(b))).toEqual([]);
  });

  it('an action by one is not coded as the state the sentence is about', async () => {
    const events = await code('IGAD suspended Sudan from its decision-making bodies on Monday after the coup in Khartoum.');
    expect(events.some((e) => e.source.country === 'SDN' || e.source.text.includes('IGAD'))).toBe(false);
  });

  it('an appeal to one keeps its source and guesses no other target', async () => {
    const events = await code('Burundi withdrew from the bloc last year. Kenya urged the EAC to lift its sanctions on Burundi.');
    const appeal = events.find((e) => e.source.country === 'KEN');
    expect(appeal?.target?.country ?? null).not.toBe('BDI');
  });

  it('ECOWAS, SADC and the GCC are coded under their CAMEO bloc codes (WAS, SAD, GCC), as the annotators code them', async () => {
    expect((await code('ECOWAS welcomed the agreement between Benin and Niger.')).map(brief)).toContain('WAS>BEN 051');
    expect((await code('Leaders of SADC called on Rwanda to pull its forces out of eastern Congo.')).map(brief)).toContain('SAD>RWA 0256');
  });

  it('OPEC is not coded as the host of its meeting', async () => {
    const events = await code('OPEC agreed in Vienna on Sunday to cut oil output by one million barrels a day.');
    expect(events.map(brief)).toEqual([]);
  });
});
