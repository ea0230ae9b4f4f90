import { describe, expect, it } from 'vitest';
import { arrayElementLines } from '../../../shared/dictionary/json-positions.ts';

describe('arrayElementLines', () => {
  it('finds the line each element of the named top-level lists starts on, past strings with brackets, quotes and escapes', () => {
    const text = [
      '{"description": "a [tricky] {file} \\"quoted\\" \\\\",', // 1
      '  "nested": {"actors": [1, 2]},', // 2
      '  "actors": [', // 3
      '    {"name": "A ] }", "aliases": ["x,", "y"]},', // 4
      '', // 5
      '    {', // 6
      '      "name": "B"', // 7
      '    }, {"name": "C"},', // 8
      '    "not an object",', // 9
      '    [1, [2]], null, 3.5e2, true', // 10
      '  ],', // 11
      '  "verbs": []', // 12
      '}', // 13
    ].join('\n');
    JSON.parse(text);
    expect(arrayElementLines(text, ['actors', 'verbs'])).toEqual({ actors: [4, 6, 8, 9, 10, 10, 10, 10], verbs: [] });
  });

  it('returns empty lists for text that is not an object or lacks the keys', () => {
    expect(arrayElementLines('[1, 2]', ['actors'])).toEqual({ actors: [] });
    expect(arrayElementLines('{}', ['actors'])).toEqual({ actors: [] });
    expect(arrayElementLines('{"actors": "none"}', ['actors'])).toEqual({ actors: [] });
  });
});
