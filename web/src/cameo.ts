import type { QuadKey } from './api-types.ts';

/** CAMEO's twenty roots, for labels and the filter bar (the codes' own names come with each event). */
export const CAMEO_ROOTS: ReadonlyArray<readonly [string, string]> = [
  ['01', 'Make public statement'],
  ['02', 'Appeal'],
  ['03', 'Express intent to cooperate'],
  ['04', 'Consult'],
  ['05', 'Engage in diplomatic cooperation'],
  ['06', 'Engage in material cooperation'],
  ['07', 'Provide aid'],
  ['08', 'Yield'],
  ['09', 'Investigate'],
  ['10', 'Demand'],
  ['11', 'Disapprove'],
  ['12', 'Reject'],
  ['13', 'Threaten'],
  ['14', 'Protest'],
  ['15', 'Exhibit force posture'],
  ['16', 'Reduce relations'],
  ['17', 'Coerce'],
  ['18', 'Assault'],
  ['19', 'Fight'],
  ['20', 'Use unconventional mass violence'],
];

export function rootName(root: string): string {
  return CAMEO_ROOTS.find(([code]) => code === root)?.[1] ?? root;
}

export const QUADS: ReadonlyArray<{ key: QuadKey; name: string }> = [
  { key: '1', name: 'Verbal cooperation' },
  { key: '2', name: 'Material cooperation' },
  { key: '3', name: 'Verbal conflict' },
  { key: '4', name: 'Material conflict' },
];

export function quadName(quad: number | string): string {
  return QUADS.find(({ key }) => key === String(quad))?.name ?? `Quad ${quad}`;
}

export const MODALITY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['asserted', 'asserted'],
  ['planned', 'planned'],
  ['reported_intent', 'reported intent'],
  ['negated', 'negated'],
  ['hypothetical', 'hypothetical'],
];
