import type { ActorSummary } from '../shared/storage/event-repository.ts';

const QUAD_CLASS_NAMES = { '1': 'verbal cooperation', '2': 'material cooperation', '3': 'verbal conflict', '4': 'material conflict' } as const;

/**
 * `GET /actors/{country}/summary` as a few readable lines. `rootName` gives CAMEO root names
 * ("04" → "Consult"); without it only the codes are shown.
 */
export function formatActorSummary(summary: ActorSummary & { truncated?: boolean }, rootName: (root: string) => string | undefined = () => undefined): string {
  const range = summary.from || summary.to ? ` ${summary.from ?? '…'} to ${summary.to ?? '…'}` : ' (all dates)';
  const role = (label: string, part: ActorSummary['asSource']) =>
    `${label}: ${part.count} event(s)${part.averageGoldstein === null ? '' : `, average Goldstein ${part.averageGoldstein.toFixed(2)}`}`;
  const roots = Object.entries(summary.byRoot)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([root, count]) => `  ${root} ${rootName(root) ?? ''}`.trimEnd().padEnd(48) + String(count).padStart(6));
  const quads = (Object.keys(QUAD_CLASS_NAMES) as (keyof typeof QUAD_CLASS_NAMES)[]).map(
    (quad) => `  ${quad} ${QUAD_CLASS_NAMES[quad]}`.padEnd(48) + String(summary.byQuadClass[quad]).padStart(6),
  );
  const counterparts = summary.topCounterparts.map((c) => `${c.country} ${c.count}`).join(', ');
  return [
    `${summary.country}${range}`,
    role('as source', summary.asSource),
    role('as target', summary.asTarget),
    'by quad class:',
    ...quads,
    'by CAMEO root:',
    ...(roots.length > 0 ? roots : ['  (none)']),
    `top counterparts: ${counterparts || '(none)'}`,
    ...(summary.truncated ? ['(the range held more events than one summary reads: figures cover the newest ones)'] : []),
  ].join('\n');
}
