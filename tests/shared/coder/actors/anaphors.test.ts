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

describe('an office named again by its title alone', () => {
  it('"the spokesperson" is the spokesperson the story placed last, not the state the story is about', async () => {
    const events = await code(
      "North Korea fired a ballistic missile on Wednesday. China's foreign ministry spokesperson called on all parties to exercise restraint. The spokesperson accused Washington of building small circles in Asia.",
    );
    expect(briefsOf(events, (e) => e.cameo.code === '112')).toEqual(['CHN>USA 112']);
  });

  it('"the envoy" is the envoy named before', async () => {
    const envoy = await code(
      "Myanmar's junta bombed villages in Rakhine. ASEAN's special envoy met the generals in Naypyidaw on Tuesday. The envoy urged Myanmar to halt the air strikes.",
    );
    expect(briefsOf(envoy, (e) => e.cameo.root === '02')).toEqual(['ASN>MMR 020']);
  });
});

describe('a counted group named in its own sentence', () => {
  it('"hosted his Indonesian and Philippine counterparts, and the three ministers agreed" are the host and the two guests', async () => {
    const events = await code(
      "Malaysia's defence minister hosted his Indonesian and Philippine counterparts on Tuesday, and the three ministers agreed to expand joint maritime and air patrols in the Sulu Sea.",
    );
    expect(briefsOf(events, (e) => e.cameo.root === '03')).toEqual(['IDN>PHL 030', 'MYS>IDN 030', 'MYS>PHL 030']);
  });

  it('a list of that size the story named before comes first', async () => {
    const events = await code(
      'Ethiopia, Sudan and Egypt resumed talks on the dam. The United States urged Israel and Iran to show restraint, and the three countries agreed to meet again.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '03')).toEqual(['ETH>EGY 036', 'ETH>SDN 036', 'SDN>EGY 036']);
  });
});

describe('an office that speaks for a state, named again as the subject', () => {
  it('"The ministry accused Rabat" after "the Algerian foreign ministry recalled …" is Algeria\'s, not the state the story is about', async () => {
    const events = await code(
      'Morocco and Spain signed a pact on Monday. In Algiers, the Algerian foreign ministry recalled its ambassador to Madrid on Tuesday. The ministry accused Rabat of "pursuing the occupation" of Western Sahara.',
    );
    expect(briefsOf(events, (e) => e.cameo.code === '112')).toEqual(['DZA>MAR 112']);
  });

  it('"summoned to the ministry in Zagreb" is the summoner\'s own ministry, not the one named last', async () => {
    const events = await code(
      "The Serbian Foreign Ministry summoned the Croatian charge on Monday. Croatia's foreign minister said the Serbian ambassador had been summoned to the ministry in Zagreb.",
    );
    expect(briefsOf(events, (e) => e.cameo.code === '114')).toEqual(['HRV>SRB 114', 'SRB>HRV 114']);
  });
});

describe("a party placed by what came before is one of its sentence's actors", () => {
  it('"Its special envoy met his Armenian counterpart …, and the two agreed": the two are the envoy\'s state and Armenia', async () => {
    const events = await code(
      'The United States hosted talks between Armenia and Azerbaijan. Turkey has moved cautiously. Its special envoy met his Armenian counterpart on Friday, and the two agreed that the crossing would open to diplomats from 1 September.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '03')).toEqual(['TUR>ARM 030']);
  });
});

describe('a title refers back only to the same title', () => {
  it('"the interior minister" is not the defence minister named before; "the prime minister" is the one named', async () => {
    const other = await code("India's defence minister visited Washington on Monday. The interior minister accused Kabul of harbouring militants.");
    expect(briefsOf(other, (e) => e.cameo.root === '11')).toEqual([]);
    const named = await code("Prime Minister Shehbaz Sharif met Iran's foreign minister in Islamabad. The prime minister later accused India of aggression.");
    expect(briefsOf(named, (e) => e.cameo.root === '11')).toEqual(['PAK>IND 1123']);
  });
});
