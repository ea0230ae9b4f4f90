import { describe, expect, it } from 'vitest';
import { RuleBasedExtractor } from '../../../../shared/coder/rule-based-extractor.ts';
import { parseDictionary } from '../../../../shared/dictionary/load-dictionary.ts';
import type { DiplomaticEvent } from '../../../../shared/model/diplomatic-event.ts';
import { article, extractor as builtIn } from '../helpers.ts';

/** The coder with an analysts' dictionary: overrides, new entries, validity dates, argument slots. */
const withDictionary = (file: object) => new RuleBasedExtractor({ dictionary: parseDictionary(JSON.stringify(file)).dictionary });

const coded = (extractor: RuleBasedExtractor, body: string, publishedAt = '2026-02-01'): string[] =>
  extractor.extractSync(article(body, publishedAt)).events.map(summary);

function summary(e: DiplomaticEvent): string {
  return `${e.source.country}/${e.source.role ?? '-'}>${e.target ? `${e.target.country}/${e.target.role ?? '-'}` : '-'} ${e.cameo.code}`;
}

describe('dictionary actors', () => {
  const MET_XI = 'Mark Rutte met Chinese President Xi Jinping in Beijing on Tuesday.';
  const rutteBack = withDictionary({
    actors: [{ name: 'Mark Rutte', aliases: ['Rutte'], country: 'NLD', role: 'GOV', from: '2026-01-01', to: '2026-07-01' }],
  });

  it('override a built-in actor: the name codes as the dictionary says', () => {
    expect(coded(builtIn, MET_XI)).toEqual(['NATO/GOV>CHN/GOV 040']);
    expect(coded(rutteBack, MET_XI)).toEqual(['NLD/GOV>CHN/GOV 040']);
  });

  it('holds from "from" (inclusive) to "to" (exclusive), against the article date; outside it the built-ins apply', () => {
    expect(coded(rutteBack, MET_XI, '2026-01-01')).toEqual(['NLD/GOV>CHN/GOV 040']);
    expect(coded(rutteBack, MET_XI, '2026-06-30')).toEqual(['NLD/GOV>CHN/GOV 040']);
    expect(coded(rutteBack, MET_XI, '2025-12-31')).toEqual(['NATO/GOV>CHN/GOV 040']);
    expect(coded(rutteBack, MET_XI, '2026-07-01')).toEqual(['NATO/GOV>CHN/GOV 040']);
  });

  it('adds a person the built-ins do not know; later surname mentions resolve to them', () => {
    const jetten = withDictionary({ actors: [{ name: 'Rob Jetten', aliases: ['Jetten'], country: 'NLD', role: 'GOV', from: '2026-01-01', to: null }] });
    const body = 'Rob Jetten met Chinese President Xi Jinping in Beijing on Tuesday. Jetten later criticised Russia.';
    expect(coded(builtIn, body)).not.toContain('NLD/GOV>CHN/GOV 040');
    expect(coded(jetten, body)).toEqual(['NLD/GOV>CHN/GOV 040', 'NLD/GOV>RUS/- 111']);
    // before the entry holds, the name is unknown again
    expect(coded(jetten, body, '2025-06-01')).not.toContain('NLD/GOV>CHN/GOV 040');
  });

  it('organisations and armed groups take the declared state and role (armed groups REB by default)', () => {
    const dictionary = withDictionary({
      actors: [
        { name: 'Hamas', type: 'organisation', country: 'PSE', role: 'GOV' },
        { name: 'Zorro Brigade', aliases: ['the Brigade'], type: 'armed-group', country: 'COL' },
      ],
    });
    expect(coded(builtIn, 'Hamas condemned Israel on Monday.')).toEqual(['PSE/REB>ISR/- 111']);
    expect(coded(dictionary, 'Hamas condemned Israel on Monday.')).toEqual(['PSE/GOV>ISR/- 111']);
    expect(coded(dictionary, 'The Zorro Brigade attacked Colombian soldiers near the border on Monday.')).toEqual(['COL/REB>COL/MIL 190']);
  });
});

describe('dictionary verb phrases', () => {
  const verbs = withDictionary({
    verbs: [
      { phrase: 'ghost', code: '125' },
      { phrase: 'stand shoulder to shoulder', code: '051', target: 'with' },
      { phrase: 'earn praise', code: '051', source: 'from', target: 'subject' },
      { phrase: 'mobilise reservists', code: '152', target: 'none' },
    ],
  });

  it('a new phrase yields the declared code, subject → object', () => {
    const body = 'The Japanese government ghosted South Korea on Friday.';
    expect(coded(builtIn, body)).toEqual([]);
    expect(coded(verbs, body)).toEqual(['JPN/GOV>KOR/- 125']);
  });

  it('target "with": the actor after the preposition is the target; the phrase overrides the built-in reading', () => {
    const body = 'France stood shoulder to shoulder with Ukraine on Monday, the president said.';
    expect(coded(builtIn, body)).toEqual(['FRA/->UKR/- 052']);
    expect(coded(verbs, body)).toEqual(['FRA/->UKR/- 051']);
  });

  it('source "from", target "subject": the actor after the phrase acts on the subject', () => {
    const body = 'Kenya earned praise from the United Nations on Friday.';
    expect(coded(builtIn, body)).toEqual([]);
    expect(coded(verbs, body)).toEqual(['UNO/->KEN/- 051']);
  });

  it('target "none": no target, not even one guessed from the story', () => {
    const body = 'Russia mobilised reservists on Friday as tensions with Ukraine grew.';
    expect(coded(builtIn, body)).toEqual(['RUS/->UKR/- 154']);
    expect(coded(verbs, body)).toEqual(['RUS/->- 152']);
  });

  it('a phrase that reads exactly like a built-in pattern replaces it', () => {
    const body = 'Japan snubbed South Korea at the summit on Friday.';
    expect(coded(builtIn, body)).toEqual(['JPN/->KOR/- 120']);
    expect(coded(withDictionary({ verbs: [{ phrase: 'snub', code: '125' }] }), body)).toEqual(['JPN/->KOR/- 125']);
  });
});

describe('the dictionary as construction input', () => {
  it('bad entries are skipped and the rest still applies', () => {
    const loaded = parseDictionary(
      JSON.stringify({
        actors: [
          { name: 'Rob Jetten', country: 'XXX', role: 'GOV' },
          { name: 'Hamas', type: 'organisation', country: 'PSE', role: 'GOV' },
        ],
        verbs: [
          { phrase: 'ghosted|snubbed', code: '125' },
          { phrase: 'ghost', code: '125' },
        ],
      }),
    );
    expect(loaded.problems).toHaveLength(2);
    const extractor = new RuleBasedExtractor({ dictionary: loaded.dictionary });
    expect(coded(extractor, 'Hamas condemned Israel on Monday.')).toEqual(['PSE/GOV>ISR/- 111']);
    expect(coded(extractor, 'The Japanese government ghosted South Korea on Friday.')).toEqual(['JPN/GOV>KOR/- 125']);
  });

  it('keeps its own version and stamps the dictionary version on results and events', () => {
    const extractor = withDictionary({ verbs: [{ phrase: 'ghost', code: '125' }] });
    expect(extractor.version).toBe('rules/1.24.0');
    expect(extractor.dictionaryVersion).toMatch(/^dict\/sha256:[0-9a-f]{12}$/);
    const result = extractor.extractSync(article('The Japanese government ghosted South Korea on Friday.'));
    expect(result.version).toBe(`rules/1.24.0+dict.${extractor.dictionaryVersion!.slice('dict/sha256:'.length)}`);
    expect(result.events.every((e) => e.extractor === result.version)).toBe(true);
    // without a dictionary, or with an empty one, nothing changes
    expect(builtIn.extractSync(article('Japan snubbed South Korea.')).version).toBe('rules/1.24.0');
    expect(withDictionary({ actors: [], verbs: [] }).recordedVersion).toBe('rules/1.24.0');
  });

  it("one extractor's dictionary never leaks into another coding in the same process", async () => {
    const body = 'Hamas condemned Israel on Monday.';
    const dictionary = withDictionary({ actors: [{ name: 'Hamas', type: 'organisation', country: 'PSE', role: 'GOV' }] });
    const results = await Promise.all([dictionary.extract(article(body)), builtIn.extract(article(body)), dictionary.extract(article(body))]);
    expect(results.map((r) => r.events.map(summary))).toEqual([['PSE/GOV>ISR/- 111'], ['PSE/REB>ISR/- 111'], ['PSE/GOV>ISR/- 111']]);
    expect(coded(builtIn, body)).toEqual(['PSE/REB>ISR/- 111']);
  });
});
