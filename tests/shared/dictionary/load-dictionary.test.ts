import { describe, expect, it } from 'vitest';
import { DictionaryFormatError, formatProblem, parseDictionary } from '../../../shared/dictionary/load-dictionary.ts';
import { recordedExtractorVersion } from '../../../shared/dictionary/dictionary-version.ts';

/** The dictionary file: validated entry by entry, bad entries reported with their line and skipped. */
const FILE = `{
  "description": "test dictionary",
  "actors": [
    {"name": "Rob Jetten", "aliases": ["Jetten"], "country": "NLD", "role": "GOV", "from": "2026-01-01", "to": null},
    {"name": "Nobody", "country": "XYZ", "role": "GOV"},
    {
      "name": "Someone",
      "country": "NLD",
      "role": "BOSS",
      "nickname": "x"
    },
    {"name": "Arakan Army", "aliases": ["AA"], "type": "armed-group", "country": "MMR"},
    {"name": "Late", "country": "NLD", "role": "GOV", "from": "2026-05-01", "to": "2026-01-01"},
    {"name": "Interim", "aliases": ["Jetten"], "country": "NLD", "role": "GOV", "from": "2026-03-01"},
    {"name": "Forgotten", "country": "NLD"},
    "just a string"
  ],
  "verbs": [
    {"phrase": "slap tariffs", "code": "163", "target": "on"},
    {"phrase": "Snubbed|ghosted", "code": "125"},
    {"phrase": "ghost", "code": "999"},
    {"phrase": "draw rebuke", "code": "111", "source": "from", "target": "subject"},
    {"phrase": "praise", "code": "051", "source": "from", "target": "to"},
    {"phrase": "slap tariffs on", "code": "163", "target": "on"},
    {"phrase": "ghost", "code": "125", "target": "sideways"}
  ],
  "comments": "not a field"
}`;

describe('parseDictionary', () => {
  const loaded = parseDictionary(FILE);
  const byLine = new Map(loaded.problems.map((p) => [p.line, p]));

  it('keeps the valid entries, with defaults filled in', () => {
    expect(loaded.dictionary.actors.map((a) => a.name)).toEqual(['Rob Jetten', 'Arakan Army']);
    expect(loaded.dictionary.actors[1]).toMatchObject({ type: 'armed-group', country: 'MMR', role: 'REB', from: null, to: null, aliases: ['AA'] });
    expect(loaded.dictionary.verbs).toEqual([
      { phrase: 'slap tariffs', code: '163', source: 'subject', target: 'on' },
      { phrase: 'draw rebuke', code: '111', source: 'from', target: 'subject' },
    ]);
  });

  it('reports each bad entry with the line it starts on and the reason', () => {
    expect(byLine.get(5)).toMatchObject({ entry: 'actors[1] ("Nobody")', message: expect.stringMatching(/^country is neither an ISO 3166-1 alpha-3 code/) });
    expect(byLine.get(6)?.message).toMatch(/role is not a CAMEO role.*unknown field "nickname"/);
    expect(byLine.get(13)?.message).toMatch(/to must come after "from" \(2026-05-01\)/);
    expect(byLine.get(14)?.message).toMatch(/"Jetten" already names the entry of line 4 for an overlapping period/);
    expect(byLine.get(15)?.message).toMatch(/role is required for a person/);
    expect(byLine.get(16)?.message).toMatch(/an entry must be a JSON object/);
    expect(byLine.get(20)?.message).toMatch(/phrase must be lower-case words.*no pattern syntax/);
    expect(byLine.get(21)?.message).toMatch(/code is not a CAMEO code the coder knows/);
    expect(byLine.get(23)?.message).toMatch(/source "from" needs target "subject" or "none"/);
    expect(byLine.get(24)?.message).toMatch(/the phrase "slap tariffs on" is already given on line 19/);
    expect(byLine.get(25)?.message).toMatch(/target must be one of "subject", "object", "none", "with"/);
    expect(byLine.get(27)?.message).toMatch(/unknown field "comments" ignored/);
    expect(loaded.problems).toHaveLength(12);
    expect(loaded.problems.filter((p) => p.entry).every((p) => p.message.endsWith('entry skipped'))).toBe(true);
  });

  it('formats a problem as file:line: entry: reason', () => {
    expect(formatProblem(byLine.get(5)!, 'dict.json')).toMatch(/^dict\.json:5: actors\[1\] \("Nobody"\): country is neither/);
  });

  it('accepts a file with only one of the lists, and an empty one', () => {
    expect(parseDictionary('{"verbs": []}')).toEqual({ dictionary: { actors: [], verbs: [] }, version: null, problems: [] });
    expect(parseDictionary('\uFEFF{"actors": [{"name": "NATO Mission Iraq", "type": "organisation", "country": "NATO"}]}').dictionary.actors).toHaveLength(1);
  });

  it('refuses text that is not a JSON object as a whole, with the line when JSON says where', () => {
    expect(() => parseDictionary('{\n  "actors": [\n    {"name": "x",}\n  ]\n}')).toThrow(DictionaryFormatError);
    try {
      parseDictionary('{\n  "actors": [\n    {"name": "x",}\n  ]\n}');
    } catch (error) {
      expect((error as DictionaryFormatError).line).toBe(3);
    }
    expect(() => parseDictionary('[1, 2]')).toThrow(/must be a JSON object/);
  });

  it('reports a list that is not a list, and keeps the other', () => {
    const result = parseDictionary('{"actors": {"name": "x"}, "verbs": [{"phrase": "ghost", "code": "125"}]}');
    expect(result.problems).toEqual([{ line: null, entry: 'actors', message: 'must be a list of entries; all of "actors" ignored' }]);
    expect(result.dictionary.verbs).toHaveLength(1);
  });
});

describe('dictionary version', () => {
  const base = { actors: [{ name: 'Rob Jetten', country: 'NLD', role: 'GOV' }], verbs: [{ phrase: 'ghost', code: '125' }] };
  const version = (file: object) => parseDictionary(JSON.stringify(file, null, 2)).version;

  it('is a content hash of what applies: layout, notes, titles and rejected entries do not count', () => {
    expect(version(base)).toMatch(/^dict\/sha256:[0-9a-f]{12}$/);
    expect(parseDictionary(JSON.stringify(base)).version).toBe(version(base));
    expect(version({ ...base, actors: [{ ...base.actors[0], note: 'sworn in soon', title: 'Prime Minister' }] })).toBe(version(base));
    expect(version({ ...base, verbs: [...base.verbs, { phrase: 'Bad', code: '125' }] })).toBe(version(base));
  });

  it('changes with any entry that changes coding', () => {
    expect(version({ ...base, verbs: [{ phrase: 'ghost', code: '124' }] })).not.toBe(version(base));
    expect(version({ ...base, actors: [{ ...base.actors[0], from: '2026-01-01' }] })).not.toBe(version(base));
  });

  it('goes on the record as build metadata of the extractor version', () => {
    expect(recordedExtractorVersion('rules/1.1.0', 'dict/sha256:0123456789ab')).toBe('rules/1.1.0+dict.0123456789ab');
    expect(recordedExtractorVersion('rules/1.1.0', null)).toBe('rules/1.1.0');
  });
});

describe('samples/dictionary.example.json', () => {
  it('is a dictionary without problems, every entry applying', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../../samples/dictionary.example.json', import.meta.url), 'utf8');
    const loaded = parseDictionary(text);
    const raw = JSON.parse(text) as { actors: unknown[]; verbs: unknown[] };
    expect(loaded.problems).toEqual([]);
    expect(loaded.dictionary.actors.length + loaded.dictionary.verbs.length).toBe(raw.actors.length + raw.verbs.length);
  });
});
