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
    const events = await code('ECOWAS suspended Guinea from its decision-making bodies on Monday after the coup in Conakry.');
    expect(events.some((e) => e.source.country === 'GIN' || e.source.text.includes('ECOWAS'))).toBe(false);
  });

  it('an appeal to one keeps its source and guesses no other target', async () => {
    const events = await code('Mali withdrew from the bloc last year. Senegal urged ECOWAS to lift its sanctions on Mali.');
    const appeal = events.find((e) => e.source.country === 'SEN');
    expect(appeal?.target?.country ?? null).not.toBe('MLI');
  });

  it('OPEC is not coded as the host of its meeting', async () => {
    const events = await code('OPEC agreed in Vienna on Sunday to cut oil output by one million barrels a day.');
    expect(events.map(brief)).toEqual([]);
  });
});
