import { describe, expect, it } from 'vitest';
import { brief, briefsOf, code, codeAll } from '../helpers.ts';

// Sentences written for these tests: how the clauses around a coded deed relate to it.
describe('participles, purposes and joined verbs', () => {
  it('a participle stating what a strike did is not a second event', async () => {
    const events = await code('Russian missiles struck a power plant in Kharkiv on Monday, killing three workers and damaging a school.');
    expect(events.some((e) => ['killing', 'damaging'].includes(e.evidence.trigger))).toBe(false);
    expect(events.some((e) => e.cameo.root === '19' || e.cameo.root === '18')).toBe(true);
  });

  it('a verbal participle (an accusation) stays an event of its own', async () => {
    const events = await code("Mali's military government expelled the French ambassador on Tuesday, accusing Paris of arming rebels.");
    expect(events.map(brief)).toEqual(expect.arrayContaining(['MLI>FRA 161', 'MLI>FRA 112']));
  });

  it("a protest's stated demand is coded as a demand by the protesters", async () => {
    const ing = await code('Thousands of farmers rallied in Warsaw on Friday, demanding an end to grain imports.');
    expect(ing.map((e) => e.cameo.root)).toEqual(expect.arrayContaining(['14', '10']));
    const purpose = await code('Students marched through Belgrade on Sunday to demand new elections.');
    expect(purpose.map((e) => e.cameo.root)).toEqual(expect.arrayContaining(['14', '10']));
    expect(purpose.every((e) => e.source.country === 'SRB')).toBe(true);
  });

  it("a verb joined inside a later clause takes that clause's subject", async () => {
    const events = await code(
      "Guyana summoned Venezuela's ambassador on Friday, a day after Venezuelan soldiers crossed the river and fired on a Guyanese patrol.",
    );
    expect(events.some((e) => e.cameo.root === '19' && e.source.country === 'VEN' && e.target?.country === 'GUY')).toBe(true);
    expect(events.some((e) => e.cameo.root === '19' && e.source.country === 'GUY')).toBe(false);
  });

  it('an event noun that is the subject of a modal is supposed, not reported', async () => {
    const modal = await code('Officials in Tokyo said a Chinese blockade of Taiwan could disrupt global shipping.');
    expect(modal.some((e) => e.cameo.root === '19' || e.cameo.root === '17')).toBe(false);
    const any = await code('Any new attack on Kyiv would be met with a firm response, the Ukrainian president said.');
    expect(any.some((e) => e.cameo.root === '19' || e.cameo.root === '18')).toBe(false);
  });
});

describe('objects that point back', () => {
  it('a reaction to a named earlier deed is aimed at its doer, not at a party named later in the clause', async () => {
    const events = await code('North Korea fired a ballistic missile into the sea on Monday. Japan condemned the launch as a breach of UN resolutions.');
    expect(events.map(brief)).toContain('JPN>PRK 111');
    expect(events.some((e) => e.source.country === 'JPN' && e.target?.country === 'UNO')).toBe(false);
  });

  it('an object pronoun takes up the party of another state named before it', async () => {
    const events = await code('Venezuelan police detained a Colombian journalist on Friday and later released him.');
    expect(events.find((e) => e.cameo.root === '08')).toMatchObject({ source: { country: 'VEN' }, target: { country: 'COL' } });
  });

  it('a pronoun with no party before it still gives no target', async () => {
    const events = await code('The Algerian navy intercepted a vessel on Sunday and later released it.');
    expect(events.filter((e) => e.cameo.root === '08').every((e) => e.target === null)).toBe(true);
  });
});

describe('talks a third party stands between', () => {
  it('the two parties of hosted or mediated talks negotiate with each other', async () => {
    const hosted = await code('Kenyan mediators opened a new round of talks between the Sudanese government and the rebel alliance in Nairobi on Monday.');
    expect(hosted.map(brief)).toEqual(['KEN>SDN 045']);
    // the two sides are of one state: their own talks are domestic, left out of this international story (rule 11)
    const all = codeAll('Kenyan mediators opened a new round of talks between the Sudanese government and the rebel alliance in Nairobi on Monday.');
    expect(all.map(brief)).toEqual(expect.arrayContaining(['KEN>SDN 045', 'SDN>SDN 046']));
    const resumed = await code('Talks between Armenia and Azerbaijan resumed in Abu Dhabi on Tuesday.');
    expect(
      resumed.some((e) => e.cameo.root === '04' && new Set([e.source.country, e.target?.country]).size === 2 && ['ARM', 'AZE'].includes(e.source.country)),
    ).toBe(true);
  });

  it('background or offered mediation does not make the parties negotiate', async () => {
    const background = await code('Oman, which has hosted earlier rounds of talks between Iran and the United States, called for calm.');
    expect(background.some((e) => e.cameo.root === '04' && e.source.country === 'IRN')).toBe(false);
    const offered = await code('Algeria offered to mediate talks between Mali and the separatist rebels.');
    expect(offered.some((e) => e.cameo.code === '046')).toBe(false);
  });
});

describe('what is alleged, supposed or only a venue', () => {
  it('the content of an accusation or a report is not coded as fact', async () => {
    const events = await code(
      'Tehran denied US accusations that it supplies weapons to the Houthis. The UN opened an inquiry into reports that Sudanese soldiers executed 30 civilians.',
    );
    expect(events.some((e) => e.cameo.root === '07' || e.cameo.root === '18')).toBe(false);
    const perfect = await code('Iran accused the IAEA of having shared secret data with Israel.');
    expect(perfect.map(brief)).toEqual(['IRN>IAEA 112']);
  });

  it('"in what would be their first meeting" is no meeting', async () => {
    const events = await code('Lula said he hoped to see Milei in Buenos Aires next month, in what would be their first meeting.');
    expect(events.filter((e) => e.cameo.code === '040')).toEqual([]);
  });

  // (sentences written for these tests, 2026-12-07)
  it('a trade dispute brought at the WTO is a case (115) against the other party, not an appeal to the WTO', async () => {
    for (const [sentence, expected] of [
      ['Japan formally requested consultations with China at the World Trade Organization in Geneva on Wednesday.', 'JPN>CHN 115'],
      ['South Africa took the EU to the WTO over its citrus rules in July 2022.', 'ZAF>EUR 115'],
      ['China will file a complaint against the EU at the WTO.', 'CHN>EUR 115'],
      // (consultations are held with the other party, an organisation too: no venue)
      ['India requested consultations with the EU under WTO rules.', 'IND>EUR 115'],
    ] as const) {
      const events = await code(sentence);
      expect(briefsOf(events)).toEqual([expected]);
    }
  });

  it('a body a complaint is filed with is the venue, the accused state the target', async () => {
    const events = await code("Chad's government accused Sudan of arming rebels and filed a complaint with the UN Security Council.");
    expect(events.map(brief)).toEqual(expect.arrayContaining(['TCD>SDN 112', 'TCD>SDN 114']));
    expect(events.some((e) => e.target?.country === 'UNO')).toBe(false);
  });

  it('a body that has itself acted in the story is the one complained to', async () => {
    const events = await code(
      'The European Union adopted sanctions on Russia on Monday, listing three Chinese refiners. Beijing lodged representations with the EU over the listing of the Chinese firms.',
    );
    expect(events.find((e) => e.evidence.trigger === 'lodged')?.target?.country).toBe('EUR');
  });

  it('people protesting at home protest to their own government', async () => {
    const events = codeAll('Opposition supporters rallied outside parliament in Yerevan, accusing the government of capitulating to Baku.');
    expect(events.find((e) => e.cameo.root === '14')).toMatchObject({ source: { country: 'ARM' }, target: { country: 'ARM' } });
  });

  it('a "that" clause describing an agreement is not an event of its own', async () => {
    const events = await code('Fiji and New Zealand signed an accord on Monday that allows Fijian citizens to serve in the New Zealand army.');
    expect(events.some((e) => e.evidence.trigger === 'allows')).toBe(false);
    expect(events.some((e) => e.cameo.root === '05' || e.cameo.root === '03')).toBe(true);
  });
});

describe('background and subordinate clauses', () => {
  it('a relative clause set off by commas after the subject is background', async () => {
    const events = await code("Russia, which has long opposed Ukraine's bid to join NATO, launched new strikes on Kyiv on Monday.");
    expect(events.map(brief)).toEqual(['RUS>UKR 190']);
    expect(events[0]!.evidence.trigger).toBe('launched');
  });

  it('a "where" clause whose subject is the person named before is an event of its own; one about places and people is not', async () => {
    const events = await code('Wang Yi arrived in Kabul from New Delhi, where he met Jaishankar.');
    expect(events.map(brief)).toContain('CHN>IND 040');
    const killed = await code('Russian drones struck Odesa on Monday, where he said 24 people were killed.');
    expect(killed.map(brief)).toEqual(['RUS>UKR 190']);
  });

  it('so is one opened by "whose" ("Sudan, whose army is fighting the RSF, has sided with Egypt")', async () => {
    const events = await code(
      'Sudan, whose army-led government is still fighting the paramilitary Rapid Support Forces, has largely sided with Egypt on the dam.',
    );
    expect(events.map(brief)).toEqual(['SDN>EGY 050']);
  });

  it('a relative clause with its own year is dated background, coded with its own date; the main event keeps its own', async () => {
    const events = await code('Russia, which invaded Ukraine in 2022, launched new strikes on Kyiv on Monday.', '2026-01-07');
    expect(events.map((e) => `${brief(e)} ${e.date}`)).toEqual(['RUS>UKR 192 2022', 'RUS>UKR 190 2026-01-05']);
  });

  it('what a denial denies is not coded, but a statement joined to the denial is', async () => {
    const events = await code('The Pakistani army denied that its forces had fired first and accused the Indian Army of shelling villages.');
    expect(events.some((e) => e.cameo.root === '19')).toBe(false);
    expect(events.map(brief)).toContain('PAK>IND 112');
  });

  it('a verb in an "after" clause with no actor of its own does not take the main clause\'s object as subject', async () => {
    const events = await code('India expelled a Pakistani diplomat on Tuesday, hours after artillery exchanges along the border killed five people.');
    expect(events.some((e) => e.cameo.root === '19' && e.source.country === 'PAK')).toBe(false);
  });

  it('an adjective before a capitalised role names the state ("the Indian Army")', async () => {
    const events = await code('Pakistan accused the Indian Army of shelling villages.');
    expect(events.map(brief)).toEqual(['PAK>IND 112']);
  });

  it('a pronoun after a name no dictionary knows refers to that name, not to the last known subject', async () => {
    const events = await code('The African Union called for talks. The Wagner-linked Africa Corps said it had killed dozens of militants near Kidal.');
    expect(events.some((e) => e.source.country === 'AFU' && e.cameo.root === '19')).toBe(false);
  });

  it('a long complement keeps the trigger to the governing verb', async () => {
    const events = await code('The Chinese envoy urged the Myanmar generals to halt air strikes on villages.');
    expect(events.find((e) => e.cameo.root === '02')?.evidence.trigger).toBe('urged');
  });
});

describe('a plan denied is no plan', () => {
  it.each([
    ['Ethiopia has denied any plan to attack Eritrea.', 'ETH>ERI 016'],
    ['Russia denied plans to send troops to Belarus.', 'RUS>BLR 016'],
  ])('%s → %s and nothing planned', async (sentence, expected) => {
    const events = await code(sentence);
    expect(events.map(brief)).toEqual([expected]);
  });

  it('a plan announced is still one', async () => {
    const events = await code('Russia announced plans to send troops to Belarus.');
    expect(events.some((e) => e.cameo.root === '15' || e.cameo.code.startsWith('13'))).toBe(true);
  });
});

describe('a finite verb after a complement joins the governing verb, not the complement', () => {
  it('"called on M23 to halt its offensive and urged Rwanda to withdraw": two appeals, one to each', async () => {
    const events = await code('The UN chief called on Kenya to halt its offensive and urged Rwanda to withdraw all its forces.');
    expect(briefsOf(events)).toEqual(['UNO>KEN 0256', 'UNO>RWA 0256']);
    expect(briefsOf(await code('The UN chief called on Kenya to halt its offensive and condemned Rwanda.'))).toEqual(['UNO>KEN 0256', 'UNO>RWA 111']);
  });

  it('an infinitive or a gerund after "and" still shares the complement\'s fate', async () => {
    // the deeds an accusation charges are not reported as fact, the second as little as the first
    expect(briefsOf(await code('Pakistan accused India of violating the truce and shelling villages.'))).toEqual(['PAK>IND 112']);
  });
});

describe('sides joined before the noun: "Russian-Ukrainian talks", "the Israel-Hamas ceasefire"', () => {
  it('a host of the talks stands between both sides (045 to each), as with "talks between A and B"', async () => {
    const events = await code('Turkey hosted three rounds of Russian-Ukrainian talks in Istanbul on Monday.');
    expect(briefsOf(events, (e) => e.source.country === 'TUR')).toEqual(['TUR>RUS 045', 'TUR>UKR 045']);
  });

  it("the joined sides are the noun's own parties, the first toward the second, and a joint exercise is cooperation", async () => {
    expect(briefsOf(await code('Qatar brokered the Israel-Hamas ceasefire on Monday.'))).toEqual(['ISR>PSE 0871', 'QAT>ISR 045', 'QAT>PSE 045']);
    // (with no sides joined, the same noun is a show of force by the one named: 150)
    expect(briefsOf(await code('Belarus held the Russian-Belarusian Zapad exercises near Grodno on Monday.'))).toEqual(['BLR>RUS 062']);
    expect(briefsOf(await code('Belarus held the Zapad exercises near Grodno on Monday.'))).toEqual(['BLR>- 150']);
  });
});

describe('negation: a fact or a refusal', () => {
  it('cooperation that did not happen is no event ("has not recognised", "did not sign")', async () => {
    expect(briefsOf(await code("Kazakhstan has not recognised Russia's annexation of Crimea."))).toEqual([]);
    expect(briefsOf(await code('Turkmenistan attended the meeting but did not sign the memorandum with Kazakhstan.'))).not.toContain('TKM>KAZ 120');
  });

  it('a refusal says it will not, or says so with a verb of refusing', async () => {
    expect(briefsOf(await code('Moscow would not agree to a ceasefire with Ukraine.'))).toEqual(['RUS>UKR 120']);
    expect(briefsOf(await code('Iran refused to allow IAEA inspectors into Fordow.'))).toEqual(['IRN>IAEA 1245']);
    // ("never" after a modal refuses too; a bare "never" states a fact)
    expect(briefsOf(await code('Serbia said it would never recognise Kosovo.'))).toEqual(['SRB>XKX 120']);
    expect(briefsOf(await code('Iran has never recognised Israel.'))).toEqual([]);
  });

  it('a subject that names no one ("Neither warring party was invited", "None … has flown over Japan") did nothing', async () => {
    const invited = await code('Germany hosted a conference on Sudan in Berlin. Neither warring party was invited.');
    expect(briefsOf(invited, (e) => e.cameo.root === '02')).toEqual([]);
    const flown = await code('North Korea fired a missile on Monday. None this year has flown over Japan.');
    expect(briefsOf(flown, (e) => e.target?.country === 'JPN')).toEqual([]);
    // ("no" inside a phrase of the subject's own negates nothing)
    expect(briefsOf(await code('Aid with no strings attached was offered by Japan to Sri Lanka.'))).toEqual(['JPN>LKA 030']);
  });
});

describe('a participle that describes a noun', () => {
  it('"refugees hosted in northern Uganda" reports no hosting; "officials met in Paris" is a meeting', async () => {
    expect(briefsOf(await code('Japan pledged $45 million to support South Sudanese refugees hosted in northern Uganda.'))).toEqual(['JPN>SSD 0331']);
    expect(briefsOf(await code('Syrian and Israeli officials met in Paris on Monday.'))).toContain('SYR>ISR 040');
  });
});

// Sentences written for these tests (2026-12-04).
describe('event nouns between coordinated verbs', () => {
  it('"condemned the deadly attack … and urged Islamabad to …": the noun is no verb, and the second verb is coded', async () => {
    const events = await code(
      'China on Wednesday condemned the deadly attack on Chinese engineers in Pakistan and urged Islamabad to hunt down the perpetrators.',
    );
    expect(events.map(brief)).toContain('CHN>PAK 020');
    expect(events.some((e) => e.cameo.root === '19')).toBe(false);
  });

  it('an event noun in the first verb\'s object does not take the second verb\'s fate ("condemned the bombing and urged …")', async () => {
    const events = await code('China condemned the bombing and urged Pakistan to act.');
    expect(events.map(brief)).toContain('CHN>PAK 020');
  });
});

// Sentences written for these tests (2026-12-04).
describe('subordinate clauses of time', () => {
  it('a past tense after "before" happened, and its subject is no party to the main clause', async () => {
    const events = await code('Thailand and Cambodia fought a five-day war in July 2025 before Malaysia brokered a ceasefire.');
    const briefs = briefsOf(events);
    expect(briefs).toEqual(expect.arrayContaining(['MYS>KHM 045', 'MYS>THA 045', 'KHM>THA 190', 'THA>KHM 190']));
    expect(briefs.some((b) => b.startsWith('THA>MYS') || b.startsWith('KHM>MYS'))).toBe(false);
  });

  it('a present tense after "before" or "until" is still a condition', async () => {
    const events = await code('Ukraine will not sign any agreement before Russia withdraws its troops.');
    expect(events.some((e) => e.source.country === 'RUS')).toBe(false);
  });
});

describe('what has not yet happened', () => {
  it('"has not yet established relations" is no event', async () => {
    const events = await code('Turkey has not yet established diplomatic relations with Armenia.');
    expect(events).toEqual([]);
  });
});

describe('words that brand a party', () => {
  it('a naming verb after a fronted phrase takes its words after its object ("In a post on Telegram, X called Y …")', async () => {
    const events = await code(
      'In a post on Telegram, Belarusian Foreign Ministry spokesman Ruslan Varankov called the Lithuanian government "hysterical puppets of Brussels".',
    );
    expect(events.map(brief)).toEqual(['BLR>LTU 111']);
  });

  it('words of condemnation said of a party are criticism ("a very nasty and unfair trading partner")', async () => {
    const events = await code('In a post on his Truth Social platform, Trump called Canada "a very nasty and unfair trading partner".');
    expect(events.map(brief)).toEqual(['USA>CAN 111']);
  });

  it("words inside someone else's words are theirs, not the outer speaker's", async () => {
    const events = await code(
      'The European Union said on Tuesday it was suspending part of its budget support to Rwanda, a move Kigali described as "unfair and counterproductive".',
    );
    expect(events.some((e) => e.source.country === 'EUR' && e.cameo.root === '11')).toBe(false);
  });
});

describe('clauses of time and coordinated clauses (from a review)', () => {
  it('a past tense after "until" in reported speech about the future is still a condition', async () => {
    const events = await code('Iran said it would not resume talks until Washington lifted sanctions.');
    expect(events.some((e) => e.source.country === 'USA')).toBe(false);
  });

  it('"attacked Ukraine and France condemned …": the object of the first verb is no member of the second subject', async () => {
    const events = await code('Russia attacked Ukraine and France condemned the strike.');
    expect(briefsOf(events)).toEqual(['FRA>RUS 111', 'RUS>UKR 190']);
  });
});

describe('a place before the deed named is where it was done', () => {
  it('"welcomed the Nairobi meeting" praises the sides that met, not Kenya', async () => {
    const events = await code(
      'Ethiopian and Somali officials held talks in Nairobi on Sunday, their first since the dispute began.\n\nThe African Union welcomed the Nairobi meeting.',
    );
    expect(briefsOf(events, (e) => e.source.country === 'AFU')).toEqual(['AFU>ETH 051', 'AFU>SOM 051']);
  });
});

describe('a reaction to a named deed is aimed at whoever did it', () => {
  it.each([
    [
      'Russian drones violated Polish airspace on Tuesday, the Polish army said.\n\nNATO Secretary-General Mark Rutte condemned the incursion as "reckless".',
      'NATO>RUS 111',
    ],
    ['Venezuelan soldiers shot at a Guyanese patrol boat on Monday, Guyana said.\n\nThe United States condemned the shooting.', 'USA>VEN 111'],
    // an intrusion is the jet's entry, not the arrest reported before it
    [
      'Estonia detained a Russian tanker on Tuesday.\n\nHours later a Russian fighter jet entered Estonian airspace.\n\nNATO condemned the airspace violation.',
      'NATO>RUS 111',
    ],
  ])('%s', async (story, expected) => {
    const events = await code(story);
    expect(events.map(brief)).toContain(expected);
    // not at the victim the deed was aimed at
    expect(events.filter((e) => e.cameo.code === '111').map(brief)).toEqual([expected]);
  });
});

describe('an exercise named again', () => {
  it('"denounced the exercise" is aimed at each state that held it', async () => {
    const events = await code(
      'The United States, South Korea and Japan held a joint naval exercise on Thursday.\n\nNorth Korea denounced the exercise as a "dangerous rehearsal for war".',
    );
    expect(briefsOf(events, (e) => e.source.country === 'PRK')).toEqual(['PRK>JPN 111', 'PRK>KOR 111', 'PRK>USA 111']);
  });
});

describe('a deed branded in reported speech', () => {
  it('"said the veto was unconscionable" is criticism of whoever vetoed', async () => {
    const events = await code(
      'Russia vetoed a British draft resolution on Sudan at the Security Council on Monday.\n\nBritain\'s deputy ambassador James Kariuki said the veto was "unconscionable".',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '11')).toEqual(['GBR>RUS 111']);
  });
});

describe('a response announced after a criticism', () => {
  it('"called the move deplorable and said Russia would respond" threatens the party criticised', async () => {
    const events = await code(
      'The European Union adopted new sanctions on Russia on Thursday.\n\nRussian foreign ministry spokeswoman Maria Zakharova called the move "deplorable and illegitimate" and said Russia would respond.',
    );
    expect(briefsOf(events, (e) => e.source.country === 'RUS')).toEqual(['RUS>EUR 111', 'RUS>EUR 130']);
    // a plain statement of intent to respond, with nothing criticised, threatens no one
    expect(briefsOf(await code('The Kremlin said Russia would respond.'))).toEqual([]);
  });
});

describe('a response on a condition put first', () => {
  it('"If the EU goes ahead …, Georgia will respond," he said threatens the party of the condition', async () => {
    const events = await code(
      'Prime Minister Irakli Kobakhidze accused the European Union of "blackmail". "If the EU goes ahead with this decision, Georgia will respond with mirror measures," he told Imedi TV.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '13')).toEqual(['GEO>EUR 130']);
  });

  it('a condition with no party in it threatens no one', async () => {
    const events = await code('"If the talks fail again, Georgia will respond," Prime Minister Irakli Kobakhidze told Imedi TV.');
    expect(briefsOf(events, (e) => e.cameo.root === '13')).toEqual([]);
  });
});

describe('a deed named again in apposition ("…, a move Kigali described as …")', () => {
  it.each([
    [
      'The European Union said on Tuesday it was suspending part of its budget support to Rwanda, a move Kigali described as "unfair and counterproductive".',
      'RWA>EUR 111',
    ],
    [
      'The European Union in December imposed asset freezes on three senior Rwandan army officers, a step Rwanda\'s Foreign Minister Olivier Nduhungirehe called "unjust and counterproductive".',
      'RWA>EUR 111',
    ],
    [
      'The International Monetary Fund approved a $1.1 billion disbursement to Pakistan on Friday, a decision New Delhi criticised, saying the money could be diverted to military spending.',
      'IND>IMF 111',
    ],
    ['Russia released two Ukrainian prisoners on Monday, a move welcomed by Kyiv.', 'UKR>RUS 051'],
    ['Japan lifted its ban on imports from China, a decision that Beijing praised on Tuesday.', 'CHN>JPN 051'],
  ])('%s', async (sentence, expected) => {
    const events = await code(sentence);
    const reactor = expected.slice(0, 3);
    // the reaction is aimed at whoever did the deed, not at the party named inside it
    expect(briefsOf(events, (e) => e.source.country === reactor)).toEqual([expected]);
  });

  it('the deed of the main clause keeps its own target', async () => {
    const events = await code('France criticised Iran on Monday, a decision Britain supported.');
    expect(briefsOf(events, (e) => e.source.country === 'FRA')).toEqual(['FRA>IRN 111']);
  });
});

describe('a party named as acting alongside the subject is never its target', () => {
  it('"fought alongside Ethiopian federal forces against Sudanese forces" is a fight with Sudan only', async () => {
    const events = await code('Eritrean troops fought alongside Ethiopian federal forces against Sudanese forces in 2021, officials said.');
    expect(briefsOf(events, (e) => e.source.country === 'ERI')).toEqual(['ERI>SDN 190']);
  });

  it('with no opponent named, the ally is still not the one fought', async () => {
    const events = await code('Russian soldiers fought alongside Belarusian troops on Monday.');
    expect(events.some((e) => e.target?.country === 'BLR')).toBe(false);
  });
});

describe('what talks came to, named again', () => {
  it('"welcomed the outcome" praises each side that agreed, not the host', async () => {
    const events = await code(
      'Egypt, Ethiopia and Sudan agreed on Monday to resume stalled negotiations after two days of talks hosted by the United Arab Emirates.\n\nAfrican Union Commission Chairperson Mahmoud Ali Youssouf welcomed the outcome.',
    );
    expect(briefsOf(events, (e) => e.source.country === 'AFU')).toEqual(['AFU>EGY 051', 'AFU>ETH 051', 'AFU>SDN 051']);
  });
});

describe("a participle after an attribution is the speaker's act", () => {
  it.each([
    [
      '"Every such night is an answer to those who still think Moscow wants peace," President Volodymyr Zelensky wrote on Telegram, urging the U.S. to speed up deliveries of interceptor missiles.',
      ['UKR>USA 020'],
    ],
    ['The talks were useful, Turkish Foreign Minister Hakan Fidan said, urging Russia to accept a ceasefire.', ['TUR>RUS 020']],
  ])('%s', async (sentence, expected) => {
    expect(briefsOf(await code(sentence))).toEqual(expected);
  });
});

describe('a verb of saying joined to an earlier verb has its subject', () => {
  it('"The Kremlin slammed the new measures as illegal and said Russia would respond" threatens the party criticised', async () => {
    const events = await code(
      'The European Union adopted new sanctions on Russia on Thursday.\n\nThe Kremlin slammed the new measures as "illegal" and said Russia would respond.',
    );
    expect(briefsOf(events, (e) => e.source.country === 'RUS')).toEqual(['RUS>EUR 111', 'RUS>EUR 130']);
  });

  it('a party quoted in the first verb\'s words is not the speaker of "and said"', async () => {
    const events = await code(
      'Abdul Malik al-Houthi warned Riyadh against "following American orders" and said Saudi Arabia "will bear the consequences" if it joined any new military action against Yemen.',
    );
    expect(events.filter((e) => e.source.country === 'USA')).toEqual([]);
  });
});

describe("a counterpart inside the first member's state is no target of the other members", () => {
  it('"while Estonia, Latvia and Lithuania barred nine officials from entry" bans no Baltic state', async () => {
    const events = await code(
      'Britain adopted sanctions on 14 Georgian officials on Tuesday, while Estonia, Latvia and Lithuania barred a further nine officials from entry.',
    );
    expect(events.filter((e) => ['EST', 'LVA', 'LTU'].includes(e.target?.country ?? '')).map(brief)).toEqual([]);
    expect(briefsOf(events, (e) => e.source.country === 'GBR')).toEqual(['GBR>GEO 163']);
  });
});

describe('journeys named in an aside', () => {
  it('"X, on a visit to Y, …" and "During a visit to Y, X …" are visits by the main clause\'s subject', async () => {
    const aside = await code('Maldivian President Mohamed Muizzu, on a visit to New Delhi, sought an additional currency swap from India.');
    expect(aside.map(brief)).toContain('MDV>IND 042');
    const fronted = await code('During a two-day visit to Colombo, Indian External Affairs Minister S. Jaishankar signed agreements with Sri Lanka.');
    expect(briefsOf(fronted)).toEqual(['IND>LKA 042', 'IND>LKA 057']);
  });

  it('a subject after a conjunction keeps its verb past the aside', async () => {
    const events = await code(
      'The Vanuatu agreement comes a week after Solomon Islands Prime Minister Jeremiah Manele, on a visit to Beijing, signed an agreement with Chinese Public Security Minister Wang Xiaohong.',
    );
    expect(briefsOf(events)).toEqual(['SLB>CHN 042', 'SLB>CHN 057']);
  });

  it('"on" before the journey is no topic, but "focused on a visit by" still is', async () => {
    expect((await code('The talks focused on a visit by the Pope to Lebanon.')).map(brief)).toEqual([]);
  });

  it('a visit to a place the dictionaries cannot place is to where the story is filed from', async () => {
    const events = await code('PORT VILA, Oct 6 (AFP) - Australian Prime Minister Anthony Albanese, on a one-day visit to the archipelago, opened a wharf.');
    expect(events.map(brief)).toContain('AUS>VUT 042');
  });

  it('a courtesy call paid on an official is a visit; Greenland is a party of its own', async () => {
    expect((await code("China's ambassador Li Minggang paid a courtesy call on Vanuatu Prime Minister Jotham Napat on Friday.")).map(brief)).toEqual([
      'CHN>VUT 042',
    ]);
    expect((await code("Canada's foreign minister, Anita Anand, travelled to Nuuk on Friday.")).map(brief)).toEqual(['CAN>GRL 042']);
  });

  it('a fronted adjunct phrase is no list with the subject after its comma', async () => {
    expect(briefsOf(await code('During talks in Colombo, Japan signed agreements with Sri Lanka.'))).toEqual(['JPN>LKA 040', 'JPN>LKA 057']);
  });
});

describe('reactions to a measure, and what it targets', () => {
  it('", while X said …" opens a new clause of saying; it does not make X the speaker of the words before the comma', async () => {
    const events = await code(
      'The European Union approved new sanctions on Russia. Kremlin spokesman Dmitry Peskov said the measures were illegitimate, while Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond in a painful way.',
    );
    expect(briefsOf(events, (e) => e.source.country === 'RUS')).toEqual(['RUS>EUR 111', 'RUS>EUR 130']);
  });

  it('a measure\'s "targeting …" phrase names further targets, up to the clause that follows it', async () => {
    const events = await code(
      'European Union ambassadors on Monday adopted a new round of sanctions on Russia targeting more than 120 vessels, two banks in Kyrgyzstan and a string of Chinese refiners, after Slovak Prime Minister Robert Fico dropped his veto over Ukrainian gas transit.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '16')).toEqual(['EUR>CHN 163', 'EUR>KGZ 163', 'EUR>RUS 163']);
  });

  it('Hong Kong is named apart in sanctions', async () => {
    expect(briefsOf(await code('The United States imposed sanctions on six companies based in the UAE and Hong Kong.'))).toEqual([
      'USA>ARE 163',
      'USA>HKG 163',
    ]);
  });
});

describe('who speaks, and whose participle it is', () => {
  it('"X, an appositive, said …" has X as the speaker, and "…, calling the incident a violation" is X\'s words about the clause', async () => {
    const events = await code(
      'UNIFIL, the UN peacekeeping force in southern Lebanon, said an Israeli tank had fired at its peacekeepers on Wednesday, calling the incident "a serious violation" of Security Council Resolution 1701.',
    );
    expect(briefsOf(events)).toEqual(['ISR>UNO 190', 'UNO>ISR 111']);
  });

  it('a participle that is no speech act still belongs to the reported clause', async () => {
    const events = await code('Kyiv said Russian missiles struck a power plant in Kharkiv, killing three workers.');
    expect(briefsOf(events)).toEqual(['RUS>UKR 190']);
  });
});

describe('"X said on Wednesday he would …"', () => {
  it("the pronoun is the speaker past a time phrase, and past the of/for phrase of the speaker's own noun phrase", async () => {
    const events = await code(
      "Uganda's army spokesman Felix Kulayigye said troops would stay. The AU's high representative for South Sudan said on Wednesday he would travel to Juba on Saturday to meet Kiir.",
    );
    expect(briefsOf(events, (e) => e.cameo.code === '036')).toEqual(['AFU>SSD 036']);
  });
});

describe("the European Commission's members by portfolio", () => {
  it('"Agriculture Commissioner Christophe Hansen" is the EU; a commission president of another body is not', async () => {
    expect((await code('Agriculture Commissioner Christophe Hansen will travel to Paris next week.')).map(brief)).toEqual(['EUR>FRA 036']);
    const ecowas = await code('ECOWAS Commission President Omar Alieu Touray praised Benin and Niger.');
    expect(ecowas.filter((e) => e.source.country === 'EUR')).toEqual([]);
  });
});

describe('a quotation over several sentences', () => {
  it("a sentence that opens with a quotation mark and names no speaker goes on with the previous sentence's quotation", async () => {
    const events = await code(
      'Algeria expelled 12 French diplomats on Wednesday. "This decision by the Algerian authorities is unjustified and deplorable," Barrot told reporters in Paris. "We will respond firmly."',
    );
    expect(briefsOf(events, (e) => e.source.country === 'FRA')).toEqual(['FRA>DZA 111', 'FRA>DZA 130']);
  });

  it('a sentence without a quotation ends it', async () => {
    const events = await code(
      'Algeria expelled 12 French diplomats on Wednesday. "It is deplorable," Barrot said. Algerian media called the move overdue. "We will respond firmly."',
    );
    expect(events.filter((e) => e.cameo.root === '13')).toEqual([]);
  });
});

describe('what a causative verb made another party do', () => {
  it('"…, prompting Mogadishu to recall its ambassador" happened: the object acts, asserted', async () => {
    const events = await code('Ethiopia signed a memorandum with Somaliland, prompting Mogadishu to recall its ambassador from Addis Ababa.');
    expect(events.map((e) => `${brief(e)} ${e.modality}`)).toContain('SOM>ETH 161 asserted');
    expect((await code('The incident forced Manila to lodge a protest with Beijing.')).map(brief)).toEqual(['PHL>CHN 114']);
  });

  it('a purpose infinitive after a coded act is still no event of its own', async () => {
    // (one event: the sending, which the purpose makes help to Vanuatu: deployment-purpose.ts)
    expect((await code('Japan sent ships to help Vanuatu.')).map(brief)).toEqual(['JPN>VUT 074']);
  });
});

describe('an appositive before the verb of saying', () => {
  it('"X, a veteran diplomat, said Tokyo would protest" reports a clause; it is no attribution tail', async () => {
    expect((await code('Motegi, a veteran diplomat, said Tokyo would protest to Beijing.')).map(brief)).toEqual(['JPN>CHN 114']);
    const tail = await code('Japan will protest to Beijing, the foreign minister said on Monday.');
    expect(tail.map(brief)).toEqual(['JPN>CHN 114']);
  });
});

describe('"keep" leaves the modal before it in force', () => {
  it('"would keep striking" is a threat; "kept attacking" happened', async () => {
    const threat = await code('Defence Minister Israel Katz said that Israeli forces would keep striking anywhere in Lebanon until Hezbollah was disarmed.');
    expect(threat.map((e) => e.cameo.root)).toEqual(['13']);
    expect((await code('Israel kept attacking Hezbollah targets in Lebanon on Monday.')).map((e) => e.cameo.root)).toEqual(['19']);
  });
});

describe('"rejected the call": a call is an appeal answered', () => {
  it('the rejection is aimed at each of the parties that made the call', async () => {
    const events = await code("Britain, France and Germany urged Iran to allow inspectors back. Iran's foreign ministry spokesman rejected the call.");
    expect(briefsOf(events, (e) => e.source.country === 'IRN')).toEqual(['IRN>DEU 120', 'IRN>FRA 120', 'IRN>GBR 120']);
  });
});

describe('armed groups by their acronyms', () => {
  it('"RSF commander …", "the SDF", "the SPLM-IO" are placed', async () => {
    expect((await code('RSF commander Mohamed Hamdan Dagalo met Kenyan President William Ruto in Nairobi on Monday.')).map(brief)).toEqual(['SDN>KEN 040']);
    expect((await code('The SDF accused Turkey of shelling villages.')).map(brief)).toEqual(['SYR>TUR 112']);
  });
});

// Sentences written for these tests (2026-12-07).
describe('words no one stated', () => {
  it('"did not say whether Jakarta would retaliate", "declined to say when": a report negated or refused carries nothing', async () => {
    const lead = 'Japan lodged a protest with Indonesia on Monday.';
    for (const unsaid of [
      'Indonesian officials did not say whether Jakarta would retaliate.',
      'Indonesian officials have never said whether Jakarta would retaliate.',
      'Indonesian officials did not immediately say whether Jakarta would retaliate.',
    ]) {
      const events = await code(`${lead} ${unsaid}`);
      expect(briefsOf(events)).toEqual(['JPN>IDN 114']);
    }
    // (declining to say stays a refusal, as the gold codes it; what it declined to say is still not stated)
    expect(briefsOf(await code(`${lead} Indonesia declined to say whether it would respond in kind.`))).toEqual(['IDN>JPN 120', 'JPN>IDN 114']);
    // and said, it is the threat
    expect((await code(`${lead} Indonesian officials said Jakarta would retaliate.`)).some((e) => e.cameo.root === '13' && e.source.country === 'IDN')).toBe(
      true,
    );
  });

  it("markets' people are commentators: investors who agree make no agreement", async () => {
    expect(await code('Investors seem to agree that Mexico has won this round.')).toEqual([]);
  });
});

describe('commentators who doubt', () => {
  it('"Economists were sceptical that the US offer would move the dial" codes nothing', async () => {
    expect(await code('Lesotho welcomed the talks. Economists were sceptical that the US offer would move the dial.')).toEqual([]);
  });
});
