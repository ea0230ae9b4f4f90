import type { DiplomaticEvent, QuadKey } from '../api-types.ts';
import type { PeriodBar } from '../charts/stacked-bars.ts';

/** Events of one direction of a dyad per month, for the stacked bars. Undated events are counted apart. */
export function monthlyBars(events: readonly DiplomaticEvent[], href: (month: string) => string): { bars: PeriodBar[]; undated: number } {
  const months = new Map<string, { total: number; byQuad: Partial<Record<QuadKey, number>>; goldstein: number }>();
  let undated = 0;
  for (const event of events) {
    const month = event.date?.slice(0, 7);
    if (!month || month.length < 7) {
      undated++;
      continue;
    }
    const entry = months.get(month) ?? { total: 0, byQuad: {}, goldstein: 0 };
    const quad = String(event.quadClass) as QuadKey;
    entry.total++;
    entry.byQuad[quad] = (entry.byQuad[quad] ?? 0) + 1;
    entry.goldstein += event.goldstein;
    months.set(month, entry);
  }
  const bars = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, { total, byQuad, goldstein }]) => ({ period: month, total, byQuad, meanGoldstein: goldstein / total, href: href(month) }));
  return { bars, undated };
}

/** Counts by CAMEO root, in root order. */
export function countByRoot(events: readonly DiplomaticEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.cameo.root, (counts.get(event.cameo.root) ?? 0) + 1);
  return new Map([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** The first and last day of a month `YYYY-MM`. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
