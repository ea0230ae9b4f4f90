import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPassages, writePassages, type Passage } from '../../scripts/passage-bank.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const PASSAGE: Passage = {
  id: 's001',
  focus: 'consult',
  style: 'wire lead',
  published: '2026-08-19',
  text: 'WELLINGTON — Fiji’s Prime Minister held talks with his New Zealand counterpart on Wednesday.',
  events: [{ source: 'FJI', target: 'NZL', cameo: '042', alt_cameo: ['040'] }],
};

describe('the passage bank written out as articles', () => {
  it('writes each passage as an article under a neutral headline, with its gold in the GOLD-FORMAT layout beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'passages-'));
    dirs.push(dir);
    const [file] = writePassages([PASSAGE], dir);
    expect(file).toBe(join(dir, '2026-08-19_s001.txt'));
    expect(readFileSync(file!, 'utf8')).toBe(`Passage s001\n\n${PASSAGE.text}\n`);
    const gold = JSON.parse(readFileSync(join(dir, '2026-08-19_s001.gold.json'), 'utf8'));
    expect(gold).toEqual({
      article: '2026-08-19_s001.txt',
      published: '2026-08-19',
      url: '',
      events: [{ source: 'FJI', target: 'NZL', cameo: '042', alt_cameo: ['040'] }],
    });
  });

  it('reads the bank in the repository: 240 passages, each with an id, a date and its events', () => {
    const passages = readPassages(join(import.meta.dirname, '../../eval/passages/bank.jsonl'));
    expect(passages).toHaveLength(240);
    expect(new Set(passages.map((p) => p.id)).size).toBe(240);
    for (const p of passages) {
      expect(p.published).toMatch(/^2026-\d\d-\d\d$/);
      for (const e of p.events) expect(e.cameo).toMatch(/^\d{2,4}$/);
    }
  });
});
