import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runAccord } from './run-accord.ts';

/** `accord extract --dictionary FILE`: the analysts' dictionary applies; bad entries are warned about, with their line. */
describe('npx accord extract --dictionary', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'accord-dictionary-'));
  const article = join(scratch, '2026-02-01_jetten.txt');
  writeFileSync(article, 'Rob Jetten met Chinese President Xi Jinping in Beijing on Tuesday. Japan ghosted South Korea at the summit on Friday.\n');
  const dictionary = join(scratch, 'dictionary.json');
  writeFileSync(
    dictionary,
    [
      '{',
      '  "actors": [',
      '    {"name": "Rob Jetten", "aliases": ["Jetten"], "country": "NLD", "role": "GOV", "from": "2026-01-01", "to": null},',
      '    {"name": "Nobody", "country": "XYZ", "role": "GOV"}',
      '  ],',
      '  "verbs": [',
      '    {"phrase": "ghost", "code": "125", "source": "subject", "target": "object"},',
      '    {"phrase": "ghost", "code": "999"}',
      '  ]',
      '}',
    ].join('\n'),
  );

  it('codes with the dictionary, warns about each bad entry on stderr with file, line and reason, and goes on', async () => {
    const run = await runAccord(['extract', '--dictionary', dictionary, article]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`accord: warning: ${dictionary}:4: actors[1] ("Nobody"): country is neither`);
    expect(run.stderr).toContain(`accord: warning: ${dictionary}:8: verbs[1] ("ghost"): code is not a CAMEO code`);
    const [line] = jsonLines(run.stdout) as {
      events: { source: { country: string }; target: { country: string } | null; cameo: { code: string }; extractor: string }[];
    }[];
    const coded = line!.events.map((e) => `${e.source.country}>${e.target?.country ?? '-'} ${e.cameo.code}`);
    expect(coded).toEqual(['NLD>CHN 040', 'JPN>KOR 125']);
    expect(line!.events[0]!.extractor).toMatch(/^rules\/1\.24\.0\+dict\.[0-9a-f]{12}$/);
  });

  it('exits 2 without extracting when the dictionary is not JSON or missing', async () => {
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{\n  "actors": [\n');
    const run = await runAccord(['extract', '--dictionary', broken, article]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`accord: dictionary ${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: line \\d+: not JSON`));
    const missing = await runAccord(['extract', '--dictionary', join(scratch, 'nope.json'), article]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: no such file/);
  });
});
