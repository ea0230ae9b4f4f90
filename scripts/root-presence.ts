/**
 * "Is the event type in the article at all?": root-only precision, recall and F1, actors ignored. For each
 * article the set of CAMEO roots in the gold (a gold event counts for its code's root and any alternative
 * code's root) is compared with the set of roots the coder emitted. It separates the two halves of quality:
 * finding the action (this figure) and giving it the right source and target (score.mjs's root level).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

interface GoldEvent {
  cameo: string;
  alt_cameo?: string[];
}
interface PredLine {
  file: string;
  events?: { cameo: { root: string } }[];
}

export interface RootPresence {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function rootPresence(goldDir: string, predJsonl: string): RootPresence {
  const predicted = new Map<string, Set<string>>();
  for (const line of readFileSync(predJsonl, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as PredLine;
    predicted.set(basename(p.file), new Set((p.events ?? []).map((e) => e.cameo.root)));
  }
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.gold.json'))) {
    const gold = (JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { events: GoldEvent[] }).events;
    const pred = predicted.get(f.replace(/\.gold\.json$/, '.txt')) ?? new Set<string>();
    // a gold type (its code's root) is found when the coder emitted that root or one of the event's alternatives
    const accepts = new Map<string, Set<string>>();
    for (const e of gold) {
      const roots = accepts.get(e.cameo.slice(0, 2)) ?? new Set<string>();
      for (const c of [e.cameo, ...(e.alt_cameo ?? [])]) roots.add(c.slice(0, 2));
      accepts.set(e.cameo.slice(0, 2), roots);
    }
    for (const roots of accepts.values())
      if ([...roots].some((r) => pred.has(r))) tp++;
      else fn++;
    // an emitted root that no gold event accepts is a type the article does not contain
    for (const r of pred) if (![...accepts.values()].some((roots) => roots.has(r))) fp++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function formatRootPresence(r: RootPresence): string {
  const f = (x: number) => x.toFixed(3);
  return `root presence (actors ignored): P ${f(r.precision)} R ${f(r.recall)} F1 ${f(r.f1)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;
}
