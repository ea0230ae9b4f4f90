import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, extractor } from './helpers.ts';
import { codeAllEvents } from '../../../shared/coder/article-coder.ts';
import type { DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';

// Whole articles written for these tests (tests/shared/coder/articles): the coder's behaviour on
// running text — coreference, attribution, background clauses — not on single sentences.
async function codeFile(name: string): Promise<DiplomaticEvent[]> {
  const body = readFileSync(join(import.meta.dirname, 'articles', name), 'utf8');
  return (await extractor.extract(article(body, name.slice(0, 10), name))).events;
}
const keys = (events: DiplomaticEvent[]) => events.map((e) => `${e.source.country}>${e.target?.country ?? '-'} ${e.cameo.code}`);

describe('article: Sahel mediation', async () => {
  const events = await codeFile('2026-02-10_sahel-mediation.txt');

  it('codes the visit, the accusation inside "days after …", the summons and the planned trip', () => {
    expect(keys(events)).toEqual(expect.arrayContaining(['DZA>MLI 042', 'MLI>NER 112', 'NER>MLI 114', 'DZA>MLI 040', 'DZA>NER 036']));
  });

  it('resolves the surname and "the minister" to the Algerian foreign minister', () => {
    const met = events.find((e) => e.cameo.code === '040');
    expect(met?.source.text).toContain('Attaf');
    expect(events.find((e) => e.cameo.code === '036' && e.evidence.trigger === 'travel')?.modality).toBe('planned');
  });

  it('drops analysts\' speculation and does not take "armed groups" for arming', () => {
    expect(events.some((e) => e.evidence.sentence.startsWith('Analysts'))).toBe(false);
    expect(events.some((e) => e.cameo.root === '07' && e.evidence.trigger === 'armed')).toBe(false);
  });

  it('codes a refusal for "has not agreed to join the talks", never the agreement', () => {
    const niger = events.filter((e) => e.source.country === 'NER' && e.evidence.sentence.includes('has not agreed'));
    expect(niger.length).toBeGreaterThan(0);
    expect(niger.every((e) => e.cameo.root !== '03')).toBe(true);
  });
});

describe('article: Baltic energy', async () => {
  const events = await codeFile('2026-03-02_baltic-energy.txt');

  it('codes the signing once for the compound subject and the hosting', () => {
    expect(keys(events)).toEqual(expect.arrayContaining(['DEU>POL 057', 'DEU>POL 043', 'DEU>POL 051']));
    expect(events.filter((e) => e.cameo.code === '057')).toHaveLength(1);
  });

  it('resolves "the two leaders" to the two leaders who met', () => {
    const planned = events.find((e) => e.cameo.code === '036');
    expect(planned && [planned.source.country, planned.target?.country].sort()).toEqual(['DEU', 'POL']);
    expect(planned?.date).toBe('2026-04');
  });

  it('keeps the conditional "if NATO warships…" out of the threat\'s target', () => {
    const warn = events.find((e) => e.cameo.root === '13' && e.source.country === 'RUS');
    expect(warn?.target?.country).not.toBe('NATO');
  });
});

describe('article: Gulf talks', async () => {
  const events = await codeFile('2026-04-15_gulf-talks.txt');

  it('codes the talks, the appeal and the sanctions with their targets', () => {
    expect(keys(events)).toEqual(expect.arrayContaining(['IRN>SAU 040', 'SAU>IRN 020', 'USA>IRN 163']));
  });

  it('does not code the hypothetical reopening of embassies', () => {
    expect(events.some((e) => e.evidence.sentence.startsWith('If the talks'))).toBe(false);
  });

  it('does not guess whose forces fired when the dictionary does not know them', () => {
    expect(events.some((e) => e.evidence.sentence.startsWith('Houthi') && e.source.country === 'SAU')).toBe(false);
  });
});

describe('article: Red Sea strikes', async () => {
  const events = await codeFile('2026-05-20_red-sea-strikes.txt');

  it('codes the air strikes against the place attacked, with the first-named side as source', () => {
    const strikes = events.filter((e) => e.cameo.root === '19');
    // "The United States and Britain launched air strikes": each named side struck, neither is the target
    expect(strikes.find((e) => e.source.country === 'USA')).toMatchObject({ target: { country: 'YEM' }, cameo: { code: '195' } });
    expect(strikes.filter((e) => e.source.country !== 'YEM').every((e) => e.target?.country === 'YEM')).toBe(true);
  });

  it('does not borrow an earlier subject for "after the group attacked": "the group" is the armed group named before', () => {
    const attacked = events.filter((e) => e.evidence.trigger === 'attacked');
    expect(attacked.every((e) => e.source.country === 'YEM' && e.source.role === 'REB')).toBe(true);
  });

  it('turns a vow to retaliate into a threat and keeps the phone call', () => {
    expect(events.find((e) => e.evidence.trigger.startsWith('vowed'))?.cameo.root).toBe('13');
    expect(keys(events)).toContain('EGY>SAU 041');
  });
});

describe('article: trade dispute', async () => {
  const events = await codeFile('2026-06-03_trade-dispute.txt');

  it('resolves "both countries" and "the two leaders" to the sides named together', () => {
    const agreed = events.find((e) => e.evidence.trigger === 'agreed');
    expect(agreed && [agreed.source.country, agreed.target?.country].sort()).toEqual(['CAN', 'MEX']);
    // "tariffs on imports from both countries": one of the two sides named together
    expect(events.find((e) => e.cameo.root === '13' && e.date === '2026-06-01')?.target?.country).toMatch(/^(CAN|MEX)$/);
  });

  it('codes "would not accept" as a rejection and drops economists\' warnings', () => {
    // "Ottawa would not accept" is Canada's rejection of the US again: merged with the first one, never an agreement
    expect(events.find((e) => e.source.country === 'CAN' && e.target?.country === 'USA' && e.cameo.root === '12')?.mentions).toBeGreaterThanOrEqual(2);
    expect(events.some((e) => e.evidence.trigger === 'accept' && e.cameo.root === '03')).toBe(false);
    expect(events.some((e) => e.evidence.sentence.startsWith('Economists'))).toBe(false);
  });
});

describe('article: ASEAN summit', async () => {
  const events = await codeFile('2026-07-08_asean-summit.txt');

  it('codes the pact for both signatories and dates it from the text, not the dateline', () => {
    const pact = events.find((e) => e.cameo.code === '057');
    expect(pact && [pact.source.country, pact.target?.country].sort()).toEqual(['PHL', 'VNM']);
    expect(pact?.date).toBe('2026-07-07');
    expect(pact?.dateText).toBe('on Tuesday');
  });

  it('does not read the South China Sea as China', () => {
    expect(events.some((e) => e.location?.country === 'CHN' || (e.target?.country === 'CHN' && e.source.country !== 'CHN'))).toBe(false);
  });

  it('takes the source of "was welcomed by" from the by-phrase and resolves "both countries"', () => {
    expect(events.find((e) => e.evidence.trigger === 'welcomed')).toMatchObject({ source: { country: 'MYS' }, target: { country: 'PHL' } });
    expect(events.find((e) => e.source.country === 'CHN' && e.cameo.root === '02')?.target?.country).toMatch(/^(VNM|PHL)$/);
  });
});

describe('article: Ukraine talks', async () => {
  const events = await codeFile('2026-08-12_ukraine-talks.txt');

  it('codes the talks once, dated from "on Monday", and the failure to agree as a rejection', () => {
    const talks = events.filter((e) => e.cameo.root === '04' && e.source.country === 'UKR' && e.target?.country === 'RUS');
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ date: '2026-08-10', mentions: 2 });
    const failed = events.find((e) => e.evidence.trigger.startsWith('agree'));
    expect(failed?.cameo.root).toBe('12');
    expect(failed?.date).toBe('2026-08-10'); // "in four months" is a duration, not the date
  });

  it('codes the planned sanctions as intent and keeps the reported readiness to meet', () => {
    expect(events.find((e) => e.source.country === 'EUR')).toMatchObject({ modality: 'planned', date: '2026-08', target: { country: 'RUS' } });
    expect(events.find((e) => e.cameo.code === '036')).toMatchObject({ source: { country: 'UKR' }, target: { country: 'RUS' } });
  });
});

describe('article: coup', async () => {
  const events = await codeFile('2026-09-22_sahel-coup.txt');

  it('codes the detention and the crowd marching where it happens, and leaves them out of the international story', async () => {
    // domestic detention and protest are coded within Guinea-Bissau; reactions abroad target it
    const all = codeAllEvents(
      article(readFileSync(join(import.meta.dirname, 'articles', '2026-09-22_sahel-coup.txt'), 'utf8'), '2026-09-22'),
      extractor.version,
    ).events;
    expect(keys(all)).toEqual(expect.arrayContaining(['GNB>GNB 173', 'GNB>GNB 141', 'AFU>GNB 111', 'SEN>GNB 152']));
    expect(all.find((e) => e.cameo.code === '141')?.location).toEqual({ text: 'Bissau', country: 'GNB' });
    // GOLD-FORMAT rule 11: a story with foreign parties reports what happens between states
    expect(keys(events)).toEqual(expect.arrayContaining(['AFU>GNB 111', 'SEN>GNB 152']));
    expect(events.some((e) => e.target?.country === e.source.country)).toBe(false);
  });

  it('never takes the object of an uncoded first verb as the subject of "and threatened"', () => {
    expect(events.some((e) => e.source.country === 'GNB' && e.cameo.root === '13')).toBe(false);
  });
});

describe('article: Takaichi in Seoul', async () => {
  const events = await codeFile('2026-01-20_takaichi-seoul.txt');

  it('codes the visit, the summit and the agreement stated in a "where" clause', () => {
    expect(keys(events)).toEqual(expect.arrayContaining(['JPN>KOR 042', 'JPN>KOR 040']));
    expect(events.some((e) => e.cameo.root === '03' && e.source.country === 'JPN' && e.target?.country === 'KOR')).toBe(true);
  });

  it("codes the criticism by the state news agency and drops analysts' speculation", () => {
    expect(events.find((e) => e.cameo.code === '111')?.source).toMatchObject({ country: 'PRK', role: 'MED' });
    expect(events.some((e) => e.evidence.sentence.startsWith('Some analysts'))).toBe(false);
  });

  it('codes the protest at the Japanese embassy as aimed at Japan, and its demand as made of Japan', () => {
    const protest = events.filter((e) => e.evidence.sentence.startsWith('Protesters'));
    expect(protest.map((e) => `${e.source.country}/${e.source.role}>${e.target?.country} ${e.cameo.root}`)).toEqual(['KOR/CVL>JPN 14', 'KOR/CVL>JPN 10']);
  });
});
