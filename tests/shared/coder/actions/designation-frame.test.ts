import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

const sanctions = async (body: string) => briefsOf(await code(body, '2026-09-16'), (e) => e.cameo.root === '16');

describe('the designation frame: who designates tells a sanction as well as why', () => {
  it('a sanctions authority as the designator makes a designation a sanction, grounds or not', async () => {
    expect(await sanctions("The UK's Office of Financial Sanctions Implementation on Monday designated two Iranian shipping firms.")).toEqual(['GBR>IRN 163']);
    expect(await sanctions('The US Treasury on Monday designated the three RSF commanders.')).toEqual(['USA>SDN 163']);
  });

  it('a designation as something else stays none, whoever designates', async () => {
    expect(await sanctions('The US Treasury designated Saudi Arabia as a major partner.')).toEqual([]);
    expect(await sanctions('Washington designated Qatar a major non-NATO ally on Monday.')).toEqual([]);
  });

  it('restrictive measures reinstated are sanctions reinstated', async () => {
    expect(await sanctions('The EU reinstated its nuclear-related restrictive measures against Iran on Monday.')).toEqual(['EUR>IRN 163']);
  });
});
