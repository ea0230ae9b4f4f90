import { describe, expect, it } from 'vitest';
import { brief, code, briefsOf } from '../helpers.ts';

// Sentences written for these tests: compound and paired actors, each side coded.
describe('compound subjects', () => {
  it('three states welcoming a deal between two: each of them welcomes it toward each party, none is the target of another', async () => {
    const events = await code(
      'Vietnam agreed on Monday to resume talks with Cambodia. Japan, Australia and Canada welcomed the agreement in a joint statement.',
    );
    const welcome = briefsOf(events, (e) => e.cameo.root === '05');
    expect(welcome).toEqual(['AUS>KHM 051', 'AUS>VNM 051', 'CAN>KHM 051', 'CAN>VNM 051', 'JPN>KHM 051', 'JPN>VNM 051']);
  });

  it('a reaction to talks between two sides is aimed at both; talks as a topic are not reacted to', async () => {
    const events = await code(
      'Iranian and American negotiators held indirect talks in Muscat on Sunday. Saudi Arabia welcomed the resumption of talks. China declined to comment on the talks.',
    );
    expect(briefsOf(events, (e) => e.source.country === 'SAU')).toEqual(['SAU>IRN 051', 'SAU>USA 051']);
    expect(events.filter((e) => e.source.country === 'CHN').every((e) => e.target === null)).toBe(true);
  });

  it('"the two leaders called on China and Russia": each leader appeals to each named state', async () => {
    const events = await code(
      'South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi met in Seoul on Monday. The two leaders also called on China and Russia to play a constructive role.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '02')).toEqual(['JPN>CHN 028', 'JPN>RUS 028', 'KOR>CHN 028', 'KOR>RUS 028']); // an appeal to play a constructive role: to mediate
  });

  it('"both sides accused each other": each accuses the other', async () => {
    const events = await code('Armenia and Azerbaijan held talks in Abu Dhabi. Both sides accused each other of violating the ceasefire.');
    expect(briefsOf(events, (e) => e.cameo.root === '11')).toEqual(['ARM>AZE 112', 'AZE>ARM 112']);
  });

  it('an exchange between two states is a release by each to the other', async () => {
    const events = await code('Armenia and Azerbaijan exchanged 12 detainees at the border on Friday.');
    expect(events.map(brief)).toEqual(expect.arrayContaining(['ARM>AZE 0841', 'AZE>ARM 0841']));
  });
});

describe('a list closed by "and" before a comma', () => {
  it('"Speaking with al-Shaibani and Hussein, Fidan urged …": the list belongs to the fronted phrase, not to the subject', async () => {
    const events = await code(
      'Turkish Foreign Minister Hakan Fidan hosted Syrian Foreign Minister Asaad al-Shaibani and Iraqi Foreign Minister Fuad Hussein in Ankara. Speaking at a joint press conference with al-Shaibani and Hussein, Fidan urged the SDF to disarm.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '02').map((b) => b.split(' ')[0]!.split('>')[0])).toEqual(['TUR']);
  });
});

describe('two sides acting on a third', () => {
  it('"Kenyan and Ugandan mediators met with Sudanese and Chadian envoys": each mediator with each party', async () => {
    const events = await code('Kenyan and Ugandan mediators met separately with Sudanese and Chadian envoys in Nairobi on Monday.');
    expect(events.map(brief)).toEqual(expect.arrayContaining(['KEN>SDN 045', 'KEN>TCD 045', 'UGA>SDN 045', 'UGA>TCD 045']));
  });
});

describe('fronted places, questions, mixed compounds', () => {
  it('"In Washington, the IMF\'s board approved …": the place phrase does not swallow the subject', async () => {
    const events = await code("In Washington, the International Monetary Fund's executive board on Monday approved a $1 billion loan to Egypt.");
    expect(events.find((e) => e.cameo.root === '07')).toMatchObject({ source: { country: 'IMF' }, target: { country: 'EGY' } });
  });

  it('a question asserts no event', async () => {
    const events = await code('Will Seoul and Tokyo sign the pact before the summit?');
    expect(events).toEqual([]);
  });

  it('"Government negotiators and ELN commanders resumed talks": the government of the rebels\' state, talking with them', async () => {
    const events = await code('BOGOTA, May 5 (Accord Wire) - Government negotiators and ELN commanders resumed talks in Havana on Monday.');
    const talks = events.find((e) => e.cameo.root === '04');
    expect([talks?.source.role, talks?.target?.role].sort()).toEqual(['GOV', 'REB']);
    expect(talks?.target?.country).toBe('COL');
  });
});

describe('force aimed "at", clashes, the two leaders who last met', () => {
  it('"fired water cannon at a Vietnamese boat" is aimed at Vietnam', async () => {
    const events = await code('Chinese coast guard ships fired water cannon at a Vietnamese fishing boat near the Paracels on Monday.');
    expect(events.filter((e) => e.source.country === 'CHN').every((e) => e.target?.country === 'VNM')).toBe(true);
  });

  it('"Thai and Cambodian troops clashed" is each side using force against the other', async () => {
    const events = await code('Thai and Cambodian troops clashed near the Preah Vihear temple on Sunday.');
    expect(events.map(brief)).toEqual(expect.arrayContaining(['THA>KHM 190', 'KHM>THA 190']));
  });

  it('"the two leaders" after a host and guest with no pair named together are those two', async () => {
    const events = await code(
      'Chinese ships blocked a Philippine supply mission on Monday. In Wellington, Prime Minister Christopher Luxon hosted Fijian Prime Minister Sitiveni Rabuka on Tuesday. The two leaders signed a maritime security pact.',
    );
    const pact = events.find((e) => e.cameo.code === '057');
    expect([pact?.source.country, pact?.target?.country].sort()).toEqual(['FJI', 'NZL']);
  });
});

describe('groups named through "of"', () => {
  it('"the army chiefs of both countries spoke" is a call between the two sides, not a military operation', async () => {
    const events = await code(
      'Thailand accused Cambodia of laying new mines on Monday. The military operations chiefs of both countries spoke over a hotline on Tuesday.',
    );
    expect(events.some((e) => e.cameo.root === '19')).toBe(false);
    const call = events.find((e) => e.cameo.code === '041');
    expect([call?.source.country, call?.target?.country].sort()).toEqual(['KHM', 'THA']);
  });
});

describe('backers, pairs of officials, dismissals', () => {
  it('"turned down a US-backed plan": the backer is the counterpart', async () => {
    const events = await code('Libyan Prime Minister Abdul Hamid Dbeibah turned down a US-backed plan for new elections on Monday.');
    expect(events.find((e) => e.cameo.root === '12')?.target?.country).toBe('USA');
  });

  it('"the two ministers agreed" are the two ministers who just met', async () => {
    const events = await code(
      'Indian Foreign Minister Subrahmanyam Jaishankar met Chinese Foreign Minister Wang Yi in Delhi on Monday. The two ministers agreed to resume border trade.',
    );
    const agreed = events.find((e) => e.cameo.root === '03');
    expect([agreed?.source.country, agreed?.target?.country].sort()).toEqual(['CHN', 'IND']);
  });

  it.each([
    ['Nigeria dismissed the remarks from Niger as "baseless" on Friday.', '12'],
    ['The Asian Development Bank and Japan announced a $400 million loan to Sri Lanka on Monday.', '07'],
  ])('%s → root %s', async (sentence, root) => {
    const events = await code(sentence);
    expect(events.map((e) => e.cameo.root)).toContain(root);
  });
});

describe('the two parties named again', () => {
  it('"urging both leaders" after a call to two of them: the two called, not the caller and one of them', async () => {
    const events = await code(
      'Kenyan President William Ruto telephoned Ethiopian Prime Minister Abiy Ahmed and Egyptian President Abdel Fattah al-Sisi on Thursday, urging both leaders to settle their differences through dialogue.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '02')).toEqual(['KEN>EGY 020', 'KEN>ETH 020']);
  });

  it('"the two countries" after three states, not as the subject: the two the subject acted on, unless the subject is two', async () => {
    const deal = await code(
      "Iran summoned Kuwait's charge d'affaires and Saudi Arabia's ambassador on Thursday over a deal the two countries signed on Wednesday.",
    );
    expect(briefsOf(deal, (e) => e.cameo.root === '05')).toEqual(['KWT>SAU 057']);
    const truce = await code(
      'Saudi Arabia and the Houthis have observed a truce since April 2022, and in December 2023 the UN envoy announced that the two sides had committed to a ceasefire.',
    );
    expect(briefsOf(truce, (e) => e.cameo.root === '03')).toEqual(['SAU>YEM 037']);
  });

  it('"the two governments" after a host received one guest: the host and the guest', async () => {
    const events = await code(
      'France expelled two Algerian diplomats on Friday. Tebboune received Italian Prime Minister Giorgia Meloni in Algiers on Sunday, where the two governments signed agreements on gas supplies.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '05')).toEqual(['DZA>ITA 057']);
  });

  it('"where the two men signed" is the host and his guest signing', async () => {
    const events = await code(
      'On Monday, Turkish Defense Minister Yasar Guler hosted his Syrian counterpart Murhaf Abu Qasra in Ankara, where the two men signed a military training agreement.',
    );
    expect(events.map(brief)).toContain('TUR>SYR 057');
  });
});

describe('a compound subject with a short name', () => {
  it('"Fidan and Al Shaibani agreed": the Arabic article is part of the surname, so the two are one compound', async () => {
    const events = await code(
      'Syrian Foreign Minister Asaad Al Shaibani arrived in Amman. Later, Turkish Foreign Minister Hakan Fidan and Al Shaibani agreed to set up a joint committee on water sharing.',
    );
    expect(events.filter((e) => e.cameo.root === '03').map(brief)).toEqual(['TUR>SYR 030']);
  });
});

describe('a group of parties named again', () => {
  it('"the ministers", uncounted, are the parties of the meeting of three or more before; "it" is none of them', async () => {
    const story =
      'Jordanian Foreign Minister Ayman Safadi on Tuesday hosted his counterparts from Syria, Iraq and Lebanon in Amman. In their statement, the ministers condemned Israeli air strikes that hit Daraa province and demanded that Israel withdraw from positions it has occupied in southern Syria.';
    const events = await code(story);
    const by = (root: string) =>
      events
        .filter((e) => e.cameo.root === root && e.target?.country === 'ISR')
        .map((e) => e.source.country)
        .sort();
    expect(by('11')).toEqual(['IRQ', 'JOR', 'LBN', 'SYR']);
    // the demand joined by "and" is the condemners', not the strikes' doer's
    expect(by('10')).toEqual(['IRQ', 'JOR', 'LBN', 'SYR']);
    expect(events.filter((e) => e.cameo.root === '19' && e.source.country !== 'ISR')).toEqual([]);
    // with no meeting of three before, "the ministers" names no one
    expect(await code('The ministers condemned Israeli air strikes that hit Daraa province.')).not.toContainEqual(
      expect.objectContaining({ cameo: expect.objectContaining({ root: '11' }) }),
    );
  });

  it('"the three countries" are the three listed before', async () => {
    const events = await code(
      'The United States, Britain and Norway have backed the peace deal in South Sudan. In a joint statement, the three countries condemned the arrest of Riek Machar by the government in Juba.',
    );
    expect(
      events
        .filter((e) => e.cameo.root === '11')
        .map((e) => e.source.country)
        .sort(),
    ).toEqual(['GBR', 'NOR', 'USA']);
  });

  it('"the three ministers" are the three parties of the meeting before, as a list of them would be', async () => {
    const events = await code(
      'Chinese Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar and Afghan Foreign Minister Amir Khan Muttaqi in Kabul. The three ministers also agreed to hold the next round of the dialogue in Islamabad.',
    );
    const joint = events.filter((e) => e.cameo.code === '036');
    expect(joint.length).toBeGreaterThanOrEqual(2);
    for (const e of joint) expect([e.source.country, e.target?.country].every((c) => ['CHN', 'PAK', 'AFG'].includes(c ?? ''))).toBe(true);
    // a meeting of two is a pair, not a group of three
    const pair = await code('Wang Yi met Ishaq Dar in Kabul. The three ministers agreed to hold the next round in Islamabad.');
    expect(pair.some((e) => e.cameo.code === '036')).toBe(false);
  });

  it('"backed Vilnius, and the European Commission said …": a party with its own verb after a comma is no second object', async () => {
    const events = await code('Latvia backed Vilnius, and the European Commission said it was in contact with Lithuanian authorities.');
    expect(events.filter((e) => e.evidence.trigger === 'backed').map(brief)).toEqual(['LVA>LTU 051']);
    // a list is still a list
    const listed = await code('Latvia backed Vilnius, Warsaw and Tallinn on Monday.');
    expect(briefsOf(listed, (e) => e.evidence.trigger === 'backed')).toEqual(['LVA>EST 051', 'LVA>LTU 051', 'LVA>POL 051']);
  });

  it('"spoke with both leaders": the two leaders named before, not the subject and one of them', async () => {
    const events = await code(
      "Ecuador's Noboa and Colombia's Petro traded insults on Monday. Brazilian President Lula spoke by telephone with both leaders on Tuesday.",
    );
    expect(briefsOf(events, (e) => e.cameo.code === '041')).toEqual(['BRA>COL 041', 'BRA>ECU 041']);
  });

  it('"his two counterparts" are the group less the subject\'s own state, and only when the subject is one of them', async () => {
    const summit = 'The presidents of Tajikistan, Kyrgyzstan and Uzbekistan signed a treaty in Khujand on Monday.';
    const hosted = (await code(`${summit} Rahmon hosted his two counterparts for an official dinner.`)).filter((e) => e.cameo.code === '043');
    expect(briefsOf(hosted)).toEqual(['TJK>KGZ 043', 'TJK>UZB 043']);
    // Kazakhstan's president has no two counterparts among those three: the phrase names no one
    const outsider = (await code(`${summit} Tokayev hosted his two counterparts for an official dinner.`)).filter((e) => e.cameo.code === '043');
    expect(outsider.map((e) => e.target?.text)).not.toContain('his two counterparts');
  });

  it('a group named in an "of" that completes the object is the target: "praised "the courage and vision" of the three presidents"', async () => {
    const summit = 'The presidents of Tajikistan, Kyrgyzstan and Uzbekistan signed a treaty in Khujand on Monday.';
    for (const praise of ['praised "the courage and vision" of the three presidents', 'praised the courage and vision of the three presidents']) {
      const events = await code(`${summit} The European Union's special representative ${praise} in a statement.`);
      expect(briefsOf(events, (e) => e.cameo.root === '05' && e.source.country === 'EUR')).toEqual(['EUR>KGZ 051', 'EUR>TJK 051', 'EUR>UZB 051']);
    }
    // an "of" past the object's own prepositions belongs to a phrase inside it, not to the object
    const nested = await code(`${summit} Japan praised the offer by Turkey to host the ministers of the three presidents.`);
    expect(nested.filter((e) => e.source.country === 'JPN').map((e) => e.target?.country)).not.toContain('UZB');
  });

  it('"the 27 leaders" in a story about the EU are the EU acting as one; with no EU in the story, no one', async () => {
    const events = await code(
      'EU leaders met in Brussels on Thursday. The 27 leaders approved a 20th package of sanctions against Russia. The Kremlin slammed the new measures as "illegal".',
    );
    expect(briefsOf(events)).toEqual(['EUR>RUS 163', 'RUS>EUR 111']);
    const elsewhere = await code('The 27 leaders approved a 20th package of sanctions against Russia.');
    expect(elsewhere.some((e) => e.source.country === 'EUR')).toBe(false);
  });

  it('with no list of that size before, "the four countries" names no one', async () => {
    const events = await code(
      'The United States, Britain and Norway have backed the peace deal in South Sudan. The four countries condemned the arrest of Riek Machar.',
    );
    expect(events.some((e) => e.cameo.root === '11')).toBe(false);
  });
});

describe('offers of equipment by a pair of states', () => {
  it('"The Netherlands and the Czech Republic also offered helicopters": each pledges military aid to the state the story is about, not to the other', async () => {
    const events = await code(
      'Poland closed its last border crossing with Belarus on Tuesday. Germany said it would send two additional Patriot air defense units to eastern Poland. The Netherlands and the Czech Republic also offered helicopters and counter-drone teams.',
    );
    expect(briefsOf(events, (e) => e.cameo.code === '0332' && e.source.country !== 'DEU')).toEqual(['CZE>POL 0332', 'NLD>POL 0332']);
  });
});

describe('praise of a joint deed', () => {
  it('"called the accord historic" is praise toward both parties to the accord', async () => {
    const events = await code(
      'Ecuador and Mexico signed an accord in Brasilia to restore consular relations. Brazilian Foreign Minister Mauro Vieira called the accord "historic".',
    );
    expect(briefsOf(events, (e) => e.cameo.code === '051')).toEqual(['BRA>ECU 051', 'BRA>MEX 051']);
  });
});

describe('roles in a compound subject', () => {
  it('a state named beside an armed group takes no rebel role from it', async () => {
    const events = await code('In April 2022, Saudi Arabia and the Houthis agreed to a truce that largely held.');
    const saudi = events.flatMap((e) => [e.source, e.target]).find((a) => a?.country === 'SAU');
    expect(saudi?.role ?? null).not.toBe('REB');
  });
});

describe('coalitions of a few named states', () => {
  it('act as each member: "the Alliance of Sahel States accused Algeria", "summoned the envoys of the E3"', async () => {
    const sahel = await code(
      'The joint council of the Alliance of Sahel States, which groups the three military-led governments, on Sunday accused Algeria of an "act of aggression".',
    );
    expect(briefsOf(sahel)).toEqual(['BFA>DZA 1123', 'MLI>DZA 1123', 'NER>DZA 1123']);
    const e3 = await code('Iran summoned the envoys of the E3 on Monday.');
    expect(briefsOf(e3)).toEqual(['IRN>DEU 114', 'IRN>FRA 114', 'IRN>GBR 114']);
  });

  it('"the three European powers" is the E3 when no three parties were listed; a list with the speaker\'s own state is not its object', async () => {
    const events = await code(
      'The IAEA board passed the resolution on Thursday. Russia, China and Burkina Faso voted against it. Russia\'s ambassador Mikhail Ulyanov charged the three European powers with "destroying the last channels of dialogue".',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '11')).toEqual(['RUS>DEU 112', 'RUS>FRA 112', 'RUS>GBR 112']);
    // a list of three the speaker is not part of is what "the three countries" names
    const listed = await code(
      "Kenya, Uganda and Tanzania closed their borders on Monday. Russia, China and Iran voted against the resolution. Russia's envoy criticised the three countries on Tuesday.",
    );
    expect(briefsOf(listed, (e) => e.evidence.trigger === 'criticised')).toEqual(['RUS>KEN 111', 'RUS>TZA 111', 'RUS>UGA 111']);
  });

  it('a time phrase between the subject and its verb is not a subject; a participle after a noun is not a verb of the subject', async () => {
    const timed = await code('The Egyptian foreign ministry, in a statement, on Sunday accused Ethiopia of violating international law.');
    expect(timed.map(brief)).toEqual(['EGY>ETH 112']);
    const hosted = await code('The foreign ministers of Ethiopia and Eritrea met in Nairobi on Wednesday, at talks hosted by Kenyan President William Ruto.');
    expect(hosted.some((e) => e.evidence.trigger === 'hosted' && e.source.country !== 'KEN')).toBe(false);
  });
});

describe('a joint act by three or more', () => {
  it('"A, B and C signed a treaty" is a treaty between each two of them, first named first', async () => {
    const events = await code('The presidents of Tajikistan, Kyrgyzstan and Uzbekistan on Monday signed a treaty on the junction point of their borders.');
    expect(briefsOf(events)).toEqual(['KGZ>UZB 057', 'TJK>KGZ 057', 'TJK>UZB 057']);
  });

  it('by four or more it is the first-named with each other party, not every pair', async () => {
    const events = await code(
      'The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan signed a declaration on water sharing on Thursday.',
    );
    expect(briefsOf(events)).toEqual(['KAZ>KGZ 057', 'KAZ>TJK 057', 'KAZ>TKM 057', 'KAZ>UZB 057']);
  });

  it('with a party outside the compound named, each member acts toward it', async () => {
    const events = await code('France, Germany and Italy signed an agreement with Tunisia on Monday.');
    expect(briefsOf(events)).toEqual(['DEU>TUN 057', 'FRA>TUN 057', 'ITA>TUN 057']);
  });
});

describe('visitors named together', () => {
  it('"the ministers of A and B arrived in C" is a visit by each to C, not a meeting of A and B', async () => {
    const events = await code('The foreign ministers of Uganda and Ethiopia flew into Nairobi on Saturday for talks on the crisis.');
    expect(briefsOf(events)).toEqual(['ETH>KEN 042', 'UGA>KEN 042']);
  });

  it('", with X arriving in Y": the absolute clause has its own subject, not the main clause\'s', async () => {
    const events = await code(
      "India and Bangladesh on Thursday began negotiations on renewing the water treaty, with Bangladesh's Water Resources Minister Shahidul Alam Chowdhury arriving in New Delhi for three days of talks.",
    );
    const briefs = briefsOf(events);
    expect(briefs).toContain('BGD>IND 042');
    expect(briefs).not.toContain('IND>BGD 042');
  });
});

// Sentences written for these tests: parties joined to the subject between it and its verb act as it does.
describe('parties joined to the subject', () => {
  it('"X, joined by Y and Z, requested …", "X, alongside Y, urged …", "X, together with Y, pledged …"', async () => {
    const joined = await code('Seoul and Tokyo, joined by Britain and France, later requested an emergency meeting of the Security Council.');
    expect(briefsOf(joined)).toEqual(['FRA>UNO 020', 'GBR>UNO 020', 'JPN>UNO 020', 'KOR>UNO 020']);
    const alongside = await code('Kenya, alongside Uganda, urged Sudan to accept a ceasefire.');
    expect(briefsOf(alongside)).toEqual(['KEN>SDN 020', 'UGA>SDN 020']);
    const together = await code('Japan, together with Australia, pledged 50 million dollars to Tonga.');
    expect(briefsOf(together)).toEqual(['AUS>TON 0331', 'JPN>TON 0331']);
  });

  it('a party beside another inside a relative clause is not joined to the subject', async () => {
    const events = await code('France, which sits alongside the US on the monitoring committee, urged Israel to withdraw.');
    expect(briefsOf(events)).toEqual(['FRA>ISR 0256']);
  });

  it('only an aside opening with the joining words joins; each state once; no joined party is the target', async () => {
    const participle = await code('Chad, fighting alongside French forces, accused Libya of arming rebels.');
    expect(participle.some((e) => e.source.country === 'FRA')).toBe(false);
    const twice = await code('Japan, joined by Australia and the Australian navy, urged China to stop.');
    expect(briefsOf(twice)).toEqual(['AUS>CHN 020', 'JPN>CHN 020']);
  });
});

describe('two parties joined by a hyphen or slash', () => {
  it('"the ROK-US drills", "the Kuwaiti-Saudi statement": each party of the pair is a target', async () => {
    expect(briefsOf(await code('North Korea condemned the ROK-US drills.'))).toEqual(['PRK>KOR 111', 'PRK>USA 111']);
    expect(briefsOf(await code('Iran rejected the Kuwaiti-Saudi statement on Monday.'))).toEqual(['IRN>KWT 120', 'IRN>SAU 120']);
  });

  it('a hyphen that opens a compound adjective joins no second party ("Israeli-occupied"), nor does a spaced dash', async () => {
    expect(briefsOf(await code('Egypt condemned the Israeli-occupied Golan.'))).toEqual(['EGY>ISR 111']);
    expect(briefsOf(await code('Iran condemned Israel - Saudi Arabia said nothing.'))).toEqual(['IRN>ISR 111']);
  });
});

describe('parties that modify the nouns of a list', () => {
  it('"four Dubai-based oil traders and two Hong Kong shipping companies": one member per party, past the nouns each modifies', async () => {
    expect(briefsOf(await code('OFAC designated four Dubai-based oil traders and two Hong Kong shipping companies for moving Iranian crude.'))).toEqual([
      'USA>ARE 163',
      'USA>HKG 163',
    ]);
    expect(briefsOf(await code('Washington sanctioned two Chinese refiners and a Hong Kong shipping company.'))).toEqual(['USA>CHN 163', 'USA>HKG 163']);
  });

  it('a place in a phrase after the nouns is no member: "Chinese refiners in Shandong and …"', async () => {
    expect(briefsOf(await code("The US sanctioned Chinese refiners in Shandong and Iran's oil minister."))).toEqual(['USA>CHN 163']);
  });

  it('"designated" by a sanctions authority is a sanction (163); the Bureau of Industry and Security is the US government', async () => {
    expect(
      briefsOf(await code('The US Treasury designated a Bishkek-based crypto exchange on Tuesday for helping Russian importers evade sanctions.')),
    ).toEqual(['USA>KGZ 163']);
    expect(briefsOf(await code('The Bureau of Industry and Security added 14 Chinese entities to the Entity List.'))).toEqual(['USA>CHN 163']);
  });
});
