import { describe, expect, it } from 'vitest';
import { DiplomaticEventSchema } from '../../../shared/model/diplomatic-event.ts';
import { article, brief, code, extractor } from './helpers.ts';

// Sentences written for these tests; none comes from an evaluation set.

describe('RuleBasedExtractor: actors', () => {
  it('resolves adjectives, titles and leaders to country and role', async () => {
    const [e] = await code('Chinese President Xi Jinping met Vietnamese Prime Minister officials in Hanoi on Monday.');
    expect(e?.source).toMatchObject({ country: 'CHN', role: 'GOV', text: 'Xi Jinping' });
    expect(e?.target?.country).toBe('VNM');
  });

  it('reads capitals as their governments and possessives as owners of a role', async () => {
    const [e] = await code("South Korea's foreign ministry summoned the Japanese ambassador over the remarks.");
    expect(e?.source).toMatchObject({ country: 'KOR', role: 'GOV' });
    expect(e?.target?.country).toBe('JPN');
    const [m] = await code('Washington criticized Beijing for the crackdown.');
    expect(m?.source).toMatchObject({ country: 'USA', role: 'GOV' });
    expect(m?.target).toMatchObject({ country: 'CHN', role: 'GOV' });
  });

  it('resolves later mentions: surname, "the South Korean leader", "both countries", pronouns', async () => {
    const events = await code(
      'South Korean President Lee Jae Myung arrived in Beijing on Monday. ' +
        'Lee met Chinese President Xi Jinping in the Great Hall. ' +
        'The South Korean leader is also scheduled to meet Premier officials from China. ' +
        'Officials from both countries signed agreements on trade. ' +
        'Later, he praised China for its help.',
      '2026-01-06',
    );
    const met = events.find((e) => e.cameo.code === '040');
    expect(met?.source).toMatchObject({ country: 'KOR', text: 'Lee Jae Myung' });
    expect(events.find((e) => e.cameo.root === '05' && e.cameo.code === '057')).toMatchObject({ source: { country: 'KOR' }, target: { country: 'CHN' } });
    expect(events.find((e) => e.cameo.code === '051')?.source.country).toBe('KOR');
  });

  it('codes international organisations', async () => {
    const [e] = await code('The United Nations condemned the attack on the convoy in Sudan.');
    expect(e?.source.country).toBe('UNO');
  });
});

describe('RuleBasedExtractor: actions and arguments', () => {
  it('takes the source of a passive from its by-phrase', async () => {
    const [e] = await code('The Japanese foreign minister was invited by Chinese President Xi Jinping to visit Beijing.');
    expect(e).toMatchObject({ source: { country: 'CHN' }, target: { country: 'JPN' } });
    expect(e?.cameo.root).toBe('03');
  });

  it('codes nominal events with their possessor as source', async () => {
    const [e] = await code("Egypt's visit to Jordan was the first in a decade.");
    expect(brief(e!)).toBe('EGY>JOR 042');
    const tests = await code("North Korea's recent missile tests alarmed the region.");
    expect(tests.map(brief)).toContain('PRK>- 150');
  });

  it('codes a compound subject once, as a symmetric event', async () => {
    const events = await code('Seoul and Tokyo signed a fisheries agreement on Tuesday.');
    expect(events.map(brief)).toEqual(['KOR>JPN 057']);
  });

  it('takes the target from the right argument, not the next noun', async () => {
    const [e] = await code('France accused Russia of attacking a Ukrainian port.');
    expect(brief(e!)).toBe('FRA>RUS 112');
    const [m] = await code('Kenya met Ethiopia in Nairobi on Friday.');
    expect(m?.target?.country).toBe('ETH');
    expect(m?.location).toEqual({ text: 'Nairobi', country: 'KEN' });
  });

  it('codes no event when no action is recognised (no fallback code)', async () => {
    expect(await code('Brazil is the largest country in South America and shares borders with Peru.')).toEqual([]);
  });
});

describe('RuleBasedExtractor: modality', () => {
  it('turns scheduled and planned actions into intent codes with modality planned', async () => {
    const [e] = await code('The Indian prime minister is scheduled to meet Japanese officials in Tokyo next week.');
    expect(e).toMatchObject({ modality: 'planned', cameo: { code: '036' } });
    // GOLD-FORMAT rule 5: a hostile measure announced as decided is coded planned, as the matching threat and under its own code
    const planned = await code('Germany plans to impose sanctions on Iran.');
    expect(planned.map((e) => [e.cameo.root, e.modality]).sort()).toEqual([
      ['13', 'planned'],
      ['16', 'planned'],
    ]);
    const decided = await code('Thailand is to expel the Cambodian ambassador.');
    expect(decided.map((e) => `${e.cameo.root} ${e.modality} ${e.target?.country}`).sort()).toEqual(['13 planned KHM', '16 planned KHM']);
    // a threat stays a threat, and what would happen under a condition is not decided
    expect((await code('Poland threatened to close its border with Belarus.'))[0]?.cameo.root).toBe('13');
  });

  it('never emits a negated action as its positive code', async () => {
    const refused = await code('India refused to meet the Pakistani delegation.');
    expect(refused.map(brief)).toEqual(['IND>PAK 125']);
    const notSigned = await code('China did not sign the agreement with Vietnam.');
    expect(notSigned.every((e) => e.cameo.root === '12')).toBe(true);
    expect(await code('Turkey did not attack Syrian positions.')).toEqual([]);
  });

  it('drops the words of a commentator named in an appositive ("X, a fellow at a think tank, said …")', async () => {
    const events = await code(
      'Temur Umarov, a fellow at the Carnegie Russia Eurasia Center, said China was the only partner able to pay, but warned that Uzbekistan could face pressure from Beijing.',
    );
    expect(events).toEqual([]);
  });

  it('drops hypotheticals and commentary', async () => {
    expect(await code('If Russia attacks Ukraine, Poland could expel Russian diplomats.')).toEqual([]);
    expect(await code('Analysts say China may impose sanctions on Japan.')).toEqual([]);
    expect(await code('Australia will probably criticize Indonesia, experts said.')).toEqual([]);
  });

  it('treats a bare "would" as hypothetical, a reported one as intent', async () => {
    expect(await code('China would impose sanctions on Japan.')).toEqual([]);
    const [e] = await code('China said it would impose sanctions on Japan.');
    expect(e).toMatchObject({ modality: 'reported_intent', cameo: { root: '13' }, target: { country: 'JPN' } });
  });

  it('marks "said it would" as reported intent', async () => {
    const [e] = await code('Iran said it would release the British sailors.');
    expect(e).toMatchObject({ source: { country: 'IRN' }, modality: 'reported_intent' });
    expect(e?.cameo.root).toBe('03');
  });
});

describe('RuleBasedExtractor: dates', () => {
  it('resolves relative dates against the publication date and keeps the words', async () => {
    const [past] = await code('Chile expelled two Bolivian diplomats on Tuesday.', '2026-01-08');
    expect(past).toMatchObject({ date: '2026-01-06', dateText: 'on Tuesday' });
    const [month] = await code('Canada will host Mexican officials later this month.', '2026-01-08');
    expect(month).toMatchObject({ date: '2026-01', dateText: 'later this month' });
    const [year] = await code('Kenya expelled two Somali diplomats in 2016.', '2026-01-08');
    expect(year).toMatchObject({ date: '2016', dateText: 'in 2016' });
    const [week] = await code('Peru criticized Ecuador last week.', '2026-01-08');
    expect(week?.dateText).toBe('last week');
  });

  it('leaves the date empty when the text gives none', async () => {
    const [e] = await code('Norway praised Sweden for the rescue.');
    expect(e).toMatchObject({ date: null, dateText: null });
  });
});

describe('RuleBasedExtractor: duplicates, ids, schema', () => {
  it('merges repeated statements of one event and counts its sentences', async () => {
    const events = await code('Russia criticized Poland on Monday. Moscow also criticized Warsaw in a statement.');
    expect(events).toHaveLength(1);
    expect(events[0]?.mentions).toBe(2);
  });

  it('merges a mutual action stated from either side', async () => {
    const events = await code('Japan met South Korea on Monday. South Korea also met Japan in Seoul.');
    expect(events.map(brief)).toEqual(['JPN>KOR 040']);
    expect(events[0]?.mentions).toBe(2);
  });

  it('gives deterministic ids that start with the article id', async () => {
    const body = 'Japan condemned the missile launch by North Korea. Seoul and Tokyo agreed to share intelligence.';
    const a = (await extractor.extract(article(body, '2026-01-07', 'art1'))).events;
    const b = (await extractor.extract(article(body, '2026-01-07', 'art1'))).events;
    expect(a.map((e) => e.id)).toEqual(b.map((e) => e.id));
    expect(a.length).toBeGreaterThan(0);
    for (const e of a) expect(e.id.startsWith('art1-')).toBe(true);
    expect(new Set(a.map((e) => e.id)).size).toBe(a.length);
  });

  it('emits only events that satisfy the API schema, with evidence offsets into the body', async () => {
    const body = 'Thousands of Nigerian workers staged a general strike in Abuja on Monday.\nPakistani troops shelled Indian positions, the army said.';
    const { events } = await extractor.extract(article(body));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(() => DiplomaticEventSchema.parse(e)).not.toThrow();
      expect(body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.sentence);
      expect(e.evidence.sentence).toContain(e.evidence.trigger);
      expect(e.extractor).toBe('rules/1.24.0');
    }
  });

  it('skips empty and non-English articles with a reason, never throwing', async () => {
    for (const body of ['', '   \n ', 'Le président français a rencontré le chancelier allemand à Berlin mardi pour discuter du commerce.']) {
      const r = await extractor.extract(article(body));
      expect(r.events).toEqual([]);
      expect(r.skippedReason).toBeTruthy();
    }
  });
});

describe('RuleBasedExtractor: notes', () => {
  it('notes sentences cut for length and still codes their pieces, with offsets into the body', async () => {
    const filler = 'and the delegations kept talking about the harbour and the weather '.repeat(40);
    const body = `${filler}while Japan condemned North Korea for the missile launch ${filler}`;
    const result = await extractor.extract(article(body));
    expect(result.notes).toEqual([expect.stringMatching(/^1 sentence was longer than 2,000 characters \(5,\d{3}\); the coder read it as 3 pieces/)]);
    expect(result.events.map(brief)).toEqual(['JPN>PRK 111']);
    for (const e of result.events) expect(body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.sentence);
  });

  it('has no notes for an ordinary article', async () => {
    expect((await extractor.extract(article('Japan condemned North Korea for the missile launch.'))).notes).toBeUndefined();
  });
});
