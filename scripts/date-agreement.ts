/**
 * "When did it happen?": how often the coder's date agrees with the gold date, over the events it coded right.
 * score.mjs ignores dates, yet coding the publication date as the event's date is one of the oldest complaints
 * about event data. The events are matched as score.mjs matches them at root level: per article, gold events with the
 * same (source, target, root) are one unit (roots 03–06 unordered, any alternative code's root accepted), matched one to
 * one with the coder's (source, target, root) triples. For each matched unit, the coder's event is the one from a
 * sentence of the unit's gold events when there is one, else the first with that triple; its date, against the unit's
 * gold dates (the coder writes one date per triple), is
 * - exact: the same date at the same precision as one of them;
 * - coarser: a prefix of one ("2026-03" for "2026-03-12": true, but less than the text gave);
 * - unstated: null where a gold date is the publication date (GOLD-FORMAT dates an undated act by its report);
 * - missing: null where the text gives another date;
 * - wrong: any other date (finer than the gold or a different day, month or year).
 * A unit whose gold events give no date is counted apart, as undated.
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
export type DateAgreement = Record<DateVerdict | 'undated', number>;

const SYMMETRIC = new Set(['03', '04', '05', '06']);
const pair = (source: string, target: string, root: string) => (SYMMETRIC.has(root) ? [source, target].sort().join('|') : `${source}>${target}`);
const flat = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const RANK: readonly DateVerdict[] = ['exact', 'coarser', 'unstated', 'missing', 'wrong'];

export function dateVerdict(predicted: string | null, gold: string, published: string): DateVerdict {
  if (predicted === gold) return 'exact';
  if (predicted === null) return gold === published ? 'unstated' : 'missing';
  return gold.startsWith(`${predicted}-`) ? 'coarser' : 'wrong';
}

/** The best verdict against any of a unit's gold dates. */
export function unitVerdict(predicted: string | null, golds: readonly string[], published: string): DateVerdict {
  return golds.map((g) => dateVerdict(predicted, g, published)).reduce((a, b) => (RANK.indexOf(b) < RANK.indexOf(a) ? b : a));
}

export function dateAgreement(goldDir: string, predJsonl: string): DateAgreement {
  const predicted = new Map<string, PredEvent[]>();
  for (const line of readFileSync(predJsonl, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as { file: string; events?: PredEvent[] };
    predicted.set(basename(p.file), p.events ?? []);
  }
  const counts: DateAgreement = { exact: 0, coarser: 0, unstated: 0, missing: 0, wrong: 0, undated: 0 };
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { article: string; published: string; events: GoldEvent[] };
    const byKey = new Map<string, PredEvent[]>();
    for (const e of predicted.get(basename(gold.article)) ?? []) {
      const key = `${pair(e.source?.country ?? '', e.target?.country ?? '', e.cameo.root)}#${e.cameo.root}`;
      byKey.set(key, [...(byKey.get(key) ?? []), e]);
    }
    const units = new Map<string, { keys: Set<string>; events: GoldEvent[] }>();
    for (const g of gold.events) {
      const keys = [g.cameo, ...(g.alt_cameo ?? [])].map((c) => `${pair(g.source, g.target ?? '', c.slice(0, 2))}#${c.slice(0, 2)}`);
      const unit = units.get(keys[0]!) ?? { keys: new Set<string>(), events: [] };
      for (const k of keys) unit.keys.add(k);
      unit.events.push(g);
      units.set(keys[0]!, unit);
    }
    // one to one, units with fewer keys first, as score.mjs
    const used = new Set<string>();
    for (const unit of [...units.values()].sort((a, b) => a.keys.size - b.keys.size)) {
      const hit = [...unit.keys].find((k) => byKey.has(k) && !used.has(k));
      if (!hit) continue;
      used.add(hit);
      const dates = unit.events.map((g) => g.date).filter((d) => d);
      if (dates.length === 0) {
        counts.undated++;
        continue;
      }
      const sentences = new Set(unit.events.map((g) => flat(g.sentence)));
      const candidates = byKey.get(hit)!;
      const chosen = candidates.find((e) => sentences.has(flat(e.evidence?.sentence))) ?? candidates[0]!;
      counts[unitVerdict(chosen.date, dates, gold.published)]++;
    }
  }
  return counts;
}

export function formatDateAgreement(c: DateAgreement): string {
  const total = c.exact + c.coarser + c.unstated + c.missing + c.wrong;
  const share = (n: number) => (total ? ((100 * n) / total).toFixed(1) : '0.0');
  return (
    `dates of ${total} matched gold events: exact ${share(c.exact)}%, unstated (null, gold = publication) ${share(c.unstated)}%, ` +
    `coarser ${share(c.coarser)}%, missing ${share(c.missing)}%, wrong ${share(c.wrong)}%; with the publication date for a null, ` +
    `right ${share(c.exact + c.unstated)}%, wrong ${share(c.wrong + c.missing)}% (${c.undated} matched events the gold leaves undated)`
  );
}
