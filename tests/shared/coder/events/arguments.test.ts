import { describe, expect, it } from 'vitest';
import { brief, code, briefsOf } from '../helpers.ts';

// Sentences written for these tests: actors and arguments in running text.
describe('actors', () => {
  it('"Houthi" as an adjective names the rebels of Yemen, not its army', async () => {
    const events = await code('Houthi fighters fired two missiles at an Israeli port city on Monday.');
    expect(events[0]?.source).toMatchObject({ country: 'YEM', role: 'REB' });
  });

  it('"UN nuclear inspectors" are the IAEA', async () => {
    const events = await code('Iraq agreed on Monday to allow UN nuclear inspectors to visit three sites.');
    expect(events.some((e) => e.target?.country === 'IAEA')).toBe(true);
  });

  it('"Congolese" alone is the Democratic Republic of the Congo', async () => {
    const events = await code('Congolese troops clashed with Rwandan soldiers near the border on Sunday.');
    expect(events[0]?.source.country).toBe('COD');
  });
});

describe('arguments in running text', () => {
  it('"a diplomat accused of spying" is passive: the diplomat accuses no one', async () => {
    const events = await code('Poland on Monday expelled a Belarusian diplomat accused of spying and ordered him to leave within 48 hours.');
    expect(events.some((e) => e.source.country === 'BLR')).toBe(false);
    expect(events.map(brief)).toContain('POL>BLR 161');
  });

  it('a trip to a capital "for talks with" someone targets the people met', async () => {
    const events = await code('Kenyan Foreign Minister Musalia Mudavadi will travel to Brussels next week for talks with NATO officials.');
    expect(events.find((e) => e.cameo.code === '036')?.target?.country).toBe('NATO');
  });

  it('"the two leaders" right after two named leaders are those two', async () => {
    const events = await code(
      'Ghanaian President John Mahama spoke by phone with Nigerian President Bola Tinubu on Friday, and the two leaders agreed to reopen the border. Togo welcomed the call.',
    );
    const agreed = events.find((e) => e.cameo.root === '03');
    expect([agreed?.source.country, agreed?.target?.country].sort()).toEqual(['GHA', 'NGA']);
  });

  it("the government and rebels of one state are each other's target", async () => {
    const events = await code('The Sudanese army accused the Rapid Support Forces of shelling a hospital in El Fasher.');
    expect(events.find((e) => e.cameo.root === '11')).toMatchObject({ source: { country: 'SDN', role: 'MIL' }, target: { country: 'SDN', role: 'REB' } });
  });

  it('"remained concerned" is an expression of concern', async () => {
    const events = await code('Egypt said it remained concerned about Ethiopian plans to fill the dam again.');
    expect(events.map((e) => e.cameo.code)).toContain('012');
  });

  it("a resignation is coded within the official's own state", async () => {
    const events = await code('Peru and Chile signed a fisheries accord on Monday. Peruvian Prime Minister Eduardo Arana resigned on Tuesday.');
    expect(events.find((e) => e.cameo.code === '0831')?.target?.country ?? 'PER').toBe('PER');
  });

  it("an opposition party of a story filed in a capital is that state's", async () => {
    const events = await code('NAIROBI, May 5 (Accord Wire) - Britain and Kenya signed a defence pact on Monday. The opposition rejected the pact on Tuesday.');
    const rejection = events.find((e) => e.cameo.root === '12');
    expect(rejection?.source.country).toBe('KEN');
  });
});

describe('possessors and relative clauses', () => {
  it('"diplomats said the EU\'s 27-member council would discuss Serbia": the council, not the diplomats, acts', async () => {
    const events = await code("Diplomats in Geneva said the EU's 27-member Council of Ministers would discuss Serbia at its next meeting.");
    expect(events.find((e) => e.evidence.trigger === 'discuss')?.source.country).toBe('EUR');
    expect(events.some((e) => e.source.country === 'CHE')).toBe(false);
  });

  it('a subject relative clause after the main event is background (", which killed 9 people")', async () => {
    const events = await code('Kenya protested to Uganda on Monday over the collapse of a border bridge, which killed 9 people.');
    expect(events.some((e) => e.cameo.root === '19')).toBe(false);
  });
});

describe('a relative pronoun as subject', () => {
  it('stands for the noun phrase before it: a party codes, an earthquake does not', async () => {
    expect(await code('Vanuatu was hit by a magnitude 7.3 earthquake on December 17, 2024, which killed 14 people in Port Vila.')).toEqual([]);
    const party = await code('Kenya criticised Russia, which attacked Ukraine on Monday.');
    expect(party.map(brief)).toContain('KEN>RUS 111');
  });
});

describe('verbs joined to the clause of a verb of saying', () => {
  it('", and urged Y" with no subject of its own shares the subject before the comma', async () => {
    const events = await code('The Chinese government spoke out on Monday, and urged Canberra to drop the pact.');
    expect(events.filter((e) => e.evidence.trigger === 'urged').map(brief)).toEqual(['CHN>AUS 020']);
  });

  it('\'X said that … "…," and urged Y\' is X urging, and the negation inside the quote does not carry over', async () => {
    const events = await code(
      'China\'s embassy said in a statement that cooperation between Pacific countries and their partners "should not target any third party," and urged Canberra to "abandon Cold War thinking."',
    );
    expect(events.map(brief)).toEqual(['CHN>AUS 020']);
    // a reported action that is itself past keeps its own subject; the speaker's verb after it is still the speaker's
    const both = await code('Japan said that Russia attacked Ukraine, and urged China to help.');
    expect(briefsOf(both)).toEqual(['JPN>CHN 020', 'RUS>UKR 190']);
  });

  it('"and again accused", "and repeatedly urged": an adverb after "and" keeps the subject before', async () => {
    const events = await code("Sudan's ambassador thanked Russia for its support and again accused the United Arab Emirates of supplying weapons.");
    expect(events.find((e) => e.evidence.trigger === 'accused')?.source.country).toBe('SDN');
    const urged = await code('Japan thanked Canada for its help and repeatedly urged China to release the detained sailors.');
    expect(urged.find((e) => e.evidence.trigger === 'urged')?.source.country).toBe('JPN');
  });

  it('"rejected the criticism" after an appeal answers whoever made the appeal', async () => {
    const events = await code(
      'Australia and Vanuatu signed a security pact on Thursday. China\'s embassy in Port Vila urged Canberra to "abandon Cold War thinking." Albanese rejected the criticism.',
    );
    expect(events.find((e) => e.evidence.trigger === 'rejected')?.target?.country).toBe('CHN');
  });
});

describe('page furniture', () => {
  it('headlines of related stories after the article are not events', async () => {
    const events = await code(
      'Peru recalled its ambassador from Mexico on Monday.\n\nChile and Argentina sign energy pact\nBolivia to host regional summit in May',
    );
    expect(events.map(brief)).toEqual(['PER>MEX 161']);
  });
});

// Sentences written for these tests (2026-12-07).
describe('"each" floating after an auxiliary', () => {
  it('leaves the subject to its verb, past a relative clause too', async () => {
    const events = await code(
      'Lesotho, Eswatini and Botswana, whose textile and diamond industries depend on the US market, have each asked Washington for exemptions.',
    );
    expect(briefsOf(events)).toEqual(['BWA>USA 020', 'LSO>USA 020', 'SWZ>USA 020']);
  });
});

describe('officials the dictionaries know by name', () => {
  it("the US commerce secretary and trade representative, the EU's trade commissioner", async () => {
    expect(briefsOf(await code('Howard Lutnick accused Brazil on Friday of stalling on tariff cuts.'))).toEqual(['USA>BRA 112']);
    expect(briefsOf(await code('Jamieson Greer criticised South Africa on Friday.'))).toEqual(['USA>ZAF 111']);
    expect(briefsOf(await code('Maroš Šefčovič criticised India on Friday.'))).toEqual(['EUR>IND 111']);
  });
});

describe('criminals named by what they do', () => {
  it("act for no state: pirates or a cartel are not placed in the story's state", async () => {
    const pirates = await code('Ghana hosted delegations from Togo and Benin after pirates attacked a product tanker off Lomé on October 14.');
    expect(pirates.some((e) => e.cameo.root === '19' || e.cameo.root === '18')).toBe(false);
    const cartel = await code('Mexican and Guatemalan troops began joint patrols on Monday, weeks after a cartel attack on a Guatemalan police post.');
    expect(cartel.some((e) => e.cameo.root === '19')).toBe(false);
    // the sentence's other events stay, and a place named with the criminals still says where they are
    expect(briefsOf(pirates, (e) => e.cameo.code === '043')).toEqual(['GHA>BEN 043', 'GHA>TGO 043']);
    expect(briefsOf(await code('Gangs in Haiti kidnapped two Chinese nationals on Friday.'))).toEqual(['HTI>CHN 181']);
  });
});

describe('a verb joined by "and" to an uncoded first verb', () => {
  it('shares the subject of the verb of saying that opens the sentence, past "that the measures were …"', async () => {
    const events = await code(
      'The US embassy in Pretoria said in a statement that the measures were "targeted" and urged the South African government to repeal the Act.',
    );
    expect(briefsOf(events)).toEqual(['USA>ZAF 020']);
  });
});

describe('a truce observed by a compound subject', () => {
  it('is one between its members, not aimed at a party named later', async () => {
    const events = await code('Saudi Arabia and the Houthis have largely observed a truce since April 2022, when both accepted a U.N.-brokered ceasefire.');
    expect(briefsOf(events, (e) => e.cameo.code === '0871')).toEqual(['SAU>YEM 0871']);
  });
});

describe('the object of a verb is no member of the next clause’s subject', () => {
  // (written 2026-12-07)
  it('"Mali recalled its ambassador, and Algeria expelled the Malian envoy" is two deeds, each by its own subject', async () => {
    const events = await code('Mali recalled its ambassador, and Algeria expelled the Malian envoy.');
    expect(briefsOf(events)).toEqual(['DZA>MLI 161', 'MLI>DZA 161']);
  });
});

describe('counted members of a list', () => {
  // (written 2026-12-07)
  it('"deported 61 Venezuelans and 40 Colombians" deports each', async () => {
    expect(briefsOf(await code('Chile deported 61 Venezuelans and 40 Colombians on Sunday.'))).toEqual(['CHL>COL 174', 'CHL>VEN 174']);
  });

  it("the presidents who took office in 2026: Chile's Kast, Honduras's Asfura, Costa Rica's Fernández", async () => {
    expect(briefsOf(await code('Kast criticised Bolivia on Monday.', '2026-04-14'))).toEqual(['CHL>BOL 111']);
    expect(briefsOf(await code('Asfura criticised Nicaragua on Monday.', '2026-04-14'))).toEqual(['HND>NIC 111']);
    expect(briefsOf(await code('Laura Fernández criticised Nicaragua on Monday.', '2026-06-01'))).toEqual(['CRI>NIC 111']);
  });
});

describe('a verb after an apposition', () => {
  // (written 2026-12-07)
  it('"Niger and Burkina Faso, Mali\'s partners in the alliance, expressed solidarity with Bamako" is the subject\'s verb', async () => {
    const events = await code("Niger and Burkina Faso, Mali's partners in the alliance, expressed solidarity with Bamako.");
    expect(briefsOf(events)).toEqual(['BFA>MLI 052', 'NER>MLI 052']);
  });
});

describe('"they" after a compound subject set off by an apposition', () => {
  // (written 2026-12-07)
  it('"Niger and Burkina Faso, Mali\'s partners, said that they stand in solidarity with Bamako" is both', async () => {
    const events = await code("Niger and Burkina Faso, Mali's partners, said that they stand in solidarity with Bamako.");
    expect(briefsOf(events)).toEqual(['BFA>MLI 052', 'NER>MLI 052']);
  });
});

describe('whose "by" a passive takes', () => {
  it('"was agreed … in talks mediated by Qatar and Turkey": the mediators mediate, they agree nothing with each other', async () => {
    const events = await code('The ceasefire was agreed between Pakistan and Afghanistan in talks mediated by Qatar and Turkey.');
    expect(briefsOf(events)).toEqual(['QAT>AFG 045', 'QAT>PAK 045', 'TUR>AFG 045', 'TUR>PAK 045']);
  });

  it('a "by" of how much or how long is no agent: "extended by six months", "raised by 10 percent"', async () => {
    expect(briefsOf(await code('Japan extended by six months its suspension of the tariffs on US cars.'))).toEqual(['JPN>USA 085']);
    expect(briefsOf(await code('Canada raised by 10 percent its duties on Chinese steel.'))).toEqual(['CAN>CHN 163']);
  });

  it('a "by" two coordinated participles share is still the passive\'s agent', async () => {
    expect(briefsOf(await code('The treaty was drafted and signed by Turkey and Syria in Ankara.'))).toEqual(['TUR>SYR 057']);
  });
});

describe("a headline's bare participle is a passive", () => {
  it('"Russian ambassador summoned to the Foreign Office": the one summoned is the target, the one summoning the source', async () => {
    const events = await code(
      'LONDON (Reuters) - Britain accused Russia of sabotage on Tuesday.\n\nKey events\n- Russian ambassador summoned to the Foreign Office\n- Captain and first officer arrested\n\nThe Kremlin denied any role.\n',
    );
    expect(briefsOf(events, (e) => e.cameo.code === '114')).toEqual(['GBR>RUS 114']);
  });

  it('"Two Estonian diplomats expelled from Moscow", "were deported from Pakistan": the state they leave expels them', async () => {
    expect(briefsOf(await code('- Two Estonian diplomats expelled from Moscow'))).toEqual(['RUS>EST 174']);
    expect(briefsOf(await code('Hundreds of Afghans were deported from Pakistan on Monday.'))).toEqual(['PAK>AFG 174']);
  });

  it('a headline with an object after its verb is active, and a sentence with a full stop is no headline', async () => {
    expect(briefsOf(await code('- Russia expelled two Estonian diplomats'))).toEqual(['RUS>EST 161']);
  });
});

describe('a party dated before its name', () => {
  it('"invaded by the former Iraqi regime": the by-phrase is still the agent', async () => {
    expect(briefsOf(await code('Kuwait was invaded by the former Iraqi regime on August 2, 1990.'))).toEqual(['IRQ>KWT 192']);
  });
});

describe('an -ing after a clause of its own subject', () => {
  it('"…, and Algeria responded by recalling its ambassador": the -ing is the second subject\'s, not the first clause\'s', async () => {
    const events = await code('Mali recalled its ambassador from Algiers, and Algeria responded by recalling its ambassador from Bamako.');
    expect(briefsOf(events)).toEqual(['DZA>MLI 161', 'MLI>DZA 161']);
  });

  it('a bare "and" joins objects, whose -ing adjunct stays the subject\'s ("telephoned Abiy and al-Sisi on Thursday, urging …")', async () => {
    const events = await code(
      'Kenyan President William Ruto telephoned Ethiopian Prime Minister Abiy Ahmed and Egyptian President Abdel Fattah al-Sisi on Thursday, urging both leaders to return to talks.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '02')).toEqual(['KEN>EGY 020', 'KEN>ETH 020']);
  });
});
