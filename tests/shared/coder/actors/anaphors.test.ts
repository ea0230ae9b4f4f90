import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

describe('"the Kingdom"', () => {
  it('is the monarchy the story is about', async () => {
    const events = await code(
      'JEDDAH - Saudi Arabia hosted a donor conference for Sudan on Tuesday, at which Saudi Arabia pledged $500 million to Sudan.\n\nThe Arab League\'s secretary-general praised the Kingdom\'s "pioneering humanitarian role" and called for the conference to become an annual event.',
    );
    const praise = events.filter((e) => e.source.country === 'ARL' && e.cameo.root === '05');
    expect(praise.map((e) => [e.target?.text, e.target?.country])).toEqual([['the Kingdom', 'SAU']]);
  });

  it('names no one in a story without a monarchy, nor when "of" names the kingdom itself', async () => {
    const none = await code('Kenya hosted talks on Sudan on Tuesday.\n\nThe Arab League praised the Kingdom\'s "pioneering role".');
    expect(none.map((e) => e.target?.text)).not.toContain('the Kingdom');
    const own = await code('Saudi Arabia hosted talks on Sudan.\n\nThe Arab League praised the Kingdom of Bahrain.');
    expect(briefsOf(own, (e) => e.source.country === 'ARL')).toEqual(['ARL>BHR 051']);
  });
});
