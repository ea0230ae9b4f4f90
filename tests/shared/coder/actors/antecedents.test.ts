import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

describe('a pronoun that opens the complement of a verb of saying is its speaker', () => {
  it('"…, while Germany said it would …" is Germany, not the sentence\'s first subject', async () => {
    const events = await code('Britain announced 20 million pounds in emergency aid for Congo, while Germany said it would provide funding to Congo.');
    expect(briefsOf(events)).toEqual(['DEU>COD 0331', 'GBR>COD 0333']);
  });

  it('"…, while X said he would visit …" is X, not the person who opened the sentence', async () => {
    const events = await code(
      'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday, while French President Emmanuel Macron said he would visit Kyiv next week.',
    );
    expect(briefsOf(events)).toEqual(['FRA>UKR 036', 'TUR>RUS 040']);
  });
});

describe('"they" after a subject of two', () => {
  it('"Saudi Arabia and Qatar each said they would contribute …" is both of them', async () => {
    const events = await code('Saudi Arabia and Qatar each said they would contribute $100 million to Sudan over two years.');
    expect(briefsOf(events)).toEqual(['QAT>SDN 0331', 'SAU>SDN 0331']);
  });

  it('"Lithuania, Latvia and Estonia said they will impose …" is each of the three', async () => {
    const events = await code('Lithuania, Latvia and Estonia said in a joint statement they will impose national entry bans on 22 Georgian officials.');
    // (the threat, and the ban decided: GOLD-FORMAT rule 5)
    expect(briefsOf(events)).toEqual(['EST>GEO 132', 'EST>GEO 172', 'LTU>GEO 132', 'LTU>GEO 172', 'LVA>GEO 132', 'LVA>GEO 172']);
  });

  it('but "their" after a list of three is no meeting of each with each ("at their annual summit")', async () => {
    const events = await code('The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan adopted a declaration on water at their annual meeting in Tashkent.');
    expect(events.filter((e) => e.cameo.root === '04')).toEqual([]);
  });

  it('the pair of a clause after "while" is that clause\'s subject, so the first donor\'s recipient is neither of them', async () => {
    const events = await code('Britain announced emergency aid for Congo, while Germany and Japan said they would provide funding.');
    expect(briefsOf(events)).toEqual(['DEU>COD 0331', 'GBR>COD 0333', 'JPN>COD 0331']);
  });
});

describe('a role owned by a pronoun', () => {
  it('"his government" is the government of the person last named', async () => {
    const events = await code("Dominican President Luis Abinader defended the deportations. His government rejected Haiti's accusations as unfounded.");
    expect(briefsOf(events)).toEqual(['DOM>HTI 016']);
  });
});

describe('"the bloc", "the alliance"', () => {
  it('"the 15-member council" is the UN the article named last, also after another bloc', async () => {
    const events = await code(
      'The European Union condemned the launch. South Korea called it a violation of U.N. Security Council resolutions. Seoul, Washington and Tokyo later requested an emergency meeting of the 15-member council.',
    );
    expect(briefsOf(events, (e) => e.evidence.trigger === 'requested')).toEqual(['JPN>UNO 020', 'KOR>UNO 020', 'USA>UNO 020']);
    // and the EU stays "the bloc"
    expect(briefsOf(await code('The European Union met in Brussels. The UN said it was worried. Kenya criticised the bloc.'))).toContain('KEN>EUR 111');
  });

  it('is the last bloc the article named', async () => {
    const events = await code(
      'The European Union imposed sanctions on Georgia in March. In January 2025 the bloc had already suspended visa-free travel for Georgian diplomats.',
    );
    expect(briefsOf(events)).toEqual(['EUR>GEO 163', 'EUR>GEO 172']);
    const nato = await code('NATO held talks with Ukraine on Monday. The 32-nation alliance condemned the Russian strikes.');
    expect(briefsOf(nato)).toContain('NATO>RUS 111');
  });

  it('is a bloc named earlier in the same sentence', async () => {
    const events = await code('The EU\'s foreign policy chief said the bloc "stands fully behind Estonia".');
    expect(briefsOf(events)).toEqual(['EUR>EST 052']);
  });

  it('is not when the sentence names a bloc the dictionaries do not know', async () => {
    const events = await code(
      'The European Union pledged aid to Armenia. Armenia froze its participation in the Collective Security Treaty Organisation in 2024, and the bloc criticised Yerevan.',
    );
    expect(briefsOf(events)).toEqual(['EUR>ARM 033']);
  });
});

describe('a counted group with words of its own', () => {
  it('"the three Nile basin states" is the list of three named before, in the same sentence too', async () => {
    const events = await code(
      'Egypt, Ethiopia and Sudan agreed on Monday to resume talks, as the African Union urged the three Nile basin states to reach a binding deal.',
    );
    expect(briefsOf(events, (e) => e.source.country === 'AFU')).toEqual(['AFU>EGY 020', 'AFU>ETH 020', 'AFU>SDN 020']);
  });

  it('names no one without such a list', async () => {
    const events = await code('The African Union urged the three Nile basin states to reach a binding deal.');
    expect(briefsOf(events)).toEqual(['AFU>- 020']);
  });
});

// Sentences written for these tests (2026-12-04).
describe('the half of a divided country', () => {
  it('"the North" and "the South" in a story about the Koreas', async () => {
    const events = await code(
      'North Korea fired two ballistic missiles on Friday. In October 2024, the North sent thousands of troops to Russia. The South and the United States staged a combined air exercise.',
    );
    const briefs = briefsOf(events);
    expect(briefs.some((b) => b.startsWith('PRK>RUS'))).toBe(true);
    expect(briefs).toContain('KOR>USA 062');
    expect(briefs.some((b) => b.startsWith('KOR>RUS'))).toBe(false);
  });

  it('nowhere else, and never the start of a longer name', async () => {
    const events = await code('China sent two warships to the South China Sea. The South rejected the plan.');
    expect(events.some((e) => e.source.country === 'KOR' || e.target?.country === 'KOR')).toBe(false);
  });
});

// Sentences written for these tests (2026-12-04).
describe("a host's two guests", () => {
  it('are what "both delegations" and "both sides" mean next', async () => {
    const events = await code(
      'President Bola Tinubu on Saturday hosted delegations from Benin and Niger in Abuja. Both delegations agreed to resume oil exports. Mr Tinubu urged both sides to cooperate.',
    );
    const briefs = briefsOf(events);
    expect(briefs.some((b) => b.startsWith('BEN>NER 03') || b.startsWith('NER>BEN 03'))).toBe(true);
    expect(briefs.some((b) => b.startsWith('NGA>NER 02'))).toBe(true);
    expect(briefs.some((b) => b.startsWith('NGA>BEN 03'))).toBe(false);
  });
});

describe("after a meeting of three or more, 'the two countries' are the story's pair", () => {
  it('not a host and one of its guests', async () => {
    const events = await code(
      'Serbian and Kosovar negotiators sat down together in Brussels on Monday. EU envoy Peter Sorensen hosted the meeting. The two countries agreed to meet again in March.',
    );
    const briefs = briefsOf(events, (e) => e.cameo.root === '03');
    expect(briefs).toEqual(['SRB>XKX 036']);
  });
});

describe('a bare "the two" or "both" as the subject of a clause', () => {
  it('is the pair of the sentence before', async () => {
    const events = await code(
      'The deputy prime ministers of Armenia and Azerbaijan met on Wednesday. The two signed a protocol on demarcating a further section of the frontier.',
    );
    expect(briefsOf(events)).toEqual(['ARM>AZE 040', 'ARM>AZE 057']);
  });

  it('but not inside a compound subject ("the US and China both welcomed"), nor before a noun ("the two previous rounds")', async () => {
    const events = await code(
      "On Wednesday, the US State Department and China's Foreign Ministry both welcomed the new agreement between Thailand and Cambodia.",
    );
    expect(events.some((e) => e.source.country === 'USA')).toBe(true);
    expect(events.some((e) => e.source.country === 'CHN')).toBe(true);
  });
});

// Sentences written for these tests (2026-12-06).
describe('"he" or "she" opening a "where" clause', () => {
  it('is the person the sentence named first, not the person the story named last', async () => {
    const events = await code(
      'Israeli jets struck southern Lebanon on Monday. Defence Minister Israel Katz said the strikes would go on. The strikes came two days after US envoy Morgan Ortagus visited Beirut, where she met Aoun.',
    );
    expect(events.find((e) => e.evidence.trigger === 'met')?.source.country).toBe('USA');
  });

  it('is the subject of the clause it hangs from, not a person in a phrase or object before it', async () => {
    const talks = await code(
      'After talks with Ukrainian President Volodymyr Zelensky in Kyiv, French President Emmanuel Macron flew to Warsaw, where he met Polish Prime Minister Donald Tusk.',
    );
    expect(talks.find((e) => e.evidence.trigger === 'met' && e.cameo.code === '040')?.source.country).toBe('FRA');
    const meeting = await code('A day after meeting Putin, Trump flew to Tokyo, where he met Japanese Prime Minister Sanae Takaichi.');
    expect(meeting.find((e) => e.evidence.trigger === 'met')?.source.country).toBe('USA');
  });
});

// Sentences written for these tests (2026-12-07).
describe('the subject pronoun of an object relative clause ("the duty it had imposed")', () => {
  it("is the subject of the clause whose object the noun is, not the sentence's first subject", async () => {
    const events = await code(
      'India and the US signed a trade agreement on Thursday, hours after Washington scrapped the additional 25% duty it had imposed on Indian goods in August 2025.',
    );
    expect(briefsOf(events, (e) => e.cameo.code === '163')).toEqual(['USA>IND 163']);
  });

  it('is left to the story when an infinitive\'s subject stands between ("asked the EU to blacklist the officials it holds responsible")', async () => {
    const events = await code(
      "Lithuania on Thursday closed its two remaining road crossings with Belarus, summoned the Belarusian charge d'affaires in Vilnius and asked the European Union to blacklist the officials it holds responsible for a new wave of smuggling balloons.",
    );
    expect(briefsOf(events, (e) => e.evidence.trigger === 'holds')).toEqual(['LTU>BLR 112']);
  });
});

// Sentences written for these tests (2026-12-07).
describe('the speaker of a subordinate clause', () => {
  it('"a day after Washington said it would impose …" is Washington, not the main clause\'s subject', async () => {
    const events = await code(
      'Brazil asked the World Trade Organization on Friday to set up a dispute panel, a day after Washington said it would impose an additional 25% duty on Brazilian ethanol.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '16')).toEqual(['USA>BRA 163']);
  });
});

describe("the host clause's subject agrees with the pronoun", () => {
  it('"he" is a person, "it" a state or an organisation, never people named by a plural noun', async () => {
    const he = await code('Trump said Indian exporters must pay the 50% duty he imposed on Brazil.');
    expect(briefsOf(he, (e) => e.cameo.code === '163')).toEqual(['USA>BRA 163']);
    const it = await code('Russia said NATO troops had entered the zone it seized from Ukraine.');
    expect(briefsOf(it, (e) => e.cameo.root === '17')).toEqual(['RUS>UKR 171']);
    const goods = await code('The United States hit Chinese goods with the tariff it had imposed on Canada.');
    expect(briefsOf(goods, (e) => e.cameo.code === '163')).toEqual(['USA>CAN 163']);
  });
});

describe('a subject after a subordinating conjunction', () => {
  it('is found past a time phrase ("after the Russian embassy on Thursday accused Estonia")', async () => {
    const events = await code(
      "In Tallinn, the Estonian Foreign Ministry summoned Russia's charge d'affaires on Friday after the Russian embassy on Thursday accused Estonia of complicity in piracy.",
    );
    expect(briefsOf(events, (e) => e.cameo.code === '112')).toEqual(['RUS>EST 112']);
  });

  it('an unknown subject is the state named inside its own phrase ("after a China Coast Guard vessel obstructed …")', async () => {
    const events = await code('Malaysia lodged a protest with China after a China Coast Guard vessel obstructed a Malaysian supply ship.');
    expect(briefsOf(events, (e) => e.evidence.trigger === 'obstructed')).toEqual(['CHN>MYS 144']);
  });
});

describe('"he" after an office named by its title', () => {
  it('is that office\'s holder: "The US president later doubled the tariff he imposed on Brazil"', async () => {
    const events = await code('Lula met Macron in Paris. The US president later doubled the tariff he imposed on Brazil.');
    expect(briefsOf(events, (e) => e.cameo.code === '163')).toEqual(['USA>BRA 163']);
  });
});
