/**
 * "When did it happen?": how often the coder's date agrees with the gold date, over the events it coded right.
 * score.mjs ignores dates, yet coding the publication date as the event's date is one of the oldest complaints
 * about event data. For each gold event whose (source, target, root) the coder emitted in the same article
 * (roots 03–06 unordered, any alternative code's root accepted, as score.mjs matches), the coder's event is the
 * one from the gold event's sentence when there is one, else the first; its date is then
 * - exact: the same date at the same precision;
 * - coarser: a prefix of the gold date ("2026-03" for "2026-03-12": true, but less than the text gave);
 * - unstated: null where the gold date is the publication date (GOLD-FORMAT dates an undated act by its report,
 *   the coder leaves it null so as not to invent one);
 * - missing: null where the text gives another date;
 * - wrong: any other date (finer than the gold or a different day, month or year).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

interface GoldEvent {
  source: string;
  target: string | null;
  cameo: string;
  alt_cameo?: string[];
  date: string;
  sentence?: string;
}
interface PredEvent {
  source: { country: string } | null;
  target: { country: string } | null;
  cameo: { root: string };
  date: string | null;
  evidence?: { sentence?: string };
}

export type DateVerdict = 'exact' | 'coarser' | 'unstated' | 'missing' | 'wrong';
export type DateAgreement = Record<DateVerdict, number>;

const SYMMETRIC = new Set(['03', '04', '05', '06']);
const pair = (source: string, target: string, root: string) => (SYMMETRIC.has(root) ? [source, target].sort().join('|') : `${source}>${target}`);
const flat = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function dateVerdict(predicted: string | null, gold: string, published: string): DateVerdict {
  if (predicted === gold) return 'exact';
  if (predicted === null) return gold === published ? 'unstated' : 'missing';
  return gold.startsWith(`${predicted}-`) ? 'coarser' : 'wrong';
}

export function dateAgreement(goldDir: string, predJsonl: string): DateAgreement {
  const predicted = new Map<string, PredEvent[]>();
  for (const line of readFileSync(predJsonl, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as { file: string; events?: PredEvent[] };
    predicted.set(basename(p.file), p.events ?? []);
  }
  const counts: DateAgreement = { exact: 0, coarser: 0, unstated: 0, missing: 0, wrong: 0 };
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { article: string; published: string; events: GoldEvent[] };
    const events = predicted.get(basename(gold.article)) ?? [];
    for (const g of gold.events) {
      const roots = new Set([g.cameo, ...(g.alt_cameo ?? [])].map((c) => c.slice(0, 2)));
      const keys = new Set([...roots].map((r) => `${pair(g.source, g.target ?? '', r)}#${r}`));
      const matches = events.filter((e) => keys.has(`${pair(e.source?.country ?? '', e.target?.country ?? '', e.cameo.root)}#${e.cameo.root}`));
      if (!matches.length) continue;
      // (an event the annotator could not date is no test of the coder's dates)
      if (!g.date) continue;
      const chosen = matches.find((e) => flat(e.evidence?.sentence) === flat(g.sentence)) ?? matches[0]!;
      counts[dateVerdict(chosen.date, g.date, gold.published)]++;
    }
  }
  return counts;
}

export function formatDateAgreement(c: DateAgreement): string {
  const total = c.exact + c.coarser + c.unstated + c.missing + c.wrong;
  const share = (n: number) => (total ? ((100 * n) / total).toFixed(1) : '0.0');
  return (
    `dates of ${total} matched gold events: exact ${share(c.exact)}%, unstated (null, gold = publication) ${share(c.unstated)}%, ` +
    `coarser ${share(c.coarser)}%, missing ${share(c.missing)}%, wrong ${share(c.wrong)}%`
  );
}
