import { describe, expect, it } from 'vitest';
import { codeAll } from '../helpers.ts';

// A transcript written for these tests, in the shape of a parliament's official report.
const parties = (text: string, publishedAt = '2026-02-10') =>
  codeAll(text, publishedAt).map((e) => `${e.source.country}>${e.target?.country ?? '-'} ${e.cameo.code}`);

const HANSARD = [
  'House of Commons, Tuesday 10 February 2026, Official Report, col. 412.',
  '',
  '1. Ms Helen Carrow (Gower) (Lab): What steps have the Government taken on Russia?',
  '',
  "The Minister of State, Foreign, Commonwealth and Development Office: Mr Speaker, yesterday the Government designated 14 further vessels of Russia's shadow fleet under the Russia (Sanctions) Regulations 2019.",
  '',
  'The Minister of State: I do, and on 3 February we expelled a Russian diplomat and summoned the Russian ambassador to the Foreign Office.',
].join('\n');

describe("a transcript's speaker label", () => {
  it('first person after a label is the labelled speaker: a title alone is the state the record is told from', () => {
    const events = parties(HANSARD);
    expect(events).toContain('GBR>RUS 161');
    expect(events).toContain('GBR>RUS 114');
  });

  it('"the Government" in a minister\'s words is theirs, and the label is no party of the words after its colon', () => {
    const events = parties(HANSARD);
    expect(events).toContain('GBR>RUS 163');
    expect(events.filter((e) => e.startsWith('RUS>'))).toEqual([]);
  });

  it('an interview\'s answers ("A:") are the interviewee\'s, an official of the state it is told from, to the end of the paragraph', () => {
    const interview = [
      "Norway's ambassador in Nairobi arrived last year to reopen a mission closed since the crisis.",
      '',
      'Q: How did the rupture look from Oslo?',
      '',
      'A: Kenya expelled two of our diplomats in May, and we expelled two Kenyans the same day. In June we recalled our ambassador from Nairobi.',
      '',
      'In July we closed our embassy in Kampala.',
    ].join('\n');
    const events = codeAll(interview, '2026-03-13');
    const briefs = events.map((e) => `${e.source.country}>${e.target?.country ?? '-'} ${e.cameo.code}`);
    expect(briefs).toContain('KEN>NOR 161');
    expect(briefs).toContain('NOR>KEN 174');
    // (the answer goes on in the paragraph's next sentence; the paragraph after it is no one's words)
    expect(events.filter((e) => e.source.country === 'NOR').map((e) => e.evidence.sentence)).toContain('In June we recalled our ambassador from Nairobi.');
    expect(events.filter((e) => e.evidence.sentence.startsWith('In July'))).toEqual([]);
  });

  it("an answer is the first official's the article named, not a state a question names; a sentence saying whose words it holds is theirs", () => {
    const interview = [
      'Transcript: interview with Russian Foreign Minister Sergey Lavrov',
      '',
      'Q: The United States says it will send more weapons to Kyiv. How will you respond?',
      '',
      'A: We condemn the decision of the United States.',
    ].join('\n');
    expect(parties(interview, '2026-03-13')).toContain('RUS>USA 111');
    expect(parties('Zakharova: We will respond to London. We demand an apology, the British Foreign Office replied.', '2026-03-13')).toEqual(['GBR>RUS 100']);
  });

  it('first person no label or quotation places is no party to guess', () => {
    expect(parties('Russia expelled two British diplomats on Monday. I thank the Minister for that answer.')).toEqual(['RUS>GBR 161']);
  });
});

describe('a designation under a sanctions regime, its party further in the object', () => {
  it('"designated 14 further vessels of Russia\'s shadow fleet … under the … (Sanctions) Regulations" sanctions Russia (163)', () => {
    expect(parties("Britain designated 14 further vessels of Russia's shadow fleet under the Russia (Sanctions) Regulations 2019.")).toEqual(['GBR>RUS 163']);
    // (a status given is no sanction)
    expect(parties('The US designated Saudi Arabia a major non-NATO ally.')).toEqual([]);
  });
});

describe('a body named again by its head noun', () => {
  it('"the Court" after "the International Court of Justice" is that court, the noun before its "of"', () => {
    const story =
      "THE HAGUE — The International Court of Justice on Tuesday ordered Thailand to withdraw its troops from the temple area. The Court also rejected Thailand's request that the case be removed from its list.";
    expect(parties(story)).toContain('UNO>THA 120');
  });
});

describe("a document's name is no subject", () => {
  it('"… the Korea-United Kingdom Free Trade Agreement and adopted a resolution": the Assembly adopted it, not the UK', () => {
    const story =
      'SEOUL, Nov. 6 (Yonhap) - The National Assembly on Thursday gave its consent to the ratification of the upgraded Korea-United Kingdom Free Trade Agreement and adopted a resolution condemning military cooperation between Russia and North Korea.';
    expect(parties(story, '2026-11-06').sort()).toEqual(['KOR>PRK 111', 'KOR>RUS 111']);
  });
});
